import type { MemberAgency } from "@partnership/runtime";
import { AgeGroup, ExploitationType, Gender } from "../entities/index.js";

/** The columns of an NRM referral log, as the import names them in its report. */
export const NRM_COLUMNS = [
  "concern_reference",
  "referral_date",
  "referring_agency",
  "referrer_email",
  "age_group",
  "gender",
  "nationality",
  "exploitation_types",
  "consent",
] as const;
export type NrmColumn = (typeof NRM_COLUMNS)[number];

/** Columns a file may leave out: a log that never records nationality still imports. */
const OPTIONAL_COLUMNS: ReadonlySet<NrmColumn> = new Set(["nationality"]);

/** Other names councils' logs give the same columns (after lower-casing, spaces and hyphens as `_`). */
const HEADER_NAMES: Record<NrmColumn, string[]> = {
  concern_reference: ["concern_reference", "concern_ref", "concern", "reference"],
  referral_date: ["referral_date", "date_referred", "referred_on", "date_of_referral"],
  referring_agency: ["referring_agency", "agency", "first_responder"],
  referrer_email: ["referrer_email", "referrer", "email"],
  age_group: ["age_group", "age"],
  gender: ["gender", "sex"],
  nationality: ["nationality"],
  exploitation_types: ["exploitation_types", "exploitation_type", "exploitation", "type_of_exploitation"],
  consent: ["consent", "consent_given"],
};

/** One problem of a row: the column at fault (none when the row as a whole is) and why. */
export interface RowProblem {
  column: NrmColumn | null;
  message: string;
}

/** A row read and checked on its own: the referral it describes, or what is wrong with it. */
export interface ParsedNrmRow {
  line: number;
  concernReference: string;
  referredOn: string;
  referringAgencyId: string;
  referrerEmail: string;
  ageGroup: AgeGroup;
  gender: Gender;
  nationality: string | null;
  exploitationTypes: ExploitationType[];
  consent: boolean | null;
}

/** A row as read: every value that could be read, and every problem found. */
export interface CheckedRow {
  row: Partial<ParsedNrmRow> & { line: number };
  problems: RowProblem[];
}

/** What a row is checked against: the day (no referral is in the future), the partnership's agencies and the caller's own. */
export interface RowContext {
  today: string;
  callerAgencyId: string;
  memberAgencies: readonly MemberAgency[];
}

/** A header cell as the import compares it: lower case, spaces and hyphens as `_`. */
export function headerKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * Which column of the file each of the log's columns is, from its header; the problems of a header
 * that lacks a required column or names one twice (the whole file is refused on any).
 */
export function columnsOf(header: readonly string[]): { columns: Map<NrmColumn, string>; problems: string[] } {
  const columns = new Map<NrmColumn, string>();
  const problems: string[] = [];
  for (const column of NRM_COLUMNS) {
    const present = header.filter((cell) => HEADER_NAMES[column].includes(cell));
    if (present.length > 1) problems.push(`names the ${column} column twice (${present.join(", ")})`);
    else if (present.length === 1) columns.set(column, present[0]!);
    else if (!OPTIONAL_COLUMNS.has(column))
      problems.push(`lacks the ${column} column (or one of ${HEADER_NAMES[column].join(", ")})`);
  }
  return { columns, problems };
}

/** A calendar day written the UK way (dd/mm/yyyy) or the ISO way (yyyy-mm-dd), as yyyy-mm-dd; null for anything else. */
export function logDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : uk
      ? [uk[3]!, uk[2]!.padStart(2, "0"), uk[1]!.padStart(2, "0")]
      : [];
  if (!year) return null;
  const date = `${year}-${month}-${day}`;
  // A day that does not exist (31/02/2025) comes back from the calendar as another one.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return calendar.toISOString().slice(0, 10) === date ? date : null;
}

const AGE_GROUPS: Record<string, AgeGroup> = {
  adult: AgeGroup.ADULT,
  child: AgeGroup.MINOR,
  minor: AgeGroup.MINOR,
  unknown: AgeGroup.UNKNOWN,
  not_known: AgeGroup.UNKNOWN,
};

const GENDERS: Record<string, Gender> = {
  male: Gender.MALE,
  female: Gender.FEMALE,
  other: Gender.OTHER,
  unknown: Gender.NOT_KNOWN,
  not_known: Gender.NOT_KNOWN,
};

const EXPLOITATION_TYPES: Record<string, ExploitationType> = {
  labour: ExploitationType.LABOUR,
  labor: ExploitationType.LABOUR,
  sexual: ExploitationType.SEXUAL,
  criminal: ExploitationType.CRIMINAL,
  domestic_servitude: ExploitationType.DOMESTIC_SERVITUDE,
  domestic: ExploitationType.DOMESTIC_SERVITUDE,
  other: ExploitationType.OTHER_OR_UNKNOWN,
  unknown: ExploitationType.OTHER_OR_UNKNOWN,
  not_known: ExploitationType.OTHER_OR_UNKNOWN,
};

const CONSENT: Record<string, boolean> = { yes: true, y: true, no: false, n: false };

/** A word of the log as the tables above know it: lower case, spaces and hyphens as `_`. */
const word = (text: string) => headerKey(text);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads one row of the log and checks everything that needs no database: every problem of the row,
 * each with its column, not only the first. The referring agency is found by its short name among
 * the partnership's member agencies; it must be the caller's own and a first responder organisation.
 */
export function checkNrmRow(
  cells: Readonly<Record<string, string | undefined>>,
  columns: ReadonlyMap<NrmColumn, string>,
  line: number,
  context: RowContext,
): CheckedRow {
  const problems: RowProblem[] = [];
  const problem = (column: NrmColumn, message: string) => problems.push({ column, message });
  const cell = (column: NrmColumn) => {
    const header = columns.get(column);
    return header === undefined ? "" : (cells[header] ?? "").trim();
  };

  const concernReference = cell("concern_reference").toUpperCase();
  if (!concernReference) problem("concern_reference", "is empty: name the concern the person was met in");

  const dateText = cell("referral_date");
  const referredOn = logDate(dateText);
  if (!dateText) problem("referral_date", "is empty");
  else if (!referredOn) problem("referral_date", `"${dateText}" is not a date: write dd/mm/yyyy or yyyy-mm-dd`);
  else if (referredOn > context.today) problem("referral_date", `${referredOn} is in the future`);

  const shortName = cell("referring_agency");
  const agency = context.memberAgencies.find((a) => a.shortName.toLowerCase() === shortName.toLowerCase());
  const own = context.memberAgencies.find((a) => a.id === context.callerAgencyId);
  if (!shortName) problem("referring_agency", "is empty: give your agency's short name");
  else if (!agency)
    problem("referring_agency", `"${shortName}" is the short name of no member agency of the partnership`);
  else if (agency.id !== context.callerAgencyId)
    problem(
      "referring_agency",
      `names another agency (${agency.shortName}): you import referrals your own agency${own ? ` (${own.shortName})` : ""} made, only`,
    );
  else if (!agency.firstResponder)
    problem(
      "referring_agency",
      `${agency.shortName} is not a first responder organisation in the directory: only first responder organisations refer people into the NRM`,
    );

  const referrerEmail = cell("referrer_email").toLowerCase();
  if (!referrerEmail) problem("referrer_email", "is empty: give the work email of the first responder who referred");
  else if (!EMAIL.test(referrerEmail)) problem("referrer_email", `"${referrerEmail}" is not an email address`);

  const ageText = cell("age_group");
  const ageGroup = AGE_GROUPS[word(ageText)];
  if (!ageGroup) problem("age_group", `${ageText ? `"${ageText}"` : "is empty"}: write adult, child or unknown`);

  const genderText = cell("gender");
  const gender = GENDERS[word(genderText)];
  if (!gender)
    problem("gender", `${genderText ? `"${genderText}"` : "is empty"}: write male, female, other or not known`);

  const nationality = cell("nationality") || null;
  if (nationality !== null && (nationality.length < 2 || nationality.length > 60))
    problem("nationality", "must be 2 to 60 characters, e.g. Romanian");

  const typeTexts = cell("exploitation_types")
    .split(/[;,/|+&]|\band\b/i)
    .map((text) => text.trim())
    .filter((text) => text !== "");
  const exploitationTypes = [...new Set(typeTexts.map((text) => EXPLOITATION_TYPES[word(text)]))];
  const unknownTypes = typeTexts.filter((text) => !EXPLOITATION_TYPES[word(text)]);
  if (typeTexts.length === 0)
    problem("exploitation_types", "is empty: name one kind or several, e.g. labour; criminal");
  else if (unknownTypes.length > 0)
    problem(
      "exploitation_types",
      `${unknownTypes.map((text) => `"${text}"`).join(", ")}: write labour, sexual, criminal, domestic servitude or other, separated by ;`,
    );

  const consentText = cell("consent");
  const consent = consentText === "" ? null : CONSENT[word(consentText)];
  if (consent === undefined) problem("consent", `"${consentText}": write yes or no (or leave empty for a child)`);
  else if (ageGroup === AgeGroup.ADULT && consent === false)
    problem(
      "consent",
      "the adult declined: an adult who declines is not referred into the NRM; record a duty-to-notify report (recordDutyToNotify) instead",
    );
  else if (ageGroup === AgeGroup.ADULT && consent === null)
    problem("consent", "is empty: an adult is referred only with their consent (yes)");

  // Whatever could be read, also of a row with problems: the checks against the database read it too.
  return {
    row: {
      line,
      concernReference: concernReference || undefined,
      referredOn: referredOn ?? undefined,
      referringAgencyId: agency?.id,
      referrerEmail: EMAIL.test(referrerEmail) ? referrerEmail : undefined,
      ageGroup,
      gender,
      nationality,
      exploitationTypes:
        unknownTypes.length === 0 && typeTexts.length > 0 ? (exploitationTypes as ExploitationType[]) : undefined,
      consent: consent ?? null,
    },
    problems,
  };
}
