import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORY_CONTROLLERS } from "@partnership/governance";
import { DEMO_AGENCIES } from "@partnership/governance/seed";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  demoAgencyId,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { buildSchema, type GraphQLEnumType } from "graphql";
import { type Client, postGraphQL, startTestPlatform, type TestPlatform } from "../support/platform.js";

const CREATE = `mutation Create($input: CreateSharingAgreementInput!) {
  createSharingAgreement(input: $input) { id reference status inForce parties { agency { shortName } signedAt } grants { recipientSector recipientAgency { shortName } categories } }
}`;
const SIGN = `mutation Sign($input: SignSharingAgreementInput!) { signSharingAgreement(input: $input) { status inForce version } }`;

describe("sharing agreements through the gateway", () => {
  let t: TestPlatform;
  let admin: Client;
  let agencyIds: Record<string, string>;
  let sectors: Record<string, string>;

  const rowCounts = async () =>
    (
      await t.database.query(
        "SELECT (SELECT count(*) FROM governance.sharing_agreement)::int AS agreements, (SELECT count(*) FROM governance.agreement_party)::int AS parties, (SELECT count(*) FROM governance.agreement_grant)::int AS grants, (SELECT count(*) FROM governance.agreement_retention)::int AS retention",
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
    const result: any = await admin.query("{ agencies(first: 100) { nodes { id shortName sector } } }");
    agencyIds = Object.fromEntries(result.data.agencies.nodes.map((a: any) => [a.shortName, a.id]));
    sectors = Object.fromEntries(result.data.agencies.nodes.map((a: any) => [a.shortName, a.sector]));
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
    // The partnership's administrator is no party here: re-activating takes a recorded reason.
    const REACTIVATE =
      "mutation($input: ReactivateSharingAgreementInput!) { reactivateSharingAgreement(input: $input) { status inForce suspendedReason history { action agency { shortName } reason actingAs } } }";
    const unexplained: any = await admin.query(REACTIVATE, { input: { agreementId: agreement.id } });
    expect(unexplained.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const reactivated: any = await admin.query(REACTIVATE, {
      input: { agreementId: agreement.id, reason: "Breach investigated and closed by the DPO" },
    });
    expect(reactivated.data.reactivateSharingAgreement).toMatchObject({
      status: "ACTIVE",
      inForce: true,
      suspendedReason: null,
    });
    expect(reactivated.data.reactivateSharingAgreement.history).toEqual([
      { action: "CREATED", agency: { shortName: "SMBC" }, reason: null, actingAs: "PARTNERSHIP_ADMINISTRATOR" },
      { action: "SIGNED", agency: { shortName: "WMP" }, reason: null, actingAs: "PARTY" },
      { action: "SIGNED", agency: { shortName: "HFJ" }, reason: null, actingAs: "PARTY" },
      {
        action: "SUSPENDED",
        agency: { shortName: "SMBC" },
        reason: "Data breach under investigation",
        actingAs: "PARTNERSHIP_ADMINISTRATOR",
      },
      {
        action: "REACTIVATED",
        agency: { shortName: "SMBC" },
        reason: "Breach investigated and closed by the DPO",
        actingAs: "PARTNERSHIP_ADMINISTRATOR",
      },
    ]);
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
  describe("consent: only a controller grants, every recipient is a signing party", () => {
    const SUSPEND =
      "mutation($input: SuspendSharingAgreementInput!) { suspendSharingAgreement(input: $input) { status suspendedReason history { action agency { shortName } reason actingAs } } }";
    const REACTIVATE =
      "mutation($input: ReactivateSharingAgreementInput!) { reactivateSharingAgreement(input: $input) { status history { action agency { shortName } reason actingAs } } }";
    const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"));
    const enumValues = (name: string) => (supergraph.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

    /** The categories governance grants an agency in a partnership today: what the gateway would sign. */
    const grantsOf = async (shortName: string, partnership = "SANDWELL") => {
      const governanceUrl = t.platform.subgraphs.find((s) => s.name === "governance")!.url;
      const system = await (
        await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk)
      ).sign({
        userId: "gateway",
        agencyId: demoAgencyId(shortName),
        sector: "SYSTEM",
        roles: [Role.SYSTEM],
        grants: {},
        partnership: null,
        requestId: "consent-test",
      });
      const result = await postGraphQL<any>(
        governanceUrl,
        `query($id: ID!, $partnership: ID) { callerProfile(agencyId: $id, userId: "someone", partnershipId: $partnership) { grants { category } } }`,
        { id: demoAgencyId(shortName), partnership: demoPartnershipId(partnership) },
        { [CALLER_CONTEXT_HEADER]: system },
      );
      expect(result.errors).toBeUndefined();
      return new Set<string>(result.data.callerProfile.grants.map((g: any) => g.category));
    };

    const signAll = async (agreementId: string, parties: string[]) => {
      for (const party of parties) {
        const signed: any = await (
          await t.as(party, Role.COORDINATOR)
        ).query(SIGN, { input: { agreementId, agencyId: agencyIds[party], signedBy: `Lead, ${party}` } });
        expect(signed.errors).toBeUndefined();
      }
    };

    const refused = async (input: Record<string, unknown>, field: string, mentions: string[] = []) => {
      const before = await rowCounts();
      const result = await admin.query(CREATE, { input: validInput(input) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      for (const word of mentions) expect(result.errors?.[0]?.message).toContain(word);
      expect(await rowCounts()).toEqual(before);
    };

    it("the table names controllers for every category of the schema, and police intelligence and offenders are the police's alone", () => {
      expect(Object.keys(CATEGORY_CONTROLLERS).sort()).toEqual(enumValues("DataCategory").sort());
      const sectorNames = enumValues("AgencySector");
      for (const controllers of Object.values(CATEGORY_CONTROLLERS)) {
        expect(controllers.length).toBeGreaterThan(0);
        for (const sector of controllers) expect(sectorNames).toContain(sector);
      }
      expect(CATEGORY_CONTROLLERS.POLICE_INTELLIGENCE).toEqual(["POLICE"]);
      expect(CATEGORY_CONTROLLERS.OFFENDER_IDENTITY).toEqual(["POLICE"]);
    });

    it("the issue's case: council and children's trust granting police intelligence and personnel to NGOs is refused", async () => {
      await refused(
        {
          partyAgencyIds: [agencyIds.SMBC, agencyIds.SCT, agencyIds.HFJ],
          grants: [{ recipientSector: "NGO", categories: ["PERSONNEL", "POLICE_INTELLIGENCE"] }],
        },
        "input.grants[0].categories[1]",
        ["POLICE_INTELLIGENCE", "POLICE"],
      );
    });

    describe("every category is granted only when a party controls it", () => {
      for (const category of Object.keys(CATEGORY_CONTROLLERS) as Array<keyof typeof CATEGORY_CONTROLLERS>) {
        it(category, async () => {
          const controllers: readonly string[] = CATEGORY_CONTROLLERS[category];
          const shortNames = DEMO_AGENCIES.map((a) => a.shortName);
          const controller = shortNames.find((a) => controllers.includes(sectors[a]!))!;
          const others = shortNames.filter((a) => !controllers.includes(sectors[a]!));
          if (others.length >= 2) {
            // No party controls it: refused, naming the category, and nothing is written.
            await refused(
              {
                partyAgencyIds: [agencyIds[others[0]!], agencyIds[others[1]!]],
                grants: [{ recipientAgencyId: agencyIds[others[1]!], categories: ["STATISTICS", category] }],
              },
              "input.grants[0].categories[1]",
              [category],
            );
          }
          // With a controlling party it is drawn up (as a draft: nothing is granted until all sign).
          const recipient = shortNames.find((a) => a !== controller)!;
          const created: any = await admin.query(CREATE, {
            input: validInput({
              partyAgencyIds: [agencyIds[controller], agencyIds[recipient]],
              grants: [{ recipientAgencyId: agencyIds[recipient], categories: [category] }],
            }),
          });
          expect(created.errors).toBeUndefined();
          expect(created.data.createSharingAgreement.status).toBe("DRAFT");
        });
      }
    });

    it("a recipient agency must be a party", async () => {
      await refused(
        {
          partyAgencyIds: [agencyIds.WMP, agencyIds.HFJ],
          grants: [{ recipientAgencyId: agencyIds.BCWA, categories: ["CASE_SUMMARY"] }],
        },
        "input.grants[0].recipientAgencyId",
      );
    });

    it("a recipient sector must have a party of that sector", async () => {
      await refused(
        {
          partyAgencyIds: [agencyIds.SMBC, agencyIds.SCT],
          grants: [{ recipientSector: "NGO", categories: ["CASE_SUMMARY"] }],
        },
        "input.grants[0].recipientSector",
      );
    });

    it("a sector grant reaches only the agreement's parties of that sector, never the sector's other members", async () => {
      const created: any = await admin.query(CREATE, {
        input: validInput({
          partyAgencyIds: [agencyIds.WMP, agencyIds.HFJ],
          grants: [{ recipientSector: "NGO", categories: ["LOCATION_ADDRESS"] }],
        }),
      });
      expect(created.errors).toBeUndefined();
      await signAll(created.data.createSharingAgreement.id, ["WMP", "HFJ"]);
      expect(await grantsOf("HFJ")).toContain("LOCATION_ADDRESS");
      for (const ngo of ["BCWA", "BRC", "SALV"]) {
        expect(sectors[ngo]).toBe("NGO");
        expect(await grantsOf(ngo)).not.toContain("LOCATION_ADDRESS");
      }
    });

    it("an agency joining the partnership receives nothing from the agreements of its sector it is no party to", async () => {
      expect(await grantsOf("TVRC", "TAME")).toContain("SAFEGUARDING");
      const joined: any = await admin.query(
        "mutation($input: AddPartnershipMemberInput!) { addPartnershipMember(input: $input) { role } }",
        { input: { agencyId: agencyIds.TVRC, role: "MEMBER" } },
      );
      expect(joined.errors).toBeUndefined();
      expect([...(await grantsOf("TVRC"))]).toEqual([]);
    });

    it("suspension and re-activation: by a party, or by the partnership's administrator with a recorded reason; never by another agency", async () => {
      const { id: agreementId } = (
        await admin.query("{ sharingAgreements(first: 50) { nodes { id reference } } }")
      ).data!.sharingAgreements.nodes.find((a: any) => a.reference === "ISA-VSP-2019-02");
      const status = async () =>
        (await t.database.query("SELECT state FROM governance.sharing_agreement WHERE id = $1", [agreementId]))[0]
          .state;
      // GLAA's administrator and a utility's coordinator are no party to the victim support pathway.
      for (const outsider of [await t.as("GLAA", Role.PARTNERSHIP_ADMIN), await t.as("WPD", Role.COORDINATOR)]) {
        const result = await outsider.query(SUSPEND, { input: { agreementId, reason: "We want it stopped" } });
        expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(await status()).toBe("ACTIVE");
      }
      const ngo = await t.as("HFJ", Role.COORDINATOR);
      const suspended: any = await ngo.query(SUSPEND, {
        input: { agreementId, reason: "A disclosure went to the wrong caseworker" },
      });
      expect(suspended.errors).toBeUndefined();
      expect(suspended.data.suspendSharingAgreement.history.at(-1)).toEqual({
        action: "SUSPENDED",
        agency: { shortName: "HFJ" },
        reason: "A disclosure went to the wrong caseworker",
        actingAs: "PARTY",
      });
      const outsiderBack = await (
        await t.as("GLAA", Role.PARTNERSHIP_ADMIN)
      ).query(REACTIVATE, { input: { agreementId, reason: "Looks fine to us" } });
      expect(outsiderBack.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await status()).toBe("SUSPENDED");
      const back: any = await ngo.query(REACTIVATE, { input: { agreementId } });
      expect(back.errors).toBeUndefined();
      expect(back.data.reactivateSharingAgreement.status).toBe("ACTIVE");
      expect(back.data.reactivateSharingAgreement.history.at(-1)).toMatchObject({
        action: "REACTIVATED",
        agency: { shortName: "HFJ" },
        actingAs: "PARTY",
      });
    });
  });
});
