import { demoAgencyId, demoPartnershipId, Role } from "@partnership/runtime";
import { readFileSync } from "node:fs";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { buildSchema, getNamedType, type GraphQLNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import { demoUser } from "../../src/demo-users.js";
import { clientFor, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

const SANDWELL = demoPartnershipId("SANDWELL");
const TAME = demoPartnershipId("TAME");

const AGREEMENTS = "{ sharingAgreements(first: 50) { nodes { id reference status } } }";
const SUSPEND = `mutation($id: ID!) { suspendSharingAgreement(input: { agreementId: $id, reason: "Review" }) { status } }`;

/**
 * The partnership is the boundary of agreements, roles and who may act: a request acts in one
 * partnership, chosen by the caller (x-partnership-id) or, when they can act in only one, for them.
 */
/** How a count is published to a caller without detail access (ONS: 1 to 4 withheld, the rest to base 5). */
const small = (count: number) => count >= 1 && count <= 4;
const base5 = (count: number) => Math.round(count / 5) * 5;

describe("many partnerships: who acts where", () => {
  let t: TestPlatform;
  let idp: DemoIdentityProvider;

  /** A demo user's token, with no partnership header unless one is given. */
  const signIn = async (agency: string, roles: Role[], partnershipId?: string) =>
    clientFor(t.gatewayUrl, await idp.issue(demoUser(agency, roles)), partnershipId);

  const agreementCount = async () =>
    (await t.database.query<{ n: number }>("SELECT count(*)::int AS n FROM governance.sharing_agreement"))[0]!.n;

  beforeAll(async () => {
    t = await startTestPlatform();
    idp = await DemoIdentityProvider.fromJwk(t.keys.users.privateJwk);
  });
  afterAll(async () => t?.stop());

  it("acts for a user in the only partnership they hold roles in, and names it", async () => {
    const tvc = await signIn("TVC", [Role.COORDINATOR]);
    const result = await tvc.query<any>("{ actingPartnership { id shortName referencePrefix } }");
    expect(result.data.actingPartnership).toEqual({ id: TAME, shortName: "TAME", referencePrefix: "TVASP" });
    const police = await signIn("WMP", [Role.CASEWORKER]);
    expect((await police.query<any>("{ actingPartnership { shortName } }")).data.actingPartnership.shortName).toBe(
      "SANDWELL",
    );
  });

  it("asks a user who holds roles in several partnerships to say which, listing them, and acts where they say", async () => {
    // A police officer named in both partnerships' directories (a user no request has asked about yet:
    // the gateway keeps a caller's profile for a while).
    await t.asIn("TAME", "WMP", Role.COORDINATOR);
    const unsure = await signIn("WMP", [Role.COORDINATOR]);
    const refused = await unsure.query("{ actingPartnership { shortName } }");
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe("PARTNERSHIP_REQUIRED");
    expect(refused.errors?.[0]?.message).toContain(`${SANDWELL} (Sandwell Anti-Slavery Partnership)`);
    expect(refused.errors?.[0]?.message).toContain(`${TAME} (Tame Valley Anti-Slavery Partnership)`);
    const inTame = await signIn("WMP", [Role.COORDINATOR], TAME);
    expect((await inTame.query<any>("{ actingPartnership { shortName } }")).data.actingPartnership.shortName).toBe(
      "TAME",
    );
  });

  it("refuses to act in a partnership the agency is not a member of, whatever the token says", async () => {
    for (const [agency, partnership] of [
      ["TVC", SANDWELL],
      ["BCWA", TAME],
      ["SMBC", "not-a-partnership"],
    ] as const) {
      const outsider = await signIn(agency, [Role.PARTNERSHIP_ADMIN], partnership);
      const answer = await outsider.query("{ actingPartnership { id } }");
      expect(answer.status, `${agency} in ${partnership}`).toBe(403);
      expect(answer.errors?.[0]?.message).toContain("not a member of partnership");
    }
  });

  it("counts a token's role only where the directory gives it to the user", async () => {
    // HFJ is a member of both; in Tame Valley only users it names hold roles, and this one is not named.
    const hfj = await signIn("HFJ", [Role.COORDINATOR], TAME);
    const before = await agreementCount();
    const answer = await hfj.query(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
      input: {
        partnershipId: TAME,
        kind: "OPERATIONAL",
        title: "Not theirs to record",
        heldOn: TEST_TODAY,
        attendance: [],
      },
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(answer.errors?.[0]?.message).toMatch(/needs one of the roles/);
    expect(await agreementCount()).toBe(before);
  });

  it("shows each partnership only its own agreements, and lets only its own administrators change them", async () => {
    const sandwellAdmin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const tameAdmin = await t.asIn("TAME", "TVC", Role.PARTNERSHIP_ADMIN);
    const sandwellList = (await sandwellAdmin.query<any>(AGREEMENTS)).data.sharingAgreements.nodes;
    const tameList = (await tameAdmin.query<any>(AGREEMENTS)).data.sharingAgreements.nodes;
    expect(tameList.map((a: any) => a.reference)).toEqual(["ISA-TVASP-2024-01"]);
    expect(sandwellList.map((a: any) => a.reference)).not.toContain("ISA-TVASP-2024-01");
    expect(sandwellList.length).toBeGreaterThan(5);

    const tameAgreement = tameList[0];
    const shopAgreement = sandwellList.find((a: any) => a.reference === "ISA-SHOP-2019-01");
    // One partnership's administrator cannot see, let alone suspend, the other's agreement.
    for (const [admin, other] of [
      [sandwellAdmin, tameAgreement],
      [tameAdmin, shopAgreement],
    ] as const) {
      const one = await admin.query<any>(`query($id: ID!) { sharingAgreement(id: $id) { id } }`, { id: other.id });
      expect(one.data.sharingAgreement).toBeNull();
      const suspended = await admin.query(SUSPEND, { id: other.id });
      expect(suspended.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    const states = await t.database.query<{ state: string }>(
      "SELECT state FROM governance.sharing_agreement WHERE id = ANY($1::uuid[]) ORDER BY reference",
      [[tameAgreement.id, shopAgreement.id]],
    );
    expect(states.map((s) => s.state)).toEqual(["ACTIVE", "ACTIVE"]);
  });

  it("refuses an agreement whose party or recipient is not a member, naming the field, and writes nothing", async () => {
    const tameAdmin = await t.asIn("TAME", "TVC", Role.PARTNERSHIP_ADMIN);
    const before = await agreementCount();
    const answer = await tameAdmin.query(
      `mutation($input: CreateSharingAgreementInput!) { createSharingAgreement(input: $input) { id } }`,
      {
        input: {
          reference: "ISA-TVASP-TEST",
          title: "Reaching outside",
          purpose: "A party that is not a member.",
          lawfulBasis: "UK GDPR Art. 6(1)(e)",
          startDate: "2026-01-01",
          endDate: "2027-12-31",
          partyAgencyIds: [demoAgencyId("TVC"), demoAgencyId("SMBC")],
          grants: [{ recipientAgencyId: demoAgencyId("TVC"), categories: ["STATISTICS"] }],
        },
      },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.partyAgencyIds[1]" });
    expect(await agreementCount()).toBe(before);
  });

  it("gives a network's users its figures as the sums of its partnerships', where nothing is withheld", async () => {
    const period = { from: "2019-04-01", to: TEST_TODAY };
    const network = `query($from: LocalDate!, $to: LocalDate!) { networks { id shortName
      trainingStatistics(from: $from, to: $to) {
        sessionsDelivered { level count suppressed } peopleTrainedByLevel { level count suppressed }
        qualifiedFirstResponders qualifiedFirstRespondersSuppressed } } }`;
    const own = `query($from: LocalDate!, $to: LocalDate!) { trainingStatistics(from: $from, to: $to) {
      sessionsDelivered { level count } peopleTrainedByLevel { level count } qualifiedFirstResponders } }`;
    const inSandwell = await t.as("SMBC", Role.COORDINATOR);
    const inTame = await t.asIn("TAME", "TVC", Role.COORDINATOR);
    const [fromSandwell, fromTame] = await Promise.all([
      inSandwell.query<any>(network, period),
      inTame.query<any>(network, period),
    ]);
    expect(fromSandwell.errors).toBeUndefined();
    // Both partnerships see the same network and the same figures.
    expect(fromSandwell.data.networks).toEqual(fromTame.data.networks);
    const [wmasn] = fromSandwell.data.networks;
    expect(wmasn.shortName).toBe("WMASN");
    const sandwell = (await inSandwell.query<any>(own, period)).data.trainingStatistics;
    const tame = (await inTame.query<any>(own, period)).data.trainingStatistics;
    for (const figure of ["sessionsDelivered", "peopleTrainedByLevel"] as const) {
      const sum = new Map<string, number>();
      for (const { level, count } of [...sandwell[figure], ...tame[figure]])
        sum.set(level, (sum.get(level) ?? 0) + count);
      // A network's figures are published as statistics are: 1 to 4 withheld (folded into one
      // unnamed row), the rest rounded to base 5.
      const published = [...sum].filter(([, count]) => !small(count));
      for (const row of wmasn.trainingStatistics[figure]) {
        if (row.suppressed) expect(row).toMatchObject({ level: null, count: null });
        else expect(row.count, `${figure} ${row.level}`).toBe(base5(sum.get(row.level)!));
      }
      expect(
        wmasn.trainingStatistics[figure]
          .filter((r: any) => !r.suppressed)
          .map((r: any) => r.level)
          .sort(),
      ).toEqual(published.map(([level]) => level).sort());
    }
    const qualified = sandwell.qualifiedFirstResponders + tame.qualifiedFirstResponders;
    expect(wmasn.trainingStatistics.qualifiedFirstResponders).toBe(small(qualified) ? null : base5(qualified));

    // Casework: the network's totals are the partnerships' own, added up.
    const cases = `query($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
      concerns { count } peopleScreened { count } visits { count } } }`;
    const networkCases = await inSandwell.query<any>(
      `query($from: LocalDate!, $to: LocalDate!) { networks { caseStatistics(from: $from, to: $to) {
        concerns { count suppressed } peopleScreened { count suppressed } visits { count suppressed }
        concernsByExploitationType { key count suppressed } } } }`,
      period,
    );
    expect(networkCases.errors).toBeUndefined();
    const totals = networkCases.data.networks[0].caseStatistics;
    const sandwellCases = (await inSandwell.query<any>(cases, period)).data.caseStatistics;
    const tameCases = (await inTame.query<any>(cases, period)).data.caseStatistics;
    for (const figure of ["concerns", "peopleScreened", "visits"] as const) {
      const sum = sandwellCases[figure].count + tameCases[figure].count;
      expect(totals[figure], figure).toEqual(
        small(sum) ? { count: null, suppressed: true } : { count: base5(sum), suppressed: false },
      );
    }
    expect(totals.concerns.count).toBeGreaterThanOrEqual(base5(sandwellCases.concerns.count));
    for (const row of totals.concernsByExploitationType) expect(row.suppressed).toBe(row.count === null);

    // Procurement: Tame Valley records a contract without a clause; the network counts both partnerships'.
    const supplier = (await inTame.query<any>("{ suppliers(first: 1) { nodes { id } } }")).data.suppliers.nodes[0];
    const contracting = await t.asIn("TAME", "TVC", Role.PROCUREMENT_OFFICER);
    const contract = await contracting.query(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
      {
        input: {
          reference: "TVC-2026-0001",
          supplierId: supplier.id,
          department: "Facilities",
          category: "Cleaning",
          value: 120000,
          startDate: "2026-04-01",
          endDate: "2027-03-31",
          modernSlaveryClause: false,
          codeOfConduct: true,
        },
      },
    );
    expect(contract.errors).toBeUndefined();
    const procurement = `{ procurementStatistics { contractsWithoutClause } }`;
    const networkProcurement = (
      await inSandwell.query<any>(
        "{ networks { procurementStatistics { contractsWithoutClause { count suppressed } } } }",
      )
    ).data.networks[0].procurementStatistics;
    const sandwellProcurement = (await (await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER)).query<any>(procurement))
      .data;
    const tameProcurement = (await contracting.query<any>(procurement)).data;
    const sum =
      sandwellProcurement.procurementStatistics.contractsWithoutClause +
      tameProcurement.procurementStatistics.contractsWithoutClause;
    expect(tameProcurement.procurementStatistics.contractsWithoutClause).toBe(1);
    expect(networkProcurement.contractsWithoutClause).toEqual(
      small(sum) ? { count: null, suppressed: true } : { count: base5(sum), suppressed: false },
    );
  });

  it("reaches no record, name of a person or id through a network: only figures", () => {
    const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true });
    const seen = new Set<string>();
    const reachable: string[] = [];
    const visit = (type: GraphQLNamedType) => {
      if (seen.has(type.name) || !isObjectType(type)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        if ((field.astNode?.directives ?? []).some((d) => d.name.value === "inaccessible")) continue;
        reachable.push(`${type.name}.${field.name}: ${getNamedType(field.type).name}`);
        visit(getNamedType(field.type));
      }
    };
    visit(supergraph.getType("Network")!);
    const ids = reachable.filter((field) => field.endsWith(": ID") && field !== "Network.id: ID");
    expect(ids).toEqual([]);
    expect(
      reachable.filter((field) => /: (Concern|Person|Agency|Partnership|TrainingSession|Contract)$/.test(field)),
    ).toEqual([]);
  });

  it("lets a platform administrator create a partnership and its first administrator, who admits members and gives roles", async () => {
    const platform = await signIn("SMBC", [Role.PLATFORM_ADMIN]);
    const created = await platform.query<any>(
      `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id shortName referencePrefix members { agency { shortName } role since } } }`,
      {
        input: {
          name: "Severn Reach Anti-Slavery Partnership",
          shortName: "SEVERN",
          referencePrefix: "SRASP",
          area: "Severn Reach",
          firstAdmin: { agencyId: demoAgencyId("SWBH"), userId: "severn-admin" },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const severn = created.data.createPartnership;
    expect(severn.members).toEqual([{ agency: { shortName: "SWBH" }, role: "CHAIR", since: TEST_TODAY }]);

    // The platform administrator holds nothing inside it.
    const inside = await signIn("SMBC", [Role.PLATFORM_ADMIN], severn.id);
    expect((await inside.query("{ actingPartnership { id } }")).status).toBe(403);

    const admin = clientFor(
      t.gatewayUrl,
      await idp.issue({ ...demoUser("SWBH", [Role.PARTNERSHIP_ADMIN]), userId: "severn-admin" }),
      severn.id,
    );
    const joined = await admin.query<any>(
      `mutation { addPartnershipMember(input: { agencyId: "${demoAgencyId("WMP")}", role: CORE_MEMBER }) { role since } }`,
    );
    expect(joined.errors).toBeUndefined();
    const granted = await admin.query<any>(
      `mutation { grantPartnershipRole(input: { agencyId: "${demoAgencyId("WMP")}", userId: "severn-officer", role: CASEWORKER }) { role userId } }`,
    );
    expect(granted.data.grantPartnershipRole).toEqual({ role: "CASEWORKER", userId: "severn-officer" });
    const roles = await admin.query<any>("{ partnershipRoles { agencyId userId role } }");
    expect(roles.data.partnershipRoles).toEqual(
      expect.arrayContaining([
        { agencyId: demoAgencyId("SWBH"), userId: "severn-admin", role: "PARTNERSHIP_ADMIN" },
        { agencyId: demoAgencyId("WMP"), userId: "severn-officer", role: "CASEWORKER" },
      ]),
    );
    // Not a platform administrator: the same mutation is refused.
    const refused = await admin.query(
      `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
      {
        input: {
          name: "Another",
          shortName: "OTHER",
          referencePrefix: "OTH",
          area: "Elsewhere",
          firstAdmin: { agencyId: demoAgencyId("SWBH"), userId: "x" },
        },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
