import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  csvRecords,
  dayFromText,
  ImportGate,
  isMember,
  isUuid,
  throwIfAbandoned,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { AttendanceStatus, Completion, CompletionSource, Course, ImportRowOutcome } from "../entities/index.js";
import type { ImportCompletionsInput } from "../inputs/training-inputs.js";
import { certificatesFor, delegatesByEmail, foreignDelegateProblem, upsertDelegates } from "./completions.js";

/** The gate LMS imports pass (ImportGate.of): one per user, two at a time per subgraph (the pool keeps the rest for reads). */
const LMS_IMPORTS = "LMS import";
/** Completions written per statement. */
const INSERT_BATCH = 500;

export const LMS_COLUMNS = ["email", "name", "agency_id", "job_title", "completed_on"] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ImportRowResult {
  /** The row's number in the file, counting the header as row 1. */
  row: number;
  outcome: ImportRowOutcome;
  column: string | null;
  reason: string | null;
}

export interface ImportReport {
  /** Whether anything was written. */
  committed: boolean;
  imported: number;
  duplicates: number;
  rejected: number;
  rows: ImportRowResult[];
}

interface ValidRow {
  row: number;
  email: string;
  name: string;
  agencyId: string;
  jobTitle: string | null;
  completedOn: string;
}

/**
 * Checks one record; the first problem found, by column, or the cleaned row. `isMemberAgency` says
 * whether an agency belongs to the importing partnership: a partnership records only its members' people.
 */
export function checkRow(
  record: Record<string, string>,
  row: number,
  today: string,
  isMemberAgency: (agencyId: string) => boolean,
): ValidRow | ImportRowResult {
  const reject = (column: string, reason: string): ImportRowResult => ({
    row,
    outcome: ImportRowOutcome.REJECTED,
    column,
    reason,
  });
  const email = (record.email ?? "").trim().toLowerCase();
  if (!EMAIL.test(email)) return reject("email", email ? `"${email}" is not an email address` : "is empty");
  const name = (record.name ?? "").trim();
  if (name.length < 2) return reject("name", "is empty");
  const agencyId = (record.agency_id ?? "").trim();
  if (!isUuid(agencyId)) return reject("agency_id", agencyId ? `"${agencyId}" is not an agency id` : "is empty");
  if (!isMemberAgency(agencyId)) return reject("agency_id", `${agencyId} is not a member agency of the partnership`);
  const completed = (record.completed_on ?? "").trim();
  const completedOn = dayFromText(completed);
  if (!completedOn) {
    return reject("completed_on", completed ? `"${completed}" is not a date (31/03/2020 or 2020-03-31)` : "is empty");
  }
  if (completedOn > today) return reject("completed_on", `"${completed}" is in the future`);
  const jobTitle = (record.job_title ?? "").trim() || null;
  return { row, email, name, agencyId, jobTitle, completedOn };
}

/**
 * Imports an LMS export of completions into the acting partnership. Every row is answered: accepted, a duplicate of a
 * completion already recorded (so the same file twice counts once), or rejected with the column and
 * the reason. A file with any rejected row imports nothing unless `acceptValidRowsOnly`. A row naming
 * another agency's delegate is rejected, never written over (people are their own agency's). One
 * import per user and a few per process run at once (RATE_LIMITED otherwise); an import whose
 * request is abandoned (`signal`) rolls back.
 */
export class LmsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  import(input: ImportCompletionsInput, caller: Caller, signal?: AbortSignal): Promise<ImportReport> {
    return ImportGate.of(this.dataSource, LMS_IMPORTS).run(caller, () => this.run(input, caller, signal));
  }

  private async run(input: ImportCompletionsInput, caller: Caller, signal?: AbortSignal): Promise<ImportReport> {
    const partnership = actingPartnership(caller);
    const records = csvRecords(input.csv, "input.csv", (name) => name.trim().toLowerCase());
    const header = Object.keys(records[0] ?? {});
    if (records.length === 0) throw badUserInput("input.csv", "has no rows after the header");
    const missing = LMS_COLUMNS.filter((column) => !header.includes(column));
    if (missing.length > 0)
      throw badUserInput("input.csv", `lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);

    const today = this.clock.today();
    const checked = records.map((record, index) =>
      checkRow(record, index + 2, today, (agencyId) => isMember(caller, agencyId)),
    );
    const wellFormed = checked.filter((r): r is ValidRow => "email" in r);
    const malformed = checked.filter((r): r is ImportRowResult => !("email" in r));

    return this.dataSource.transaction(async (manager) => {
      const course = await manager.getRepository(Course).findOneBy({ id: input.courseId });
      if (!course) throw badUserInput("input.courseId", `no course has the id ${input.courseId}`);
      // Another agency's people are never changed: a row naming one is rejected, not written over.
      const existing = await delegatesByEmail(
        manager,
        partnership.id,
        wellFormed.map((r) => r.email),
      );
      const agencyInFile = new Map<string, string>();
      const rejected = [...malformed];
      const valid: ValidRow[] = [];
      for (const row of wellFormed) {
        const problem =
          foreignDelegateProblem(existing.get(row.email), row, caller.agencyId) ??
          (agencyInFile.has(row.email) && agencyInFile.get(row.email) !== row.agencyId
            ? { column: "agency_id", reason: "this email is listed for another agency earlier in the file" }
            : null);
        if (problem) rejected.push({ row: row.row, outcome: ImportRowOutcome.REJECTED, ...problem });
        else {
          agencyInFile.set(row.email, row.agencyId);
          valid.push(row);
        }
      }
      const commit = rejected.length === 0 || input.acceptValidRowsOnly;
      const results = new Map<number, ImportRowResult>(rejected.map((r) => [r.row, r]));

      // A completion the partnership already recorded, or listed earlier in this file, is a
      // duplicate; another partnership's record of the same person is none of this import's business.
      const recorded: Array<{ email: string; completed_on: string }> = await manager.query(
        `SELECT d.email, c.completed_on::text FROM completion c JOIN delegate d ON d.id = c.delegate_id
          WHERE c.partnership_id = $3 AND c.course_id = $1 AND d.email = ANY($2::text[])`,
        [course.id, valid.map((r) => r.email), partnership.id],
      );
      const seen = new Set(recorded.map((r) => `${r.email}|${r.completed_on}`));
      const fresh: ValidRow[] = [];
      for (const row of valid) {
        const key = `${row.email}|${row.completedOn}`;
        if (seen.has(key)) {
          results.set(row.row, {
            row: row.row,
            outcome: ImportRowOutcome.DUPLICATE,
            column: null,
            reason: "this completion is already recorded",
          });
        } else {
          seen.add(key);
          fresh.push(row);
          const reason = commit
            ? null
            : "valid, but not imported: the file has rejected rows (ask to import the valid rows only)";
          results.set(row.row, { row: row.row, outcome: ImportRowOutcome.ACCEPTED, column: null, reason });
        }
      }

      if (commit && fresh.length > 0) {
        // The latest details of each person win.
        const latest = new Map(fresh.map((r) => [r.email, r]));
        const delegates = await upsertDelegates(manager, partnership.id, [...latest.values()], caller.agencyId);
        // In batches, so an abandoned request stops within one batch of being abandoned.
        for (let start = 0; start < fresh.length; start += INSERT_BATCH) {
          throwIfAbandoned(signal);
          const batch = fresh.slice(start, start + INSERT_BATCH);
          const certificates = await certificatesFor(
            manager,
            course,
            batch.map((row) => row.completedOn),
          );
          await manager.getRepository(Completion).insert(
            batch.map((row, i) => ({
              partnershipId: partnership.id,
              courseId: course.id,
              sessionId: null,
              delegateId: delegates.get(row.email)!.id,
              agencyId: row.agencyId,
              status: AttendanceStatus.COMPLETED,
              source: CompletionSource.LMS_IMPORT,
              ...certificates[i]!,
            })),
          );
        }
      }
      // The last moment to give up: nothing is committed for a request nobody waits for.
      throwIfAbandoned(signal);
      const rows = [...results.values()].sort((a, b) => a.row - b.row);
      return {
        committed: commit && fresh.length > 0,
        imported: commit ? fresh.length : 0,
        duplicates: rows.filter((r) => r.outcome === ImportRowOutcome.DUPLICATE).length,
        rejected: rejected.length,
        rows,
      };
    });
  }
}
