import { IsOptional, Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { z } from "zod";
import { badUserInput } from "../errors.js";
import { LocalDate, parseLocalDate } from "../graphql/local-date.js";

@InputType({
  description:
    "Who a data protection officer is looking for: at least one condition, and every condition given must hold. A record that cannot hold a condition (a potential victim has no email) does not match a search that gives it.",
})
export class SubjectSearch {
  @Field(() => String, {
    nullable: true,
    description: "Part of the person's name or of one of their aliases, in any case (2 to 200 characters).",
  })
  @IsOptional()
  @Length(2, 200)
  name?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The person's date of birth." })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: "The person's email address, in any case (whole address)." })
  @IsOptional()
  @Length(3, 320)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A record's reference, in any case, e.g. a concern's reference 'SHOP-2020-0040'.",
  })
  @IsOptional()
  @Length(1, 100)
  reference?: string | null;
}

/** A search as the finders receive it: normalised (trimmed, one case), absent conditions left out. */
export interface SubjectQuery {
  /** Lower case, inner spaces collapsed. */
  name?: string;
  dateOfBirth?: string;
  /** Lower case, as the directory and the training register store emails. */
  email?: string;
  /** Upper case, as references are written. */
  reference?: string;
}

/** Where a malformed key is reported: it arrives as the `query` of a `SubjectAccess` representation. */
const KEY_FIELD = "SubjectAccess.query";
const keySchema = z.strictObject({
  dateOfBirth: z.string().optional(),
  email: z.string().min(3).max(320).optional(),
  name: z.string().min(2).max(200).optional(),
  reference: z.string().min(1).max(100).optional(),
});
const KEY_ORDER = Object.keys(keySchema.shape).sort() as Array<keyof SubjectQuery>;

/**
 * The search in one spelling: trimmed, names and emails in lower case, references in upper case,
 * keys sorted. Refuses (BAD_USER_INPUT naming the field) an empty search and conditions that are
 * empty once trimmed; lengths are checked on the argument already (class-validator).
 */
export function normaliseSubjectSearch(search: SubjectSearch, path = "search"): SubjectQuery {
  const query: SubjectQuery = {};
  const text = (field: "name" | "email" | "reference", min: number) => {
    const value = search[field];
    if (value == null) return undefined;
    const trimmed = value.trim().replace(/\s+/g, " ");
    if (trimmed.length < min) throw badUserInput(`${path}.${field}`, `must have at least ${min} characters`);
    return trimmed;
  };
  const name = text("name", 2);
  if (name) query.name = name.toLowerCase();
  if (search.dateOfBirth != null) query.dateOfBirth = search.dateOfBirth;
  const email = text("email", 3);
  if (email) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw badUserInput(`${path}.email`, "must be an email address");
    query.email = email.toLowerCase();
  }
  const reference = text("reference", 1);
  if (reference) query.reference = reference.toUpperCase();
  if (Object.keys(query).length === 0)
    throw badUserInput(path, "give at least one of name, dateOfBirth, email and reference");
  return query;
}

/** The key of a search: its normalised conditions as JSON with sorted keys. Equal searches, equal keys. */
export function subjectAccessKey(query: SubjectQuery): string {
  const key: Record<string, string> = {};
  for (const name of KEY_ORDER) if (query[name] !== undefined) key[name] = query[name];
  return JSON.stringify(key);
}

/**
 * The search a key names, checked as strictly as the root query checks its argument: the key comes
 * back from the gateway in `_entities`, and anyone holding a signed caller context could send any.
 */
export function parseSubjectAccessKey(key: unknown): SubjectQuery {
  if (typeof key !== "string" || key.length > 2_000) throw badUserInput(KEY_FIELD, "is not a subject access key");
  let json: unknown;
  try {
    json = JSON.parse(key);
  } catch {
    throw badUserInput(KEY_FIELD, "is not a subject access key (not JSON)");
  }
  const parsed = keySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badUserInput(KEY_FIELD, `is not a subject access key (${issue?.path.join(".") || "key"}: ${issue?.message})`);
  }
  if (parsed.data.dateOfBirth !== undefined) {
    try {
      parseLocalDate(parsed.data.dateOfBirth);
    } catch {
      throw badUserInput(KEY_FIELD, "is not a subject access key (dateOfBirth: not a date)");
    }
  }
  // Only the canonical spelling is a key: one search, one key, one answer.
  const query = normaliseSubjectSearch(parsed.data, KEY_FIELD);
  if (subjectAccessKey(query) !== key) throw badUserInput(KEY_FIELD, "is not in the form subjectAccess gives");
  return query;
}
