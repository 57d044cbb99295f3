import type { EntityManager } from "typeorm";
import { AttendanceStatus, type Completion, CompletionSource, type Course, Delegate } from "../entities/index.js";
import { certificateExpiry, certificateNumber, LEVEL_CODES } from "./certificates.js";

export interface DelegateDetails {
  name: string;
  email: string;
  agencyId: string;
  jobTitle?: string | null;
}

/**
 * The partnership's delegates with these emails, locked until the transaction ends, so the checks
 * made on them (whose person a row names) still hold when the rows are written.
 */
export async function delegatesByEmail(
  manager: EntityManager,
  partnershipId: string,
  emails: readonly string[],
): Promise<Map<string, { agencyId: string; name: string }>> {
  if (emails.length === 0) return new Map();
  const rows: Array<{ email: string; agency_id: string; name: string }> = await manager.query(
    `SELECT email, agency_id, name FROM delegate WHERE partnership_id = $1 AND email = ANY($2::text[]) FOR UPDATE`,
    [partnershipId, [...new Set(emails)]],
  );
  return new Map(rows.map((r) => [r.email, { agencyId: r.agency_id, name: r.name }]));
}

/**
 * Why a write may not touch the delegate an email names, or null: people are their own agency's.
 * An email of another agency's delegate never moves them to the row's agency, and only their own
 * agency changes their name (a training provider records their completion under the name it has).
 * The reason names neither that agency nor the name on record: neither is the writer's to read.
 */
export function foreignDelegateProblem(
  existing: { agencyId: string; name: string } | undefined,
  row: { agencyId: string; name: string },
  callerAgencyId: string,
): { column: "agency_id" | "name"; reason: string } | null {
  if (!existing) return null;
  if (existing.agencyId !== row.agencyId)
    return {
      column: "agency_id",
      reason: "this email is another agency's delegate; a record never moves a person to another agency",
    };
  if (existing.agencyId !== callerAgencyId && existing.name !== row.name)
    return {
      column: "name",
      reason: "differs from the name the delegate's own agency recorded, which only that agency changes",
    };
  return null;
}

/**
 * Finds the partnership's delegates by email, creating those that are new. An existing delegate's
 * agency never changes, and their name and job title change only when the writer is their own
 * agency (callers check `foreignDelegateProblem` first; this holds even if one forgets).
 */
export async function upsertDelegates(
  manager: EntityManager,
  partnershipId: string,
  people: DelegateDetails[],
  writerAgencyId: string,
): Promise<Map<string, Delegate>> {
  if (people.length === 0) return new Map();
  await manager.query(
    `INSERT INTO delegate (partnership_id, name, email, agency_id, job_title)
     SELECT $1::uuid, * FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[])
     ON CONFLICT (partnership_id, email) DO UPDATE SET name = EXCLUDED.name,
       job_title = COALESCE(EXCLUDED.job_title, delegate.job_title)
     WHERE delegate.agency_id = EXCLUDED.agency_id AND delegate.agency_id = $6::uuid`,
    [
      partnershipId,
      people.map((p) => p.name),
      people.map((p) => p.email),
      people.map((p) => p.agencyId),
      people.map((p) => p.jobTitle ?? null),
      writerAgencyId,
    ],
  );
  const rows: Delegate[] = await manager.query(
    `SELECT id, partnership_id AS "partnershipId", email, agency_id AS "agencyId"
       FROM delegate WHERE partnership_id = $1 AND email = ANY($2::text[])`,
    [partnershipId, people.map((p) => p.email)],
  );
  return new Map(rows.map((row) => [row.email, Object.assign(new Delegate(), row)]));
}

/**
 * Certificate fields for many completions of one course, numbered from the sequence in one
 * statement: an import of thousands of rows costs a few statements, not thousands.
 */
export async function certificatesFor(
  manager: EntityManager,
  course: Course,
  completedOn: readonly string[],
): Promise<Array<Pick<Completion, "completedOn" | "certificateNumber" | "expiresOn">>> {
  if (completedOn.length === 0) return [];
  const numbers: Array<{ n: string }> = await manager.query(
    "SELECT nextval('certificate_number_seq') AS n FROM generate_series(1, $1)",
    [completedOn.length],
  );
  return completedOn.map((day, i) => ({
    completedOn: day,
    certificateNumber: certificateNumber(LEVEL_CODES[course.level]!, day, Number(numbers[i]!.n)),
    expiresOn: certificateExpiry(day, course.validityMonths),
  }));
}

/** Certificate fields for a record: a number and an expiry for a completion, nothing otherwise. */
export async function certificateFor(
  manager: EntityManager,
  course: Course,
  status: AttendanceStatus,
  completedOn: string,
): Promise<Pick<Completion, "completedOn" | "certificateNumber" | "expiresOn">> {
  if (status !== AttendanceStatus.COMPLETED) return { completedOn: null, certificateNumber: null, expiresOn: null };
  const [{ n }] = (await manager.query("SELECT nextval('certificate_number_seq') AS n")) as [{ n: string }];
  return {
    completedOn,
    certificateNumber: certificateNumber(LEVEL_CODES[course.level]!, completedOn, Number(n)),
    expiresOn: certificateExpiry(completedOn, course.validityMonths),
  };
}

export { CompletionSource };
