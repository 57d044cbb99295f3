import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/** The demo's cleaning contractor: no casework about its premises in the demo year. */
const CLEANER = "90000104";

/** The procurement team's one question, across two subgraphs: the statement check (procurement) and the casework's signals (cases). */
const CHECK = `query($number: String!) { supplierByCompanyNumber(companyNumber: $number) {
  name
  statementCheck { status findings { reason } }
  intelligenceSignals { concerns visits interventions lastConcernOn }
  risk { rating includesIntelligence factors { factor } }
  riskIncludingIntelligence { rating points includesIntelligence factors { factor reason } }
} }`;

describe("a supplier's statement check with the intelligence signals at its premises (procurement + cases)", () => {
  let t: TestPlatform;
  let procurement: Client;
  let admin: Client;
  let agreementId: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    procurement = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const agreements: any = await admin.query("{ sharingAgreements(first: 50) { nodes { id reference } } }");
    agreementId = agreements.data.sharingAgreements.nodes.find((a: any) => a.reference === "ISA-PROC-2023-04").id;

    // The police record a concern and a visit at the cleaning contractor's depot.
    const police = await t.as("WMP", Role.CASEWORKER);
    const areas: any = await police.query(`{ areas(first: 20) { nodes { id name } } }`);
    const concern: any = await police.query(
      `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id } }`,
      {
        input: {
          receivedOn: "2025-03-03",
          source: "HELPLINE",
          exploitationTypes: ["LABOUR"],
          participatingAgencyIds: [],
          location: {
            type: "WAREHOUSE",
            areaId: areas.data.areas.nodes.find((area: any) => area.name === "Oldbury").id,
            ward: "Oldbury",
            address: "Unit 4, Rood End Road",
            postcode: "B68 8SQ",
            businessName: "Oldbury Office Cleaning Group depot",
            companyNumber: CLEANER,
          },
        },
      },
    );
    expect(concern.errors).toBeUndefined();
    const visit: any = await police.query(
      `mutation($id: ID!, $input: RecordVisitInput!) { recordVisit(concernId: $id, input: $input) { id } }`,
      {
        id: concern.data.recordConcern.id,
        input: {
          visitedOn: "2025-03-20",
          agencyIds: [demoAgencyId("WMP")],
          interventions: [{ agencyId: demoAgencyId("WMP"), type: "SAFEGUARDING_REFERRAL" }],
        },
      },
    );
    expect(visit.errors).toBeUndefined();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("a procurement officer whose agreement grants SUPPLIER_RISK gets the check and the signals in one query, and a rating that counts them", async () => {
    const result = await procurement.query<any>(CHECK, { number: CLEANER });
    expect(result.errors).toBeUndefined();
    const supplier = result.data!.supplierByCompanyNumber;
    expect(supplier.statementCheck.status).toEqual(expect.any(String));
    expect(supplier.intelligenceSignals).toEqual({
      concerns: 1,
      visits: 1,
      interventions: 1,
      lastConcernOn: "2025-03-03",
    });
    expect(supplier.risk.includesIntelligence).toBe(false);
    expect(supplier.riskIncludingIntelligence.includesIntelligence).toBe(true);
    expect(supplier.riskIncludingIntelligence.factors).toContainEqual({
      factor: "INTELLIGENCE",
      reason:
        "casework links its premises to 1 concern of modern slavery, 1 disruption visit and 1 intervention (latest concern received 2025-03-03)",
    });
    const without = supplier.risk.factors.length;
    expect(supplier.riskIncludingIntelligence.factors).toHaveLength(without + 1);
  });

  it("with the agreement suspended, the same officer gets the check but not the signals: denied with the category, and the rating without them", async () => {
    const suspended = await admin.query(
      'mutation($id: ID!) { suspendSharingAgreement(input: { agreementId: $id, reason: "Review of supplier risk sharing" }) { status } }',
      { id: agreementId },
    );
    expect(suspended.errors).toBeUndefined();
    try {
      const result = await procurement.query<any>(CHECK, { number: CLEANER });
      const supplier = result.data!.supplierByCompanyNumber;
      expect(supplier.statementCheck.status).toEqual(expect.any(String));
      expect(supplier.intelligenceSignals).toBeNull();
      expect(supplier.riskIncludingIntelligence.includesIntelligence).toBe(false);
      expect(supplier.riskIncludingIntelligence.factors.map((f: any) => f.factor)).not.toContain("INTELLIGENCE");
      expect(result.errors).toContainEqual(
        expect.objectContaining({
          path: ["supplierByCompanyNumber", "intelligenceSignals"],
          extensions: expect.objectContaining({ code: "FORBIDDEN_BY_SHARING_AGREEMENT", category: "SUPPLIER_RISK" }),
        }),
      );
    } finally {
      await admin.query("mutation($id: ID!) { reactivateSharingAgreement(input: { agreementId: $id }) { status } }", {
        id: agreementId,
      });
    }
    const restored = await procurement.query<any>(CHECK, { number: CLEANER });
    expect(restored.data!.supplierByCompanyNumber.intelligenceSignals.concerns).toBe(1);
  });

  it("a partner without SUPPLIER_RISK (the police) never sees the signals, however it asks", async () => {
    const police = await t.as("WMP", Role.CASEWORKER);
    const result = await police.query<any>(CHECK, { number: CLEANER });
    expect(result.data!.supplierByCompanyNumber.intelligenceSignals).toBeNull();
    expect(result.data!.supplierByCompanyNumber.riskIncludingIntelligence.includesIntelligence).toBe(false);
  });
});
