import type { EntityManager } from "typeorm";
import { AttendanceStatus, type Completion, CompletionSource, type Course, Delegate } from "../entities/index.js";
import { certificateExpiry, certificateNumber, LEVEL_CODES } from "./certificates.js";

export interface DelegateDetails {
  name: string;
  email: string;
  agencyId: string;
  jobTitle?: string | null;
}

/** Finds the partnership's delegates by email, creating or updating them to the details given last. */
export async function upsertDelegates(
  manager: EntityManager,
  partnershipId: string,
  people: DelegateDetails[],
): Promise<Map<string, Delegate>> {
  if (people.length === 0) return new Map();
  const rows: Delegate[] = await manager.query(
    `INSERT INTO delegate (partnership_id, name, email, agency_id, job_title)
     SELECT $1::uuid, * FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[])
     ON CONFLICT (partnership_id, email) DO UPDATE SET name = EXCLUDED.name, agency_id = EXCLUDED.agency_id,
       job_title = COALESCE(EXCLUDED.job_title, delegate.job_title)
     RETURNING id, partnership_id AS "partnershipId", email, agency_id AS "agencyId"`,
    [
      partnershipId,
      people.map((p) => p.name),
      people.map((p) => p.email),
      people.map((p) => p.agencyId),
      people.map((p) => p.jobTitle ?? null),
    ],
  );
  return new Map(rows.map((row) => [row.email, Object.assign(new Delegate(), row)]));
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
