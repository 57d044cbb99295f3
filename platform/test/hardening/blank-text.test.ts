import "@partnership/cases";
import "@partnership/governance";
import "@partnership/procurement";
import "@partnership/training";
import { NOT_BLANK, validateArgument } from "@partnership/runtime";
import { validate } from "class-validator";
import { GraphQLError } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";

/**
 * Every text field of every input type that writes (all input types but the filters and the
 * subject search, which narrow what is read) refuses a value of only spaces: generated from the
 * input classes every subgraph registers, so a text field added later is held to it too.
 */

const BLANKS = ["   ", "\t", " \n "];
const READS_ONLY = (name: string) => name.endsWith("Filter") || name === "SubjectSearch";

interface TextField {
  input: string;
  target: new () => object;
  field: string;
  list: boolean;
}

function textFields(): TextField[] {
  const storage = getMetadataStorage();
  const fields: TextField[] = [];
  for (const input of storage.inputTypes) {
    if (READS_ONLY(input.name)) continue;
    for (const field of storage.fields.filter((f) => f.target === input.target)) {
      if (field.getType() !== String) continue;
      fields.push({
        input: input.name,
        target: input.target as new () => object,
        field: field.name,
        list: Boolean(field.typeOptions.array),
      });
    }
  }
  return fields;
}

const FIELDS = textFields();

describe("a text input of only spaces", () => {
  it("is looked for in every subgraph's write inputs", () => {
    const inputs = new Set(FIELDS.map((f) => f.input));
    // The concern, visit, attendance and agreement inputs at least, and some hundred text fields.
    for (const name of ["RecordConcernInput", "LocationInput", "RecordVisitInput", "AttendeeInput"])
      expect(inputs).toContain(name);
    expect(FIELDS.length).toBeGreaterThan(90);
  });

  it.each(FIELDS.map((f) => [`${f.input}.${f.field}`, f] as const))("is refused as %s", async (_name, field) => {
    for (const blank of BLANKS) {
      const input = Object.assign(new field.target(), { [field.field]: field.list ? ["ok", blank] : blank });
      const problems = (await validate(input, { forbidUnknownValues: false })).filter(
        (problem) => problem.property === field.field,
      );
      expect(problems.flatMap((problem) => Object.keys(problem.constraints ?? {}))).toContain(NOT_BLANK);
    }
  });

  it("is answered BAD_USER_INPUT naming the field, beside every other problem", async () => {
    const { LocationInput } = await import("../../../subgraphs/cases/src/inputs/case-inputs.js");
    const location = Object.assign(new LocationInput(), {
      type: "FACTORY",
      ward: "Soho",
      address: "   ",
      postcode: "not a postcode",
    });
    const refusal = await Promise.resolve()
      .then(() => validateArgument(location, undefined as never, { args: { input: location } } as never))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refusal).toBeInstanceOf(GraphQLError);
    const error = refusal as GraphQLError;
    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.extensions.fields).toEqual(
      expect.arrayContaining([
        { field: "input.address", message: "must not be blank" },
        { field: "input.postcode", message: "must be a UK postcode, e.g. B66 2AA" },
      ]),
    );
  });
});
