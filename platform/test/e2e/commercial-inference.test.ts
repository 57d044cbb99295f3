import { demoAgencyId, demoPartnershipId, Role } from "@partnership/runtime";
import {
  buildClientSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getIntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * Contract values and audit findings are COMMERCIAL: a caller whose agency holds no COMMERCIAL grant
 * and does not own the records learns nothing derived from them from any public field. Two suppliers
 * identical but for a contract's value and an audit finding's severity and text must give such a
 * caller identical answers, field for field, for every field the schema lets it select (generated
 * from the gateway's schema, not listed by hand); and recording those commercial differences must
 * move no public figure, filter or list.
 */

const SANDWELL = demoPartnershipId("SANDWELL");

/** What differs between two records by construction, not by their commercial data. */
const IDENTITY_FIELDS = new Set([
  "id",
  "auditId",
  "findingId",
  "supplierId",
  "createdAt",
  "companyNumber",
  "reference",
  "name",
]);

/** The arguments a field is selected with: none unless required (a page size where one is asked for). */
function argumentsOf(field: GraphQLField<unknown, unknown>): string | null {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  if (required.length > 0) return null;
  return field.args.some((arg) => arg.name === "first") ? "(first: 50)" : "";
}

/** Every field reachable from `type` without required arguments, no type twice on one path. */
function selection(schema: GraphQLSchema, type: GraphQLObjectType, depth: number, path: string[]): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.name.startsWith("_")) continue;
    const args = argumentsOf(field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (isObjectType(named) && depth > 0 && !path.includes(named.name)) {
      const inner = selection(schema, named, depth - 1, [...path, named.name]);
      if (inner) parts.push(`${field.name}${args} { ${inner} }`);
    }
  }
  return parts.join(" ");
}

/** The answer with what differs by construction (ids, names, references, timestamps) blanked. */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, IDENTITY_FIELDS.has(key) ? "·" : normalised(inner)]),
    );
  return value;
}

describe("no public field reveals COMMERCIAL data (contract values, audit findings)", () => {
  let t: TestPlatform;
  let officer: Client;
  let schema: GraphQLSchema;
  /** Callers whose agencies hold no COMMERCIAL grant and own none of the twins' records. */
  let outsiders: Array<[string, Client]>;
  const twins = { high: "", low: "" };
  const NAME = "Twin Cleaning Services Ltd";

  const ok = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const result: any = await client.query(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data;
  };
  const createTwin = async (companyNumber: string) =>
    (
      await ok(officer, `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`, {
        input: {
          name: NAME,
          companyNumber,
          sector: "CLEANING",
          turnoverBand: "UNDER_36M",
          financialYearEnd: "03-31",
          workforceTraits: ["AGENCY_LABOUR"],
          location: "UK",
          commodities: [],
        },
      })
    ).createSupplier.id as string;
  const contract = (supplierId: string, reference: string, value: number) =>
    ok(officer, `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`, {
      input: {
        supplierId,
        reference,
        department: "Neighbourhoods",
        category: "Office cleaning",
        value,
        startDate: "2026-04-01",
        endDate: "2027-03-31",
        modernSlaveryClause: true,
        codeOfConduct: true,
      },
    });
  const audit = (supplierId: string, severity: string, finding: string, action: string) =>
    ok(officer, `mutation($input: RecordAuditInput!) { recordAudit(input: $input) { id } }`, {
      input: {
        supplierId,
        kind: "SITE_VISIT",
        auditedOn: "2026-11-02",
        auditor: "SMBC Procurement",
        findings: [{ severity, description: finding, actions: [{ description: action, dueOn: "2027-02-01" }] }],
      },
    });
  const assessment = (supplierId: string, notes: string) =>
    ok(officer, `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
      input: { supplierId, assessedOn: "2026-10-01", score: 60, outcome: "NEEDS_IMPROVEMENT", notes },
    });
  /** Every public answer a caller gets that is not about one supplier: figures, and lists by every filter value. */
  const partnershipView = async (client: Client) => {
    const statistics = await ok(
      client,
      `query($p: ID!) { procurementStatistics { ${selection(schema, schema.getType("ProcurementStatistics") as GraphQLObjectType, 2, [])} }
         partnership(id: $p) { procurementStatistics { highRiskWithoutAudit suppliersByRiskRating { key count } } } }`,
      { p: SANDWELL },
    );
    const lists: Record<string, unknown> = {};
    for (const rating of ["LOW", "MEDIUM", "HIGH"]) {
      const list = await ok(
        client,
        `query($f: SupplierFilter) { suppliers(first: 100, filter: $f) { totalCount nodes { id } } }`,
        { f: { riskRating: rating } },
      );
      lists[rating] = list.suppliers;
    }
    const overdue = await ok(client, "{ overdueCorrectiveActions(first: 100) { totalCount nodes { id } } }");
    return { statistics, lists, overdue };
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    officer = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    outsiders = [
      ["HFJ caseworker", await t.as("HFJ", Role.CASEWORKER)],
      ["WMP coordinator", await t.as("WMP", Role.COORDINATOR)],
      ["SMBC partnership admin", await t.as("SMBC", Role.PARTNERSHIP_ADMIN)],
    ];
    const introspection: any = await officer.query(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("twins differing only in a contract's value and an audit finding answer every public field identically; figures and filters do not move", async () => {
    twins.high = await createTwin("77000001");
    twins.low = await createTwin("77000002");
    // Both are the partnership's suppliers (a contract each), alike in every public respect.
    await contract(twins.high, "TWIN-1", 40_000);
    await contract(twins.low, "TWIN-2", 40_000);
    const before = await Promise.all(outsiders.map(([, client]) => partnershipView(client)));

    // Now the commercial difference: a £2m contract and an open critical finding for one twin, a
    // low-severity finding (which adds no risk) for the other; the actions differ only in their text.
    await contract(twins.high, "TWIN-3", 2_000_000);
    await audit(twins.high, "CRITICAL", "Workers' passports held by the labour provider", "Return every passport");
    await audit(twins.low, "LOW", "Rota not displayed in the staff room", "Display the rota");
    await assessment(twins.high, "Answers suggest workers pay recruitment fees");
    await assessment(twins.low, "Answers complete");

    const supplierSelection = selection(schema, schema.getType("Supplier") as GraphQLObjectType, 5, ["Supplier"]);
    expect(supplierSelection).toContain("risk {");
    expect(supplierSelection).toContain("audits");
    for (const [index, [who, client]] of outsiders.entries()) {
      const answer = async (id: string) => {
        const result: any = await client.query(`query($id: ID!) { supplier(id: $id) { ${supplierSelection} } }`, {
          id,
        });
        expect(result.data?.supplier, `${who}: ${JSON.stringify(result.errors)}`).toBeTruthy();
        // Refusals in path order: the order they are raised in is the resolvers' timing, not data.
        const errors = (result.errors ?? [])
          .map((e: any) => ({ path: e.path, code: e.extensions?.code }))
          .sort((a: any, b: any) => (JSON.stringify(a.path) < JSON.stringify(b.path) ? -1 : 1));
        return normalised({ data: result.data, errors });
      };
      expect(await answer(twins.high), who).toEqual(await answer(twins.low));
      expect(await partnershipView(client), who).toEqual(before[index]);
    }
  });

  it("the commercial part of the rating is COMMERCIAL: the contracting and auditing agency sees its own, others are refused", async () => {
    const RISK = `query($id: ID!) { supplier(id: $id) {
      risk { rating points factors { factor } commercialScope commercialFactors { factor points reason } ratingWithCommercial pointsWithCommercial }
      audits { findings { severity description actions { description } } } assessments { score notes } } }`;
    const own: any = await officer.query(RISK, { id: twins.high });
    expect(own.errors).toBeUndefined();
    expect(own.data.supplier.risk).toEqual({
      rating: "MEDIUM",
      points: 4,
      factors: [{ factor: "SECTOR" }, { factor: "WORKFORCE" }],
      commercialScope: "OWN_AGENCY",
      commercialFactors: [
        { factor: "CONTRACT_VALUE", points: 1, reason: "holds a contract worth £1m or more" },
        { factor: "AUDIT", points: 4, reason: "1 open critical audit finding" },
      ],
      ratingWithCommercial: "HIGH",
      pointsWithCommercial: 9,
    });
    expect(own.data.supplier.audits[0].findings[0].actions[0].description).toBe("Return every passport");
    expect(own.data.supplier.assessments).toEqual([
      { score: 60, notes: "Answers suggest workers pay recruitment fees" },
    ]);

    for (const [who, client] of outsiders) {
      const other: any = await client.query(RISK, { id: twins.high });
      expect(other.data.supplier.risk, who).toEqual({
        rating: "MEDIUM",
        points: 4,
        factors: [{ factor: "SECTOR" }, { factor: "WORKFORCE" }],
        commercialScope: null,
        commercialFactors: null,
        ratingWithCommercial: null,
        pointsWithCommercial: null,
      });
      expect(other.data.supplier.audits[0].findings[0]).toEqual({
        severity: null,
        description: null,
        actions: [{ description: null }],
      });
      expect(other.data.supplier.assessments, who).toEqual([{ score: 60, notes: null }]);
      const refused = new Set(
        other.errors.map((e: any) => `${e.path.at(-1)}:${e.extensions.code}:${e.extensions.category}`),
      );
      expect([...refused].sort(), who).toEqual(
        ["commercialFactors", "ratingWithCommercial", "pointsWithCommercial", "severity", "description", "notes"]
          .map((field) => `${field}:FORBIDDEN_BY_SHARING_AGREEMENT:COMMERCIAL`)
          .sort(),
      );
    }
  });

  it("a refusal names nothing of a record the caller may not see (training: another agency's delegate)", async () => {
    const council = await t.as("SMBC", Role.TRAINING_ADMIN);
    const [police] = await t.database.query<{ email: string; name: string; agency_id: string }>(
      "SELECT email, name, agency_id FROM training.delegate WHERE partnership_id = $1 AND agency_id = $2 ORDER BY email LIMIT 1",
      [SANDWELL, demoAgencyId("WMP")],
    );
    const courses: any = await council.query("{ courses(first: 1) { nodes { id } } }");
    const courseId = courses.data.courses.nodes[0].id;
    const scheduled = await ok(
      council,
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      {
        input: {
          courseId,
          startsAt: `${TEST_TODAY.slice(0, 4)}-03-02T10:00:00Z`,
          venue: "Oldbury",
          trainer: "H. Marsh",
          capacity: 5,
        },
      },
    );
    const said: string[] = [];
    for (const agencyId of [demoAgencyId("SMBC"), police!.agency_id]) {
      const result: any = await council.query(
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        {
          input: {
            sessionId: scheduled.scheduleSession.id,
            attendees: [{ name: "Someone Else", email: police!.email, agencyId, status: "COMPLETED" }],
          },
        },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      said.push(result.errors[0].message);
      const imported: any = await council.query(
        `mutation($input: ImportCompletionsInput!) { importCompletions(input: $input) { rows { outcome reason } } }`,
        {
          input: {
            courseId,
            csv: `email,name,agency_id,job_title,completed_on\n${police!.email},Someone Else,${agencyId},Officer,2026-01-10`,
            acceptValidRowsOnly: true,
          },
        },
      );
      expect(imported.data.importCompletions.rows[0].outcome).toBe("REJECTED");
      said.push(imported.data.importCompletions.rows[0].reason);
    }
    for (const message of said) {
      expect(message).not.toContain(police!.agency_id);
      expect(message).not.toContain(police!.name);
    }
  });
});
