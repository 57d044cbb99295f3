import { randomUUID } from "node:crypto";
import {
  addMonthsKeepingMonthEnd,
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  type Caller,
  demoAgencyId,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, postGraphQL, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * The partnership is the boundary of procurement's records: contracts, assessments and audits (with
 * their findings and actions) of one partnership are invisible in another and change none of its
 * figures, also for an agency that belongs to both (the police); suppliers and their statements are
 * shared. Writes across the boundary are refused and write nothing. Through the gateway, and against
 * the procurement subgraph itself for callers the gateway never sends (no partnership, an agency
 * that is not a member).
 */
const SANDWELL = demoPartnershipId("SANDWELL");
const TAME = demoPartnershipId("TAME");
const PARTNERSHIPS = {
  SANDWELL: { id: SANDWELL, referencePrefix: "SHOP", members: ["SMBC", "SMBC-PROC", "WMP", "ROCU", "HFJ"] },
  TAME: { id: TAME, referencePrefix: "TVASP", members: ["WMP", "ROCU", "HFJ", "TVASP-CC"] },
};
type PartnershipName = keyof typeof PARTNERSHIPS;

/** The demo's IT supplier: LOW risk in Sandwell, where it holds a £730k contract and no audit. */
const DIGITAL = "90000106";
/** The demo's food packers: audited in Sandwell, with an overdue corrective action. */
const PACKERS = "90000103";

const STATISTICS = `{
  suppliersByStatementStatus { key count } suppliersByRiskRating { key count }
  suppliersByStatusAndRisk { statementStatus riskRating count }
  contractsWithoutClause contractsWithoutCodeOfConduct highRiskWithoutAudit overdueCorrectiveActions }`;
const RECORDS = `{
  contracts(first: 100) { totalCount nodes { id reference agencyId supplier { companyNumber } } }
  audits(first: 100) { totalCount nodes { id agencyId supplier { companyNumber } findings { id actions { id } } } }
  overdueCorrectiveActions(first: 100) { totalCount nodes { id supplier { companyNumber } } }
  procurementStatistics ${STATISTICS} }`;
const SUPPLIER = `query($number: String!) { supplierByCompanyNumber(companyNumber: $number) {
  id name statementCheck { status score findings { code } }
  risk { rating points factors { factor points reason } commercialScope }
  assessments { id agencyId score } audits { id agencyId findings { severity } } } }`;
/** The commercial part of a supplier's rating (COMMERCIAL: the caller's own records, or an agreement). */
const COMMERCIAL_RISK = `query($number: String!) { supplierByCompanyNumber(companyNumber: $number) {
  risk { commercialScope commercialFactors { factor points reason } ratingWithCommercial pointsWithCommercial } } }`;
const HIGH_RISK = `{ suppliers(first: 100, filter: { riskRating: HIGH }) { nodes { companyNumber } } }`;

describe("procurement: the partnership is the boundary", () => {
  let t: TestPlatform;
  let signer: CallerContextSigner;
  let procurementUrl: string;
  /** Sandwell's procurement team, and the police's procurement officer acting in each partnership. */
  let sandwell: Client;
  let policeInSandwell: Client;
  let policeInTame: Client;
  let sandwellBefore: { records: any; digital: any; packers: any; highRisk: any };
  let tameRecords: { contractId: string; auditId: string; actionId: string };

  /**
   * A client of the procurement subgraph itself, with a caller context signed by the gateway's key:
   * the subgraph enforces the boundary on its own, whatever the gateway does.
   */
  const direct = (
    partnership: PartnershipName | null,
    agency: string,
    roles: Role[],
    members?: string[],
    grants: Caller["grants"] = {},
  ): Client => ({
    token: null,
    query: async (query, variables) => {
      const of = partnership ? PARTNERSHIPS[partnership] : null;
      const caller: Caller = {
        userId: `test:${agency.toLowerCase()}:${partnership ?? "platform"}`,
        agencyId: demoAgencyId(agency),
        sector: "POLICE",
        roles,
        grants,
        partnership: of
          ? {
              id: of.id,
              referencePrefix: of.referencePrefix,
              memberAgencyIds: (members ?? of.members).map((member) => demoAgencyId(member)),
            }
          : null,
        requestId: randomUUID(),
      };
      return postGraphQL(procurementUrl, query, variables, { [CALLER_CONTEXT_HEADER]: await signer.sign(caller) });
    },
  });
  const ok = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const result: any = await client.query(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data;
  };
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM procurement.${table}`))[0]!.n);
  const counts = async () => ({
    contracts: await count("contract"),
    assessments: await count("assessment"),
    audits: await count("audit"),
    findings: await count("audit_finding"),
    actions: await count("corrective_action"),
  });
  const sorted = (records: any) => ({
    ...records,
    contracts: { ...records.contracts, nodes: [...records.contracts.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)) },
  });

  beforeAll(async () => {
    t = await startTestPlatform();
    signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    procurementUrl = t.platform.subgraphs.find((s) => s.name === "procurement")!.url;
    sandwell = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    policeInSandwell = await t.asIn("SANDWELL", "WMP", Role.PROCUREMENT_OFFICER);
    policeInTame = await t.asIn("TAME", "WMP", Role.PROCUREMENT_OFFICER);
    sandwellBefore = {
      records: sorted(await ok(sandwell, RECORDS)),
      digital: await ok(sandwell, SUPPLIER, { number: DIGITAL }),
      packers: await ok(sandwell, SUPPLIER, { number: PACKERS }),
      highRisk: await ok(sandwell, HIGH_RISK),
    };
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("Sandwell's demo records are all Sandwell's: nine contracts, one audit, one overdue action", () => {
    const { records } = sandwellBefore;
    expect(records.contracts.totalCount).toBe(9);
    expect(records.audits.totalCount).toBe(1);
    expect(records.overdueCorrectiveActions.totalCount).toBe(1);
    expect(records.procurementStatistics.suppliersByStatusAndRisk.reduce((n: number, r: any) => n + r.count, 0)).toBe(
      9,
    );
  });

  it("in Tame, none of Sandwell's records is visible, to the police either, and its figures are empty; suppliers and their statements are shared", async () => {
    const records = await ok(policeInTame, RECORDS);
    expect(records.contracts).toEqual({ totalCount: 0, nodes: [] });
    expect(records.audits).toEqual({ totalCount: 0, nodes: [] });
    expect(records.overdueCorrectiveActions).toEqual({ totalCount: 0, nodes: [] });
    expect(records.procurementStatistics).toEqual({
      suppliersByStatementStatus: [],
      suppliersByRiskRating: [],
      suppliersByStatusAndRisk: [],
      contractsWithoutClause: 0,
      contractsWithoutCodeOfConduct: 0,
      highRiskWithoutAudit: 0,
      overdueCorrectiveActions: 0,
    });

    // A Sandwell contract's id answers null, as an unknown id does.
    const sandwellContract = sandwellBefore.records.contracts.nodes[0];
    const one = await ok(policeInTame, "query($id: ID!) { contract(id: $id) { id reference } }", {
      id: sandwellContract.id,
    });
    expect(one.contract).toBeNull();
    expect(
      (await ok(sandwell, "query($id: ID!) { contract(id: $id) { id } }", { id: sandwellContract.id })).contract,
    ).not.toBeNull();

    // The packers: the same supplier and statement check, but none of Sandwell's audit or contract in the rating.
    const packers = (await ok(policeInTame, SUPPLIER, { number: PACKERS })).supplierByCompanyNumber;
    const inSandwell = sandwellBefore.packers.supplierByCompanyNumber;
    expect(packers.id).toBe(inSandwell.id);
    expect(packers.statementCheck).toEqual(inSandwell.statementCheck);
    expect(packers.audits).toEqual([]);
    expect(packers.assessments).toEqual([]);
    // Sandwell's contract and audit are in Sandwell's commercial part of the rating (its procurement
    // team's own records), never in the public part, which is the same in both partnerships.
    const sandwellCommercial = (await ok(sandwell, COMMERCIAL_RISK, { number: PACKERS })).supplierByCompanyNumber.risk;
    expect(sandwellCommercial.commercialScope).toBe("OWN_AGENCY");
    expect(sandwellCommercial.commercialFactors.map((f: any) => f.factor)).toEqual(
      expect.arrayContaining(["AUDIT", "CONTRACT_VALUE"]),
    );
    expect(sandwellCommercial.pointsWithCommercial).toBe(inSandwell.risk.points + 3);
    expect({ ...packers.risk, commercialScope: "·" }).toEqual({ ...inSandwell.risk, commercialScope: "·" });
    // In Tame the police have no record of the packers, and no COMMERCIAL grant: nothing to show.
    expect(packers.risk.commercialScope).toBeNull();
    const refused: any = await policeInTame.query(COMMERCIAL_RISK, { number: PACKERS });
    expect(refused.data.supplierByCompanyNumber.risk.commercialFactors).toBeNull();
    expect(refused.errors[0].extensions).toMatchObject({
      code: "FORBIDDEN_BY_SHARING_AGREEMENT",
      category: "COMMERCIAL",
    });

    const suppliers = await ok(policeInTame, "{ suppliers(first: 100) { totalCount } }");
    expect(suppliers.suppliers.totalCount).toBe(
      (await ok(sandwell, "{ suppliers(first: 100) { totalCount } }")).suppliers.totalCount,
    );
  });

  it("records a contract, an assessment and an audit in Tame, counted in Tame's figures and rating only", async () => {
    const digital = sandwellBefore.digital.supplierByCompanyNumber;
    expect(digital.risk).toMatchObject({ rating: "LOW", points: 2 });
    const before = await counts();

    const contract = await ok(
      policeInTame,
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id reference agencyId } }`,
      {
        input: {
          supplierId: digital.id,
          // Sandwell's reference for its own contract with the supplier: references are per partnership.
          reference: "SMBC-2025-0106",
          department: "Digital Policing",
          category: "Body-worn cameras",
          value: 5_000_000,
          startDate: addMonthsKeepingMonthEnd(TEST_TODAY, -6),
          endDate: addMonthsKeepingMonthEnd(TEST_TODAY, 30),
          modernSlaveryClause: false,
          codeOfConduct: false,
        },
      },
    );
    expect(contract.createContract).toMatchObject({ reference: "SMBC-2025-0106", agencyId: demoAgencyId("WMP") });
    await ok(policeInTame, `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
      input: {
        supplierId: digital.id,
        assessedOn: addMonthsKeepingMonthEnd(TEST_TODAY, -5),
        score: 40,
        outcome: "UNSATISFACTORY",
      },
    });
    const audit = await ok(
      policeInTame,
      `mutation($input: RecordAuditInput!) { recordAudit(input: $input) { id findings { id actions { id overdue } } } }`,
      {
        input: {
          supplierId: digital.id,
          kind: "WORKER_INTERVIEWS",
          auditedOn: addMonthsKeepingMonthEnd(TEST_TODAY, -4),
          auditor: "WMP Procurement",
          findings: [
            {
              severity: "CRITICAL",
              description: "Assembly workers' passports held by the labour provider.",
              actions: [{ description: "Return every document", dueOn: addMonthsKeepingMonthEnd(TEST_TODAY, -1) }],
            },
          ],
        },
      },
    );
    const finding = audit.recordAudit.findings[0];
    expect(finding.actions[0].overdue).toBe(true);
    tameRecords = {
      contractId: contract.createContract.id,
      auditId: audit.recordAudit.id,
      actionId: finding.actions[0].id,
    };
    expect(await counts()).toEqual({
      contracts: before.contracts + 1,
      assessments: before.assessments + 1,
      audits: before.audits + 1,
      findings: before.findings + 1,
      actions: before.actions + 1,
    });
    const stored = await t.database.query<{ table: string; partnership_id: string }>(
      `SELECT 'contract' AS table, partnership_id FROM procurement.contract WHERE id = $1
       UNION ALL SELECT 'audit', partnership_id FROM procurement.audit WHERE id = $2`,
      [tameRecords.contractId, tameRecords.auditId],
    );
    expect(stored.map((row) => row.partnership_id)).toEqual([TAME, TAME]);

    // Tame's view: its own records and figures.
    const tame = await ok(policeInTame, RECORDS);
    expect(tame.contracts.nodes.map((n: any) => n.id)).toEqual([tameRecords.contractId]);
    expect(tame.audits.nodes.map((n: any) => n.id)).toEqual([tameRecords.auditId]);
    expect(tame.overdueCorrectiveActions.nodes.map((n: any) => n.id)).toEqual([tameRecords.actionId]);
    // The police hold no COMMERCIAL grant: Tame's figures count the supplier by its public rating.
    expect(tame.procurementStatistics).toEqual({
      suppliersByStatementStatus: [{ key: "COMPLIANT", count: 1 }],
      suppliersByRiskRating: [{ key: "LOW", count: 1 }],
      suppliersByStatusAndRisk: [{ statementStatus: "COMPLIANT", riskRating: "LOW", count: 1 }],
      contractsWithoutClause: 1,
      contractsWithoutCodeOfConduct: 1,
      highRiskWithoutAudit: 0,
      overdueCorrectiveActions: 1,
    });
    const inTame = (await ok(policeInTame, SUPPLIER, { number: DIGITAL })).supplierByCompanyNumber;
    // Tame's contract and audit are the police's own: their commercial part of the rating counts them.
    expect(inTame.risk).toMatchObject({ rating: "LOW", points: 2, commercialScope: "OWN_AGENCY" });
    expect(inTame.risk.factors.map((f: any) => f.factor)).toEqual(["COMMODITY"]);
    const tameCommercial = (await ok(policeInTame, COMMERCIAL_RISK, { number: DIGITAL })).supplierByCompanyNumber.risk;
    expect(tameCommercial).toMatchObject({ ratingWithCommercial: "HIGH", pointsWithCommercial: 7 });
    expect(tameCommercial.commercialFactors.map((f: any) => f.factor)).toEqual(["CONTRACT_VALUE", "AUDIT"]);
    expect(inTame.assessments).toHaveLength(1);
    expect(inTame.audits).toEqual([
      { id: tameRecords.auditId, agencyId: demoAgencyId("WMP"), findings: [{ severity: "CRITICAL" }] },
    ]);
    // The filter is by the public rating: a contract's value or a finding never decides what it returns.
    expect((await ok(policeInTame, HIGH_RISK)).suppliers.nodes.map((n: any) => n.companyNumber)).not.toContain(DIGITAL);
  });

  it("Sandwell's records, figures and ratings are unchanged by Tame's, and the police acting in Sandwell do not see their own Tame records", async () => {
    expect(sorted(await ok(sandwell, RECORDS))).toEqual(sandwellBefore.records);
    expect(await ok(sandwell, SUPPLIER, { number: DIGITAL })).toEqual(sandwellBefore.digital);
    expect(await ok(sandwell, SUPPLIER, { number: PACKERS })).toEqual(sandwellBefore.packers);
    expect(await ok(sandwell, HIGH_RISK)).toEqual(sandwellBefore.highRisk);
    expect((await ok(sandwell, HIGH_RISK)).suppliers.nodes.map((n: any) => n.companyNumber)).not.toContain(DIGITAL);

    const police = await ok(policeInSandwell, RECORDS);
    expect(police.contracts.nodes.map((n: any) => n.id)).not.toContain(tameRecords.contractId);
    expect(police.audits.nodes.map((n: any) => n.id)).not.toContain(tameRecords.auditId);
    expect(police.procurementStatistics).toEqual(sandwellBefore.records.procurementStatistics);
    const contract = await ok(policeInSandwell, "query($id: ID!) { contract(id: $id) { id } }", {
      id: tameRecords.contractId,
    });
    expect(contract.contract).toBeNull();
    const digital = (await ok(policeInSandwell, SUPPLIER, { number: DIGITAL })).supplierByCompanyNumber;
    expect(digital.audits).toEqual([]);
    expect(digital.assessments).toEqual([]);
  });

  it("refuses another partnership's figures with FORBIDDEN: by the root field, by the partnership, and in the subgraph's own entity resolver", async () => {
    for (const [client, other, by] of [
      [sandwell, TAME, direct("SANDWELL", "SMBC-PROC", [Role.PROCUREMENT_OFFICER])],
      [policeInTame, SANDWELL, direct("TAME", "WMP", [Role.PROCUREMENT_OFFICER])],
    ] as const) {
      const root: any = await client.query(
        `query($id: ID!) { procurementStatistics(partnershipId: $id) ${STATISTICS} }`,
        { id: other },
      );
      expect(root.data).toBeNull();
      expect(root.errors[0].extensions.code).toBe("FORBIDDEN");
      const partnership: any = await client.query(
        `query($id: ID!) { partnership(id: $id) { procurementStatistics ${STATISTICS} } }`,
        { id: other },
      );
      // Governance may answer null for another partnership; if it answers, procurement refuses.
      expect(partnership.data?.partnership?.procurementStatistics ?? null).toBeNull();
      expect(JSON.stringify(partnership.data)).not.toContain("count");
      const entity: any = await by.query(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Partnership { procurementStatistics ${STATISTICS} } } }`,
        { reps: [{ __typename: "Partnership", id: other }] },
      );
      expect(entity.errors[0].extensions.code).toBe("FORBIDDEN");
      expect(JSON.stringify(entity.data)).not.toContain("count");
    }
    const own: any = await policeInTame.query(
      `query($id: ID!) { partnership(id: $id) { procurementStatistics { contractsWithoutClause } } }`,
      { id: TAME },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.partnership.procurementStatistics.contractsWithoutClause).toBe(1);
    const sandwellOwn: any = await sandwell.query(
      `query($id: ID!) { partnership(id: $id) { procurementStatistics ${STATISTICS} } }`,
      {
        id: SANDWELL,
      },
    );
    expect(sandwellOwn.data.partnership.procurementStatistics).toEqual(sandwellBefore.records.procurementStatistics);
  });

  it("refuses to move another partnership's corrective action (NOT_FOUND), changing nothing", async () => {
    const sandwellAction = sandwellBefore.records.overdueCorrectiveActions.nodes[0].id;
    const UPDATE = `mutation($id: ID!) { updateCorrectiveAction(input: { actionId: $id, status: DONE }) { id status } }`;
    const statuses = async () =>
      (
        await t.database.query<{ id: string; status: string }>(
          "SELECT id, status FROM procurement.corrective_action WHERE id = ANY($1) ORDER BY id",
          [[sandwellAction, tameRecords.actionId]],
        )
      ).map((row) => `${row.id}:${row.status}`);
    const before = await statuses();
    for (const [client, actionId] of [
      [policeInTame, sandwellAction],
      [sandwell, tameRecords.actionId],
      [policeInSandwell, tameRecords.actionId],
    ] as const) {
      const result: any = await client.query(UPDATE, { id: actionId });
      expect(result.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", id: actionId });
    }
    expect(await statuses()).toEqual(before);
    expect(before.every((row) => !row.endsWith(":DONE"))).toBe(true);
  });

  it("refuses records by an agency that is not a member of the partnership the request acts in, writing nothing", async () => {
    const supplierId = sandwellBefore.digital.supplierByCompanyNumber.id;
    // The council's procurement team is a member of Sandwell, not of Tame.
    const outsider = direct("TAME", "SMBC-PROC", [Role.PROCUREMENT_OFFICER]);
    const before = await counts();
    const writes: Array<[string, Record<string, unknown>]> = [
      [
        `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
        {
          supplierId,
          reference: "SMBC-2026-9999",
          department: "ICT",
          category: "Laptops",
          value: 10_000,
          startDate: TEST_TODAY,
          endDate: addMonthsKeepingMonthEnd(TEST_TODAY, 12),
          modernSlaveryClause: true,
          codeOfConduct: true,
        },
      ],
      [
        `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
        { supplierId, assessedOn: TEST_TODAY, score: 90, outcome: "SATISFACTORY" },
      ],
      [
        `mutation($input: RecordAuditInput!) { recordAudit(input: $input) { id } }`,
        { supplierId, kind: "DOCUMENT_REVIEW", auditedOn: TEST_TODAY, auditor: "SMBC Procurement", findings: [] },
      ],
    ];
    for (const [mutation, input] of writes) {
      const result: any = await outsider.query(mutation, { input });
      expect(result.errors[0].extensions.code).toBe("FORBIDDEN");
    }
    expect(await counts()).toEqual(before);
  });

  it("a caller whose agreements grant COMMERCIAL gets the partnership's commercial part of the rating, and figures by it", async () => {
    const granted = direct("SANDWELL", "HFJ", [Role.CASEWORKER], undefined, { COMMERCIAL: "commercial-test" });
    const answer = await ok(
      granted,
      `query($number: String!) { supplierByCompanyNumber(companyNumber: $number) {
         risk { commercialScope commercialFactors { factor } } }
         procurementStatistics { riskIncludesCommercial } }`,
      { number: PACKERS },
    );
    // Sandwell's procurement team's contract and audit, none of them the NGO's own.
    expect(answer.supplierByCompanyNumber.risk.commercialScope).toBe("PARTNERSHIP");
    expect(answer.supplierByCompanyNumber.risk.commercialFactors.map((f: any) => f.factor).sort()).toEqual([
      "AUDIT",
      "CONTRACT_VALUE",
    ]);
    expect(answer.procurementStatistics.riskIncludesCommercial).toBe(true);
    const without = await ok(
      direct("SANDWELL", "HFJ", [Role.CASEWORKER]),
      "{ procurementStatistics { riskIncludesCommercial } }",
    );
    expect(without.procurementStatistics.riskIncludesCommercial).toBe(false);
  });

  it("refuses partnership records to a request that acts in no partnership", async () => {
    const platform = direct(null, "SMBC-PROC", [Role.PROCUREMENT_OFFICER]);
    for (const query of [
      "{ contracts(first: 1) { totalCount } }",
      "{ audits(first: 1) { totalCount } }",
      "{ overdueCorrectiveActions(first: 1) { totalCount } }",
      "{ procurementStatistics { contractsWithoutClause } }",
      `{ supplierByCompanyNumber(companyNumber: "${PACKERS}") { audits { id } } }`,
    ]) {
      const result: any = await platform.query(query);
      expect(result.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
    }
    // Suppliers and their statements are shared reference data.
    const shared = await ok(
      platform,
      `{ supplierByCompanyNumber(companyNumber: "${PACKERS}") { name statementCheck { status } } }`,
    );
    expect(shared.supplierByCompanyNumber.statementCheck.status).toBe("PARTIAL");
  });
});
