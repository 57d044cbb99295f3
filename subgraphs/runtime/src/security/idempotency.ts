import { createHash } from "node:crypto";
import { type FormattedExecutionResult, GraphQLError, type GraphQLResolveInfo, responsePathAsArray } from "graphql";
import type { DataSource } from "typeorm";
import { badUserInput, ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";
import type { AuditEntry } from "./audit-trail.js";
import type { Caller } from "./caller.js";

/**
 * The IETF `Idempotency-Key` request header (draft-ietf-httpapi-idempotency-key-header): a client
 * that may retry a creating mutation (a timeout, a lost answer) sends the same key with each try,
 * and the mutation runs once. The gateway forwards the header to subgraphs; each subgraph keeps the
 * answers in its own `idempotency_key` table (idempotency-migration.ts), per caller (user, agency,
 * partnership) and key, beside a hash of the subgraph request it answered.
 *
 * - A repeat of the same request gets the stored answer; the mutation does not run again.
 * - The same key with a different request: BAD_USER_INPUT (the draft's 422), nothing runs.
 * - A repeat while the first still runs: CONFLICT (the draft's 409); retry a little later.
 * - A mutation that failed without writing (no root field answered) leaves no key: a retry runs.
 * - An answer is kept `KEEP_HOURS` from when it was stored (the clock's now), then the key is free.
 *
 * The window left open: a process that dies after the mutation committed but before its answer
 * is stored leaves the key RUNNING; once that claim lapses (`CLAIM_MINUTES`) a retry runs the
 * mutation a second time. Closing it would need the answer stored in the mutation's own
 * transaction, which the services own; the window is the few milliseconds between the two.
 */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
/** Visible ASCII, as the draft's examples (UUIDs, random tokens), up to 255 characters. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const KEEP_HOURS = 24;
/** How long a RUNNING claim blocks repeats before it is taken to be a dead process's. */
const CLAIM_MINUTES = 5;

type Path = GraphQLResolveInfo["path"];
type StoredAuditEntry = Omit<AuditEntry, "path"> & { path?: Array<string | number> };

export interface IdempotencyClaim {
  caller: [userId: string, agencyId: string, partnershipId: string];
  key: string;
  requestHash: string;
}

/** What a mutation sent with a key does: run (holding the claim), or answer at once without running. */
export type IdempotencyStart =
  { kind: "run"; claim: IdempotencyClaim } | { kind: "answer"; result: FormattedExecutionResult; audit: AuditEntry[] };

const answer = (error: GraphQLError): IdempotencyStart => ({
  kind: "answer",
  result: { errors: [error.toJSON()] },
  audit: [],
});

export class IdempotencyStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Claims the key for this request, or says what to answer instead. */
  async begin(
    key: string,
    caller: Caller,
    request: { query?: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    now: Date,
  ): Promise<IdempotencyStart> {
    if (!KEY_PATTERN.test(key))
      return answer(badUserInput("Idempotency-Key", "must be 1 to 255 visible ASCII characters, e.g. a UUID"));
    const claim: IdempotencyClaim = {
      caller: [caller.userId, caller.agencyId, caller.partnership?.id ?? ""],
      key,
      requestHash: createHash("sha256")
        .update(JSON.stringify([request.query ?? "", request.operationName ?? null, request.variables ?? {}]))
        .digest("hex"),
    };
    try {
      // Two tries: a stored answer can lapse between the claim and the read.
      for (let attempt = 0; attempt < 2; attempt++) {
        const claimed = await this.dataSource.query(
          `INSERT INTO idempotency_key (user_id, agency_id, partnership_id, key, request_hash, state, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, 'RUNNING', $6, $6::timestamptz + make_interval(mins => ${CLAIM_MINUTES}))
           ON CONFLICT (user_id, agency_id, partnership_id, key) DO UPDATE
             SET request_hash = EXCLUDED.request_hash, state = 'RUNNING', response = NULL, audit = NULL,
                 created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
             WHERE idempotency_key.expires_at <= EXCLUDED.created_at
           RETURNING 1`,
          [...claim.caller, key, claim.requestHash, now.toISOString()],
        );
        if (claimed.length > 0) return { kind: "run", claim };
        const [held] = await this.dataSource.query<
          Array<{ request_hash: string; state: string; response: FormattedExecutionResult | null; audit: unknown }>
        >(
          `SELECT request_hash, state, response, audit FROM idempotency_key
            WHERE user_id = $1 AND agency_id = $2 AND partnership_id = $3 AND key = $4 AND expires_at > $5`,
          [...claim.caller, key, now.toISOString()],
        );
        if (!held) continue;
        if (held.request_hash !== claim.requestHash)
          return answer(
            badUserInput(
              "Idempotency-Key",
              "this Idempotency-Key was used for a different request; send a new key for a new request",
            ),
          );
        if (held.state === "RUNNING")
          return answer(
            new GraphQLError(
              "A request with this Idempotency-Key is still running; retry once it has finished to get its answer",
              { extensions: { code: ErrorCode.CONFLICT, field: "Idempotency-Key" } },
            ),
          );
        return { kind: "answer", result: held.response!, audit: restored(held.audit) };
      }
    } catch (error) {
      this.logger.error({ err: error }, "idempotency key could not be claimed");
    }
    return answer(
      new GraphQLError("The idempotency store is unavailable; nothing was run. Try again shortly.", {
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      }),
    );
  }

  /**
   * Stores the answer of a mutation that wrote (any root field answered), or frees the key of one
   * that wrote nothing. Never fails the answer: the mutation has committed by now.
   */
  async finish(claim: IdempotencyClaim, result: FormattedExecutionResult, audit: AuditEntry[], now: Date) {
    const wrote =
      !result.errors?.length || Object.values(result.data ?? {}).some((value) => value !== null && value !== undefined);
    const where = `user_id = $1 AND agency_id = $2 AND partnership_id = $3 AND key = $4 AND request_hash = $5 AND state = 'RUNNING'`;
    const params = [...claim.caller, claim.key, claim.requestHash];
    try {
      if (!wrote) {
        await this.dataSource.query(`DELETE FROM idempotency_key WHERE ${where}`, params);
        return;
      }
      await this.dataSource.query(
        `UPDATE idempotency_key SET state = 'COMPLETED', response = $6, audit = $7,
                expires_at = $8::timestamptz + make_interval(hours => ${KEEP_HOURS})
          WHERE ${where}`,
        [...params, JSON.stringify(result), JSON.stringify(audit.map(stored)), now.toISOString()],
      );
      // Lapsed answers go when new ones arrive: the table holds about a day of keyed mutations.
      await this.dataSource.query(`DELETE FROM idempotency_key WHERE expires_at <= $1`, [now.toISOString()]);
    } catch (error) {
      // The claim lapses by itself (CLAIM_MINUTES); a retry after that runs again.
      this.logger.error({ err: error }, "the answer of a keyed mutation could not be stored");
    }
  }
}

function stored({ path, ...entry }: AuditEntry): StoredAuditEntry {
  return path ? { ...entry, path: responsePathAsArray(path) } : entry;
}

/** A stored answer's audit entries, their paths rebuilt, for the replay's own audit rows. */
function restored(audit: unknown): AuditEntry[] {
  if (!Array.isArray(audit)) return [];
  return (audit as StoredAuditEntry[]).map(({ path, ...entry }) => ({
    ...entry,
    ...(path
      ? { path: path.reduce<Path | undefined>((prev, key) => ({ prev, key, typename: undefined }), undefined) }
      : {}),
  }));
}
