import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { ErrorCode } from "../errors.js";

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Years a date may have: four digits from 0001. PostgreSQL's `date` type has no year 0 and
 * JavaScript's has no five-digit years in this form, so a wider range would reach the database
 * and fail there as an internal error instead of here as the caller's mistake.
 */
export const LOCAL_DATE_RANGE = { from: "0001-01-01", to: "9999-12-31" } as const;

function invalid(value: unknown, why: string): GraphQLError {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return new GraphQLError(`LocalDate ${shown} ${why}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

/** A calendar date `YYYY-MM-DD` between 0001-01-01 and 9999-12-31 that exists (no 30 February). */
export function parseLocalDate(value: unknown): string {
  if (typeof value !== "string") throw invalid(value, "must be a string in YYYY-MM-DD form");
  const match = SHAPE.exec(value);
  if (!match) throw invalid(value, "must be a date in YYYY-MM-DD form, e.g. 2020-01-01");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) throw invalid(value, `is out of range (${LOCAL_DATE_RANGE.from} to ${LOCAL_DATE_RANGE.to})`);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    throw invalid(value, "is not a day of the calendar");
  return value;
}

/**
 * The platform's one date scalar. Replaces graphql-scalars' LocalDate, which accepts year 0000
 * (PostgreSQL then fails with an internal error); a bad date is the caller's mistake, BAD_USER_INPUT.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: "LocalDate",
  description:
    "A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`; a day of the calendar from 0001-01-01 to 9999-12-31.",
  serialize(value) {
    if (typeof value === "string") return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw invalid(value, "cannot be sent as a date");
  },
  parseValue: parseLocalDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid(ast.kind, "must be a string in YYYY-MM-DD form");
    return parseLocalDate(ast.value);
  },
});
