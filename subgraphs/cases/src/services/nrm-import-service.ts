import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  ErrorCode,
  ImportGate,
  throwIfAbandoned,
} from "@partnership/runtime";
import { CsvError, parse } from "csv-parse/sync";
import { GraphQLError } from "graphql";
import { type DataSource, type EntityManager, In } from "typeorm";
import { Concern, ConcernStatus, NrmImportOutcome, partiesOf, VictimOutcome } from "../entities/index.js";
import { NrmReferralInput, ScreenPersonInput } from "../inputs/case-inputs.js";
import type { CaseworkService, DirectoryPeople } from "./casework-service.js";
import { type DirectoryClient, directoryEmail } from "./directory-client.js";
import {
  checkNrmRow,
  columnsOf,
  type CheckedRow,
  headerKey,
  type NrmColumn,
  type ParsedNrmRow,
  type RowProblem,
} from "./nrm-import-parsing.js";
import type { NrmImportReport, NrmImportRow } from "../types/nrm-import-report.js";

/** The gate NRM imports pass (ImportGate.of): one per user, two at a time per subgraph (the pool keeps the rest for reads). */
const NRM_IMPORTS = "NRM referral import";
/**
 * Rows a file may hold. A council's corporate log is tens to a few hundred referrals a year; each
 * row is a screening and a referral written through casework's rules (about ten statements) in the
 * import's one transaction, and 300 of them finish well inside the gateway's subgraph timeout
 * (10 s by default) even on a busy machine. A longer log is imported in parts.
 */
export const MAX_NRM_ROWS = 300;
/** The file's size in characters: the gateway's default request body cap (1 MiB) holds it. */
export const MAX_NRM_CSV_CHARS = 1_000_000;
/** Rows written between checks that the request is still awaited. */
const ABANDON_CHECK_EVERY = 50;

/** Where an input path of casework's checks lands in the log's columns. */
const COLUMN_OF_FIELD: Record<string, NrmColumn> = {
  concernId: "concern_reference",
  "input.screenedOn": "referral_date",
  "input.referredOn": "referral_date",
  "input.referringAgencyId": "referring_agency",
  "input.referrerEmail": "referrer_email",
  "input.consentGiven": "consent",
  "input.ageGroup": "age_group",
  "input.minor": "age_group",
  "input.gender": "gender",
  "input.nationality": "nationality",
  "input.exploitationType": "exploitation_types",
  "input.additionalExploitationTypes": "exploitation_types",
  "input.exploitationTypes": "exploitation_types",
};

/** The refusals of casework's rules that are a row's problem; anything else fails the whole import. */
const ROW_ERRORS: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.FORBIDDEN,
  ErrorCode.FORBIDDEN_BY_SHARING_AGREEMENT,
]);

/** Carries the report out of a transaction rolled back on purpose (a dry run, or a rejected row). */
class RolledBack extends Error {
  constructor(readonly report: NrmImportReport) {
    super("rolled back");
  }
}

interface RowState extends CheckedRow {
  /** The concern the row's reference names, once found. */
  concernId: string | null;
  potentialVictimId: string | null;
  referralId: string | null;
}

/**
 * Imports a council's NRM referral log (one row a referral) into the acting partnership: each row
 * screens the person in the concern named and refers them, through casework's own rules
 * (screenPersonWith, referToNrmWith), all in one transaction. Every row is checked and every
 * problem reported with its column; when any row has one, or on a dry run, nothing is written.
 */
export class NrmImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly casework: CaseworkService,
    private readonly directory: DirectoryClient,
  ) {}

  /** One import per user and two per process at once (RATE_LIMITED otherwise); an abandoned request rolls back. */
  import(caller: Caller, csv: string, dryRun: boolean, signal?: AbortSignal): Promise<NrmImportReport> {
    return ImportGate.of(this.dataSource, NRM_IMPORTS).run(caller, () => this.run(caller, csv, dryRun, signal));
  }

  private async run(caller: Caller, csv: string, dryRun: boolean, signal?: AbortSignal): Promise<NrmImportReport> {
    const partnership = actingPartnership(caller);
    const rows = this.read(csv, caller);
    await this.checkConcerns(rows, partnership.id, caller);
    const referrers = await this.checkReferrers(rows, caller);

    try {
      return await this.dataSource.transaction(async (manager) => {
        for (const [index, state] of rows.entries()) {
          if (index % ABANDON_CHECK_EVERY === 0) throwIfAbandoned(signal);
          // A row with problems is not written; the others still are, to find what only writing finds.
          if (state.problems.length === 0) await this.write(manager, caller, state, referrers);
        }
        const report = this.report(rows, dryRun);
        if (!report.committed) throw new RolledBack(report);
        // The last moment to give up: nothing is committed for a request nobody waits for.
        throwIfAbandoned(signal);
        return report;
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.report;
      throw error;
    }
  }

  /** The file's rows, each read and checked on its own; a file that cannot be read is refused whole (on `csv`). */
  private read(csv: string, caller: Caller): RowState[] {
    if (csv.length > MAX_NRM_CSV_CHARS)
      throw badUserInput("csv", `is ${csv.length} characters; a file holds ${MAX_NRM_CSV_CHARS} at most: split it`);
    let header: string[] = [];
    let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
    try {
      records = parse(csv, {
        columns: (cells: string[]) => (header = cells.map(headerKey)),
        skip_empty_lines: true,
        bom: true,
        info: true,
      });
    } catch (error) {
      if (error instanceof CsvError) throw badUserInput("csv", `is not a readable CSV file: ${error.message}`);
      throw error;
    }
    if (header.length === 0) throw badUserInput("csv", "is empty: the first line names the columns");
    const { columns, problems } = columnsOf(header);
    if (problems.length > 0) throw badUserInput("csv", `the header ${problems.join("; ")}`);
    if (records.length === 0) throw badUserInput("csv", "has no rows after the header");
    if (records.length > MAX_NRM_ROWS)
      throw badUserInput("csv", `has ${records.length} rows; a file holds ${MAX_NRM_ROWS} at most: split it`);
    const context = {
      today: this.clock.today(),
      callerAgencyId: caller.agencyId,
      memberAgencies: caller.partnership?.memberAgencies ?? [],
    };
    return records.map(({ record, info }) => ({
      ...checkNrmRow(record, columns, info.lines, context),
      concernId: null,
      potentialVictimId: null,
      referralId: null,
    }));
  }

  /**
   * The concerns the rows name, in one statement: each must be the partnership's, one the caller
   * takes part in (any other is as unknown as one that does not exist), open, and received by the
   * referral day.
   */
  private async checkConcerns(rows: RowState[], partnershipId: string, caller: Caller): Promise<void> {
    const references = [...new Set(rows.flatMap(({ row }) => (row.concernReference ? [row.concernReference] : [])))];
    const found =
      references.length === 0
        ? []
        : await this.dataSource.getRepository(Concern).findBy({ partnershipId, reference: In(references) });
    const concerns = new Map(
      found.filter((concern) => partiesOf(concern).includes(caller.agencyId)).map((c) => [c.reference, c]),
    );
    for (const state of rows) {
      const { row, problems } = state;
      if (!row.concernReference) continue;
      const concern = concerns.get(row.concernReference);
      if (!concern)
        problems.push({
          column: "concern_reference",
          message: `no concern of the partnership that your agency takes part in has the reference ${row.concernReference}`,
        });
      else if (concern.status === ConcernStatus.CLOSED)
        problems.push({
          column: "concern_reference",
          message: `concern ${concern.reference} is closed; reopen it before adding to it`,
        });
      else if (row.referredOn && row.referredOn < concern.receivedOn)
        problems.push({
          column: "referral_date",
          message: `${row.referredOn} is before concern ${concern.reference} came in (${concern.receivedOn}): the person is screened in it on the referral day`,
        });
      state.concernId = concern?.id ?? null;
    }
  }

  /** The referrers, asked of the directory once for the whole file: each a person of the caller's agency. */
  private async checkReferrers(rows: RowState[], caller: Caller): Promise<DirectoryPeople> {
    const emails = rows.flatMap(({ row }) => (row.referrerEmail ? [row.referrerEmail] : []));
    const people = await this.directory.peopleByEmail(caller, emails);
    for (const { row, problems } of rows) {
      if (!row.referrerEmail) continue;
      const person = people.get(directoryEmail(row.referrerEmail));
      if (!person)
        problems.push({
          column: "referrer_email",
          message: `${row.referrerEmail} names nobody of your agency in the partnership's directory: add the referrer to the directory first`,
        });
      else if (person.agencyId !== caller.agencyId)
        problems.push({
          column: "referrer_email",
          message: `${row.referrerEmail} is a person of another agency: the referrer is a person of your own agency`,
        });
    }
    return people;
  }

  /**
   * Screens the row's person in the concern on the referral day and refers them, by casework's own
   * rules. A refusal becomes the row's problem and its writes are undone to the savepoint, so the
   * rows after it are still checked; the transaction itself never commits with a rejected row.
   */
  private async write(
    manager: EntityManager,
    caller: Caller,
    state: RowState,
    referrers: DirectoryPeople,
  ): Promise<void> {
    // A row without problems has every value read and its concern found.
    const row = state.row as ParsedNrmRow;
    const [main, ...additional] = row.exploitationTypes;
    await manager.query("SAVEPOINT nrm_import_row");
    try {
      const victim = await this.casework.screenPersonWith(
        manager,
        caller,
        state.concernId!,
        Object.assign(new ScreenPersonInput(), {
          screenedOn: row.referredOn,
          ageGroup: row.ageGroup,
          gender: row.gender,
          nationality: row.nationality,
          exploitationType: main!,
          additionalExploitationTypes: additional,
          aliases: [],
          outcome: VictimOutcome.NOT_YET_KNOWN,
        }),
      );
      const referral = await this.casework.referToNrmWith(
        manager,
        caller,
        victim.id,
        Object.assign(new NrmReferralInput(), {
          referredOn: row.referredOn,
          referringAgencyId: row.referringAgencyId,
          referrerEmail: row.referrerEmail,
          consentGiven: row.consent,
        }),
        referrers,
      );
      await manager.query("RELEASE SAVEPOINT nrm_import_row");
      state.potentialVictimId = victim.id;
      state.referralId = referral.id;
    } catch (error) {
      if (!(error instanceof GraphQLError) || !ROW_ERRORS.has(String(error.extensions.code))) throw error;
      await manager.query("ROLLBACK TO SAVEPOINT nrm_import_row");
      state.problems.push(problemOf(error));
    }
  }

  private report(rows: RowState[], dryRun: boolean): NrmImportReport {
    const rejected = rows.filter((state) => state.problems.length > 0).length;
    const committed = !dryRun && rejected === 0;
    const results: NrmImportRow[] = rows.map((state) => ({
      line: state.row.line,
      outcome:
        state.problems.length > 0
          ? NrmImportOutcome.REJECTED
          : committed
            ? NrmImportOutcome.IMPORTED
            : NrmImportOutcome.VALID,
      problems: state.problems,
      potentialVictimId: committed ? state.potentialVictimId : null,
      referralId: committed ? state.referralId : null,
    }));
    return { committed, dryRun, rowsRead: rows.length, imported: committed ? rows.length : 0, rejected, rows: results };
  }
}

/** A refusal of casework's rules as a row's problem: its column from the input path it names. */
function problemOf(error: GraphQLError): RowProblem {
  const field = typeof error.extensions.field === "string" ? error.extensions.field : null;
  const column = field
    ? (COLUMN_OF_FIELD[field] ?? null)
    : error.extensions.code === ErrorCode.NOT_FOUND
      ? "concern_reference"
      : null;
  // badUserInput prefixes the input path, which names the mutation's input and not the file's column.
  const message =
    field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  return { column, message };
}
