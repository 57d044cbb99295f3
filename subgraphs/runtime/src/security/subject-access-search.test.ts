import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { normaliseSubjectSearch, parseSubjectAccessKey, subjectAccessKey } from "./subject-access-search.js";

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  throw new Error("expected a refusal");
};

describe("a subject access search and its key", () => {
  it("is one spelling however it was typed: trimmed, names and emails lower case, references upper case, keys sorted", () => {
    const query = normaliseSubjectSearch({
      reference: " shop-2020-0040 ",
      name: "  Ana   POPESCU ",
      email: " Ana.Popescu@Example.org",
      dateOfBirth: "1990-01-31",
    });
    expect(query).toEqual({
      name: "ana popescu",
      email: "ana.popescu@example.org",
      reference: "SHOP-2020-0040",
      dateOfBirth: "1990-01-31",
    });
    const key = subjectAccessKey(query);
    expect(key).toBe(
      '{"dateOfBirth":"1990-01-31","email":"ana.popescu@example.org","name":"ana popescu","reference":"SHOP-2020-0040"}',
    );
    expect(parseSubjectAccessKey(key)).toEqual(query);
  });

  it("refuses an empty search, and conditions empty once trimmed, naming the field", () => {
    expect(fieldOf(() => normaliseSubjectSearch({}))).toMatchObject({ code: "BAD_USER_INPUT", field: "search" });
    expect(fieldOf(() => normaliseSubjectSearch({ name: " a " }))).toMatchObject({ field: "search.name" });
    expect(fieldOf(() => normaliseSubjectSearch({ email: "no-at-sign" }))).toMatchObject({ field: "search.email" });
    expect(fieldOf(() => normaliseSubjectSearch({ reference: "   " }))).toMatchObject({ field: "search.reference" });
  });

  it("takes back only keys it gave: not another spelling, not unknown conditions, not a date that is none", () => {
    for (const key of [
      '{"name":"Ana"}',
      '{"reference":"SHOP-1","name":"ana"}',
      '{"name":"ana","agencyId":"x"}',
      '{"dateOfBirth":"1990-02-30"}',
      "{}",
      "not json",
      42,
    ])
      expect(
        fieldOf(() => parseSubjectAccessKey(key)),
        String(key),
      ).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "SubjectAccess.query",
      });
  });
});
