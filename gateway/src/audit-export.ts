import type { Logger } from "@partnership/runtime/edge";
import type { RequestHandler } from "express";
import { auditCsv, type ExportedAuditEvent } from "./audit-csv.js";
import { askOwnGraphQL, refuse } from "./own-graphql.js";

/** Where an auditor downloads the answer to one `auditTrail` question as CSV. */
export const AUDIT_EXPORT_PATH = "/audit/export.csv";

const SUBGRAPHS = ["cases", "training", "procurement", "governance"] as const;
type Subgraph = (typeof SUBGRAPHS)[number];
/** The conditions of `AuditEventFilter`, taken from the query string by the same names. */
const FILTER_PARAMETERS = [
  "userId",
  "agencyId",
  "agreementId",
  "category",
  "entityType",
  "entityId",
  "outcome",
  "reason",
  "operationHash",
  "clientName",
  "from",
  "to",
] as const;
/** The most rows one export holds: a larger question is refused up front, never cut short. */
export const MAX_EXPORT_ROWS = 50_000;
// Four subgraphs of this size stay within the gateway's query cost limit (limits/settings.ts).
const PAGE_SIZE = 50;

const NODE =
  "id at userId agencyId entityType entityId field category agreementId outcome reason requestId clientName clientVersion";

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Array<Omit<ExportedAuditEvent, "subgraph">>;
}
interface AuditTrailData {
  auditTrail?: Partial<Record<Subgraph, Page | null>> | null;
}
/** What a refusal says when the trail could not be asked at all. */
const UNREADABLE = "the audit trail could not be read";

/** One round of pages: the subgraphs still to read, each after its cursor, in one request. */
function roundQuery(subgraphs: Subgraph[]): string {
  const variables = subgraphs.map((s) => `$${s}After: String`).join(", ");
  const fields = subgraphs
    .map(
      (s) =>
        `${s}(first: ${PAGE_SIZE}, after: $${s}After) { totalCount pageInfo { endCursor hasNextPage } nodes { ${NODE} } }`,
    )
    .join(" ");
  return `query AuditExport($filter: AuditEventFilter, ${variables}) { auditTrail(filter: $filter) { ${fields} } }`;
}

/**
 * GET /audit/export.csv?userId=…&from=…: the answer of every subgraph to one `auditTrail` question,
 * merged by time into one CSV. It asks this gateway's own GraphQL endpoint, with the caller's token
 * and partnership, so the export is exactly what the same auditor may read there (roles, scope,
 * validation, rate limits) and nothing more. The whole answer or an error: a subgraph that cannot
 * answer fails the export, since a CSV missing one service's rows would mislead.
 */
export function auditExport(logger: Logger): RequestHandler {
  return async (req, res) => {
    const filter: Record<string, string> = {};
    for (const name of FILTER_PARAMETERS) {
      const value = req.query[name];
      if (value === undefined) continue;
      if (typeof value !== "string")
        return res.status(400).json({
          errors: [{ message: `${name}: give it once, as text`, extensions: { code: "BAD_USER_INPUT", field: name } }],
        });
      filter[name] = value;
    }
    const events: ExportedAuditEvent[] = [];
    const after: Partial<Record<Subgraph, string | null>> = {};
    let pending: Subgraph[] = [...SUBGRAPHS];
    let first = true;
    try {
      while (pending.length > 0) {
        const response = await askOwnGraphQL<AuditTrailData>(req, {
          query: roundQuery(pending),
          operationName: "AuditExport",
          variables: { filter, ...Object.fromEntries(pending.map((s) => [`${s}After`, after[s] ?? null])) },
        });
        const answer = response.answer;
        const trail = answer.data?.auditTrail;
        if (!response.ok || answer.errors?.length || !trail)
          return refuse(res, response.status, answer.errors, UNREADABLE);
        if (first) {
          const total = pending.reduce((sum, s) => sum + (trail[s]?.totalCount ?? 0), 0);
          if (total > MAX_EXPORT_ROWS)
            return res.status(400).json({
              errors: [
                {
                  message: `the question matches ${total} audit events; one export holds at most ${MAX_EXPORT_ROWS}: narrow it (a shorter period, one user or one agreement)`,
                  extensions: { code: "BAD_USER_INPUT" },
                },
              ],
            });
          first = false;
        }
        const next: Subgraph[] = [];
        for (const subgraph of pending) {
          const page = trail[subgraph]!;
          for (const node of page.nodes) events.push({ subgraph, ...node });
          if (page.pageInfo.hasNextPage) {
            after[subgraph] = page.pageInfo.endCursor;
            next.push(subgraph);
          }
        }
        pending = next;
      }
    } catch (error) {
      logger.error({ err: error }, "audit export failed");
      return refuse(res, 502, undefined, UNREADABLE);
    }
    res
      .status(200)
      .set({
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="audit-trail.csv"',
        "cache-control": "no-store",
      })
      .send(auditCsv(events));
  };
}
