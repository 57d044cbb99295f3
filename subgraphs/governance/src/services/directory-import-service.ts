import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  csvRecords,
  ImportGate,
  Role,
  throwIfAbandoned,
} from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import { speaksForPartnership } from "./partnership-authority.js";
import { DirectoryImportOutcome } from "../entities/index.js";

/** The columns every directory file has; `user_id`, `roles` and `start_date` may be added. */
export const DIRECTORY_COLUMNS = ["name", "email", "job_title", "agency"] as const;
/** The most rows one file may hold: a partnership's people arrive in a few files, not one unbounded one. */
export const MAX_DIRECTORY_ROWS = 5_000;
/** The roles a person can be given in a partnership (PLATFORM_ADMIN and SYSTEM are not partnership roles). */
export const PARTNERSHIP_ROLES: readonly Role[] = [
  Role.COORDINATOR,
  Role.CASEWORKER,
  Role.TRAINING_ADMIN,
  Role.PROCUREMENT_OFFICER,
  Role.PARTNERSHIP_ADMIN,
  Role.AUDITOR,
  Role.READ_ONLY,
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The gate directory imports pass (ImportGate.of): one per user, two at a time per subgraph. */
const DIRECTORY_IMPORTS = "directory import";
const UNIQUE_VIOLATION = "23505";

export interface DirectoryImportRowResult {
  /** The row's number in the file, counting the header as row 1. */
  row: number;
  outcome: DirectoryImportOutcome;
  column: string | null;
  reason: string | null;
}

export interface DirectoryImportReport {
  /** Whether anything was written. */
  committed: boolean;
  imported: number;
  duplicates: number;
  rejected: number;
  /** Roles given in the partnership (a role the person already held is not counted). */
  rolesGiven: number;
  rows: DirectoryImportRowResult[];
}

/** A row whose every cell is well formed; the directory is consulted afterwards. */
export interface DirectoryRow {
  row: number;
  name: string;
  email: string;
  jobTitle: string | null;
  agency: string;
  userId: string | null;
  roles: Role[];
  /** ISO; null when the file gives none (the roles start on the day of the import). */
  startDate: string | null;
}

/** A date written the UK way (DD/MM/YYYY, or D/M/YYYY) or as ISO (YYYY-MM-DD), as ISO; null when it is neither or no such day. */
export function parseDate(text: string): string | null {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = uk ? [uk[3]!, uk[2]!, uk[1]!] : iso ? [iso[1]!, iso[2]!, iso[3]!] : [];
  if (!year) return null;
  const date = `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** Checks one record's cells; the first problem found, by column, or the cleaned row. */
export function checkDirectoryRow(
  record: Record<string, string | undefined>,
  row: number,
  today: string,
): DirectoryRow | DirectoryImportRowResult {
  const reject = (column: string, reason: string): DirectoryImportRowResult => ({
    row,
    outcome: DirectoryImportOutcome.REJECTED,
    column,
    reason,
  });
  const name = (record.name ?? "").trim();
  if (name.length < 2) return reject("name", name ? "is too short (2 characters at least)" : "is empty");
  if (name.length > 200) return reject("name", "is longer than 200 characters");
  const email = (record.email ?? "").trim().toLowerCase();
  if (!EMAIL.test(email)) return reject("email", email ? `"${email}" is not an email address` : "is empty");
  const jobTitle = (record.job_title ?? "").trim() || null;
  if (jobTitle !== null && jobTitle.length > 200) return reject("job_title", "is longer than 200 characters");
  const agency = (record.agency ?? "").trim();
  if (!agency) return reject("agency", "is empty");
  const userId = (record.user_id ?? "").trim() || null;
  if (userId !== null && (/\s/.test(userId) || userId.length > 200))
    return reject("user_id", `"${userId}" is not a sign-in identity (no spaces, 200 characters at most)`);
  const roles: Role[] = [];
  for (const word of (record.roles ?? "").split(/[\s;]+/).filter(Boolean)) {
    const role = word.toUpperCase() as Role;
    if (!PARTNERSHIP_ROLES.includes(role))
      return reject("roles", `"${word}" is not a partnership role (${PARTNERSHIP_ROLES.join(", ")})`);
    if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length > 0 && userId === null)
    return reject("roles", "need a user_id: roles are held by a named user (their sign-in identity)");
  const start = (record.start_date ?? "").trim();
  const startDate = start ? parseDate(start) : null;
  if (start && !startDate) return reject("start_date", `"${start}" is not a date (DD/MM/YYYY or YYYY-MM-DD)`);
  if (startDate && startDate > today) return reject("start_date", `${startDate} is in the future`);
  return { row, name, email, jobTitle, agency, userId, roles, startDate };
}

const isRow = (checked: DirectoryRow | DirectoryImportRowResult): checked is DirectoryRow => "email" in checked;

/**
 * Imports a partnership's people from a CSV file (name, email, job_title, agency by short name, and
 * optionally user_id, roles and start_date). Every row is answered: accepted, a duplicate of a person
 * already in the directory or earlier in the file (not added again, though the roles it lists are
 * given), or rejected with the column and the reason. All or nothing: a file with any rejected row
 * imports nothing. Agencies must be members of the partnership the request acts in, and the
 * caller's own unless its agency chairs the partnership; the roles are held in that partnership.
 */
export class DirectoryImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One import per user and two per process at once (RATE_LIMITED otherwise); an abandoned request rolls back. */
  import(caller: Caller, input: { csv: string }, signal?: AbortSignal): Promise<DirectoryImportReport> {
    return ImportGate.of(this.dataSource, DIRECTORY_IMPORTS).run(caller, () => this.run(caller, input, signal));
  }

  private async run(caller: Caller, input: { csv: string }, signal?: AbortSignal): Promise<DirectoryImportReport> {
    const partnership = actingPartnership(caller);
    const records = csvRecords(input.csv, "input.csv", (name) =>
      name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, "_"),
    );
    if (records.length === 0) throw badUserInput("input.csv", "has no rows after the header");
    if (records.length > MAX_DIRECTORY_ROWS)
      throw badUserInput("input.csv", `has ${records.length} rows; a file holds ${MAX_DIRECTORY_ROWS} at most`);
    const header = Object.keys(records[0]!);
    const missing = DIRECTORY_COLUMNS.filter((column) => !header.includes(column));
    if (missing.length > 0)
      throw badUserInput("input.csv", `lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);

    const today = this.clock.today();
    const checked = records.map((record, index) => checkDirectoryRow(record, index + 2, today));

    return this.dataSource.transaction(async (manager) => {
      // Two imports at once would each find an email free and both add it: one import at a time.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('governance.directory-import'))`);
      const results = new Map<number, DirectoryImportRowResult>();
      const reject = (row: number, column: string, reason: string) =>
        results.set(row, { row, outcome: DirectoryImportOutcome.REJECTED, column, reason });
      for (const result of checked) if (!isRow(result)) results.set(result.row, result);
      const rows = checked.filter(isRow);

      const agencies = await agenciesByShortName(manager, rows);
      const members = new Set(partnership.memberAgencyIds);
      // An agency's staff are its own: another agency's rows only from the chair's administrator.
      const forAnyMember = speaksForPartnership(caller, [Role.PARTNERSHIP_ADMIN]);
      const existing = await peopleByEmail(
        manager,
        rows.map((r) => r.email),
      );
      const firstInFile = new Map<string, { row: number; agencyId: string }>();
      const fresh: Array<DirectoryRow & { agencyId: string }> = [];
      const holders: Array<DirectoryRow & { agencyId: string }> = [];
      const userIds = new Map<string, { row: number; email: string }>();
      for (const row of rows) {
        const agency = agencies.get(row.agency.toLowerCase());
        if (!agency) {
          reject(row.row, "agency", `"${row.agency}" is not the short name of an agency in the directory`);
          continue;
        }
        if (!members.has(agency.id)) {
          reject(row.row, "agency", `${agency.shortName} is not a member of this partnership`);
          continue;
        }
        if (!forAnyMember && agency.id !== caller.agencyId) {
          reject(
            row.row,
            "agency",
            `${agency.shortName} is another agency: you import your own agency's people (the partnership's chair imports any member's)`,
          );
          continue;
        }
        const known = existing.get(row.email);
        if (known && known.agencyId !== agency.id) {
          reject(row.row, "email", `${row.email} is in the directory already, for another agency`);
          continue;
        }
        const earlier = firstInFile.get(row.email);
        if (earlier && earlier.agencyId !== agency.id) {
          reject(row.row, "email", `${row.email} is listed in row ${earlier.row} too, for another agency`);
          continue;
        }
        if (row.userId !== null) {
          const key = `${agency.id}|${row.userId}`;
          const holder = userIds.get(key);
          if (holder && holder.email !== row.email) {
            reject(row.row, "user_id", `${row.userId} is given to another person in row ${holder.row}`);
            continue;
          }
          userIds.set(key, { row: row.row, email: row.email });
        }
        const cleaned = { ...row, agencyId: agency.id };
        holders.push(cleaned);
        if (known || earlier) {
          results.set(row.row, {
            row: row.row,
            outcome: DirectoryImportOutcome.DUPLICATE,
            column: null,
            reason: known
              ? "this person is already in the directory"
              : `this person is listed in row ${earlier!.row} already`,
          });
          continue;
        }
        firstInFile.set(row.email, { row: row.row, agencyId: agency.id });
        fresh.push(cleaned);
      }

      const rejected = [...results.values()].filter((r) => r.outcome === DirectoryImportOutcome.REJECTED).length;
      const commit = rejected === 0;
      for (const row of fresh)
        results.set(row.row, {
          row: row.row,
          outcome: DirectoryImportOutcome.ACCEPTED,
          column: null,
          reason: commit
            ? null
            : "valid, but not imported: the file has rejected rows, and an import is all or nothing",
        });

      let rolesGiven = 0;
      if (commit) {
        throwIfAbandoned(signal);
        await insertPeople(manager, fresh);
        rolesGiven = await giveRoles(manager, partnership.id, holders, today);
        // Nothing is committed for a request nobody waits for.
        throwIfAbandoned(signal);
      }
      const report = [...results.values()].sort((a, b) => a.row - b.row);
      return {
        committed: commit && (fresh.length > 0 || rolesGiven > 0),
        imported: commit ? fresh.length : 0,
        duplicates: report.filter((r) => r.outcome === DirectoryImportOutcome.DUPLICATE).length,
        rejected,
        rolesGiven,
        rows: report,
      };
    });
  }
}

/** The agencies the rows name, by lower-cased short name (an exact match wins over one differing in case). */
async function agenciesByShortName(manager: EntityManager, rows: DirectoryRow[]) {
  const found: Array<{ id: string; short_name: string }> = await manager.query(
    `SELECT id, short_name FROM agency WHERE lower(short_name) = ANY($1::text[])`,
    [[...new Set(rows.map((r) => r.agency.toLowerCase()))]],
  );
  const named = new Set(rows.map((r) => r.agency));
  const agencies = new Map<string, { id: string; shortName: string }>();
  for (const agency of found) {
    const key = agency.short_name.toLowerCase();
    if (!agencies.has(key) || named.has(agency.short_name))
      agencies.set(key, { id: agency.id, shortName: agency.short_name });
  }
  return agencies;
}

/** The people already in the directory with these emails, with their agency. */
async function peopleByEmail(manager: EntityManager, emails: string[]) {
  const found: Array<{ email: string; agency_id: string }> = await manager.query(
    `SELECT email, agency_id FROM person WHERE email = ANY($1::text[])`,
    [emails],
  );
  return new Map(found.map((p) => [p.email, { agencyId: p.agency_id }]));
}

/** Every new person in one statement. */
async function insertPeople(manager: EntityManager, rows: Array<DirectoryRow & { agencyId: string }>) {
  if (rows.length === 0) return;
  try {
    await manager.query(
      `INSERT INTO person (name, email, job_title, agency_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[])`,
      [rows.map((r) => r.name), rows.map((r) => r.email), rows.map((r) => r.jobTitle), rows.map((r) => r.agencyId)],
    );
  } catch (error) {
    // Someone added one of these people (createPerson) since the file was checked.
    const failed = error as { code?: string; driverError?: { code?: string } };
    if ((failed.driverError?.code ?? failed.code) === UNIQUE_VIOLATION)
      throw badUserInput(
        "input.csv",
        "the directory changed while the file was imported; nothing was written, import it again",
      );
    throw error;
  }
}

/**
 * Each role a row lists, held in the partnership by the row's user at its agency, from its start
 * date (today without one), in one statement; a role already held is left as it is.
 */
async function giveRoles(
  manager: EntityManager,
  partnershipId: string,
  rows: Array<DirectoryRow & { agencyId: string }>,
  today: string,
): Promise<number> {
  const holdings = new Map<string, { agencyId: string; userId: string; role: Role; grantedOn: string }>();
  for (const row of rows)
    for (const role of row.roles) {
      const key = `${row.agencyId}|${row.userId}|${role}`;
      if (!holdings.has(key))
        holdings.set(key, { agencyId: row.agencyId, userId: row.userId!, role, grantedOn: row.startDate ?? today });
    }
  if (holdings.size === 0) return 0;
  const values = [...holdings.values()];
  const inserted: unknown[] = await manager.query(
    `INSERT INTO partnership_role (partnership_id, agency_id, user_id, role, granted_on)
     SELECT $1, agency_id, user_id, role, granted_on
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::date[]) AS t (agency_id, user_id, role, granted_on)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      partnershipId,
      values.map((v) => v.agencyId),
      values.map((v) => v.userId),
      values.map((v) => v.role),
      values.map((v) => v.grantedOn),
    ],
  );
  return inserted.length;
}
