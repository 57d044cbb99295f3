import { readFileSync } from "node:fs";
import { demoPartnershipId, Role } from "@partnership/runtime";
import { apiSchemaOf, SUPERGRAPH_PATH } from "@partnership/schema";
import { buildSchema, type GraphQLObjectType, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../../platform/test/support/platform.js";
import { annualReportQuery } from "./annual-report.js";

const schema = buildSchema(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, "utf8")));
const query = annualReportQuery();

/** The concurrent benchmark's report: every figure of every subgraph, asked as a coordinator would. */
describe("the benchmark's annual report", () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.stop());

  it("is a valid operation of the API schema", () => {
    expect(validate(schema, parse(query))).toEqual([]);
  });

  it.each(["CaseStatistics", "TrainingStatistics", "ProcurementStatistics", "ActionPlanSummary"])(
    "asks for every figure of %s",
    (typeName) => {
      const type = schema.getType(typeName) as GraphQLObjectType;
      const expected = Object.values(type.getFields()).filter((field) =>
        field.args.every((arg) => !arg.type.toString().endsWith("!")),
      );
      expect(expected.length).toBeGreaterThan(0);
      for (const field of expected)
        expect(query, `${typeName}.${field.name}`).toMatch(new RegExp(`\\b${field.name}\\b`));
    },
  );

  it("is answered in full, without an error, to a coordinator of the partnership", async () => {
    const coordinator = await t.as("SMBC", Role.COORDINATOR);
    const answer = await coordinator.query(query, {
      id: demoPartnershipId("SANDWELL"),
      from: "2019-04-01",
      to: "2020-03-31",
    });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const partnership = answer.data!.partnership;
    expect(partnership.caseStatistics.concerns.count).toBeGreaterThan(0);
    expect(partnership.caseStatistics.concerns.previous).toEqual(
      expect.objectContaining({ count: expect.any(Number) }),
    );
    expect(partnership.trainingStatistics).not.toBeNull();
    expect(partnership.procurementStatistics).not.toBeNull();
  });
});
