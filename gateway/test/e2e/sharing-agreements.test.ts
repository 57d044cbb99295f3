import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "@partnership/runtime";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

const CREATE = `mutation Create($input: CreateSharingAgreementInput!) {
  createSharingAgreement(input: $input) { id reference status inForce parties { agency { shortName } signedAt } grants { recipientSector recipientAgency { shortName } categories } }
}`;
const SIGN = `mutation Sign($input: SignSharingAgreementInput!) { signSharingAgreement(input: $input) { status inForce version } }`;

describe("sharing agreements through the gateway", () => {
  let t: TestPlatform;
  let admin: Client;
  let agencyIds: Record<string, string>;

  const rowCounts = async () =>
    (
      await t.database.query(
        "SELECT (SELECT count(*) FROM governance.sharing_agreement)::int AS agreements, (SELECT count(*) FROM governance.agreement_party)::int AS parties, (SELECT count(*) FROM governance.agreement_grant)::int AS grants",
      )
    )[0];

  const validInput = (overrides: Record<string, unknown> = {}) => ({
    reference: `ISA-TEST-${Math.random().toString(36).slice(2, 8)}`,
    title: "Test agreement between police and an NGO",
    purpose: "Supporting potential victims identified at disruption visits.",
    lawfulBasis: "UK GDPR Art. 6(1)(e)",
    startDate: "2026-01-01",
    endDate: "2028-12-31",
    reviewDate: "2027-06-30",
    partyAgencyIds: [agencyIds.WMP, agencyIds.HFJ],
    grants: [
      { recipientAgencyId: agencyIds.HFJ, categories: ["CASE_SUMMARY", "SAFEGUARDING"] },
      { recipientSector: "POLICE", categories: ["STATISTICS"] },
    ],
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const result: any = await admin.query("{ agencies(first: 100) { nodes { id shortName } } }");
    agencyIds = Object.fromEntries(result.data.agencies.nodes.map((a: any) => [a.shortName, a.id]));
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("goes draft → active when every party signs → suspended → active again", async () => {
    const created: any = await admin.query(CREATE, { input: validInput() });
    expect(created.errors).toBeUndefined();
    const agreement = created.data.createSharingAgreement;
    expect(agreement.status).toBe("DRAFT");
    expect(agreement.parties.map((p: any) => p.agency.shortName).sort()).toEqual(["HFJ", "WMP"]);
    expect(agreement.grants).toContainEqual({
      recipientSector: null,
      recipientAgency: { shortName: "HFJ" },
      categories: ["CASE_SUMMARY", "SAFEGUARDING"],
    });

    const wmp = await t.as("WMP", Role.COORDINATOR);
    const hfj = await t.as("HFJ", Role.COORDINATOR);
    const caseworker = await t.as("WMP", Role.CASEWORKER);
    const byCaseworker: any = await caseworker.query(SIGN, {
      input: { agreementId: agreement.id, agencyId: agencyIds.WMP, signedBy: "DC M. Oyelaran" },
    });
    expect(byCaseworker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const first: any = await wmp.query(SIGN, {
      input: { agreementId: agreement.id, agencyId: agencyIds.WMP, signedBy: "Inspector D. Whitlock" },
    });
    expect(first.data.signSharingAgreement.status).toBe("DRAFT");
    const again: any = await wmp.query(SIGN, {
      input: { agreementId: agreement.id, agencyId: agencyIds.WMP, signedBy: "Inspector D. Whitlock" },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.agencyId" });
    const outsider: any = await (
      await t.as("GLAA", Role.COORDINATOR)
    ).query(SIGN, {
      input: { agreementId: agreement.id, agencyId: agencyIds.GLAA, signedBy: "Someone Else" },
    });
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.agencyId" });
    const forSomeoneElse: any = await wmp.query(SIGN, {
      input: { agreementId: agreement.id, agencyId: agencyIds.HFJ, signedBy: "Inspector D. Whitlock" },
    });
    expect(forSomeoneElse.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const last: any = await hfj.query(SIGN, {
      input: { agreementId: agreement.id, agencyId: agencyIds.HFJ, signedBy: "B. Morley, Regional Manager" },
    });
    expect(last.data.signSharingAgreement).toMatchObject({ status: "ACTIVE", inForce: true });

    const suspended: any = await admin.query(
      "mutation($input: SuspendSharingAgreementInput!) { suspendSharingAgreement(input: $input) { status inForce suspendedReason } }",
      { input: { agreementId: agreement.id, reason: "Data breach under investigation" } },
    );
    expect(suspended.data.suspendSharingAgreement).toEqual({
      status: "SUSPENDED",
      inForce: false,
      suspendedReason: "Data breach under investigation",
    });
    const reactivated: any = await admin.query(
      "mutation($input: ReactivateSharingAgreementInput!) { reactivateSharingAgreement(input: $input) { status inForce suspendedReason } }",
      { input: { agreementId: agreement.id } },
    );
    expect(reactivated.data.reactivateSharingAgreement).toEqual({
      status: "ACTIVE",
      inForce: true,
      suspendedReason: null,
    });
  });

  it("lists agreements by status and by party", async () => {
    const result: any = await admin.query(
      `query($agency: ID!) { expired: sharingAgreements(filter: { status: EXPIRED }) { nodes { reference } }
        proc: sharingAgreements(filter: { partyAgencyId: $agency }) { nodes { reference } } }`,
      { agency: agencyIds["SMBC-PROC"] },
    );
    expect(result.data.expired.nodes).toEqual([{ reference: "ISA-PILOT-2017-00" }]);
    expect(result.data.proc.nodes).toEqual([{ reference: "ISA-PROC-2023-04" }]);
  });

  describe("bad input is refused, naming the field, and writes nothing", () => {
    const cases: Array<[string, () => Record<string, unknown>, string]> = [
      [
        "an end date before the start date",
        () => validInput({ startDate: "2027-01-01", endDate: "2026-12-31", reviewDate: null }),
        "input.endDate",
      ],
      ["a review date outside the agreement", () => validInput({ reviewDate: "2030-01-01" }), "input.reviewDate"],
      [
        "an unknown party agency",
        () => validInput({ partyAgencyIds: [agencyIds.WMP, "6f1c2d3e-0000-4000-8000-000000000000"] }),
        "input.partyAgencyIds[1]",
      ],
      [
        "an id that is not an agency id",
        () => validInput({ partyAgencyIds: [agencyIds.WMP, "HFJ"] }),
        "input.partyAgencyIds",
      ],
      [
        "the same party twice",
        () => validInput({ partyAgencyIds: [agencyIds.WMP, agencyIds.WMP] }),
        "input.partyAgencyIds[1]",
      ],
      [
        "an unknown grant recipient",
        () =>
          validInput({
            grants: [{ recipientAgencyId: "6f1c2d3e-0000-4000-8000-000000000001", categories: ["HEALTH"] }],
          }),
        "input.grants[0].recipientAgencyId",
      ],
      [
        "a grant naming both an agency and a sector",
        () =>
          validInput({
            grants: [{ recipientAgencyId: agencyIds.HFJ, recipientSector: "NGO", categories: ["HEALTH"] }],
          }),
        "input.grants[0]",
      ],
      [
        "a grant of no category",
        () => validInput({ grants: [{ recipientSector: "NGO", categories: [] }] }),
        "input.grants[0].categories",
      ],
      ["a reference already in use", () => validInput({ reference: "ISA-SHOP-2019-01" }), "input.reference"],
    ];
    for (const [name, input, field] of cases) {
      it(name, async () => {
        const before = await rowCounts();
        const result = await admin.query(CREATE, { input: input() });
        expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(result.errors?.[0]?.extensions?.field).toBe(field);
        expect(result.errors?.[0]?.message).toContain(field);
        expect(await rowCounts()).toEqual(before);
      });
    }

    it("an unknown data category", async () => {
      const before = await rowCounts();
      const result = await admin.query(CREATE, {
        input: validInput({ grants: [{ recipientSector: "NGO", categories: ["EVERYTHING"] }] }),
      });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toContain("input.grants[0].categories[0]");
      expect(result.errors?.[0]?.message).toContain("DataCategory");
      expect(await rowCounts()).toEqual(before);
    });
  });
});
