import { readFileSync } from "node:fs";
import { demoPartnershipId, Role } from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { buildSchema, type ConstDirectiveNode, Kind } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Governance writes act only for the caller's own agency: an action's progress and milestones are
 * its lead agency's (or the partnership's, through its chair agency's coordinator or administrator);
 * the plan, meetings and the partnership's own assessment are the partnership's; an agency assesses
 * and adds to the directory only itself, unless it chairs the partnership.
 */
const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`;
const ADD_OBJECTIVE = `mutation($input: AddObjectiveInput!) { addPlanObjective(input: $input) { id } }`;
const ADD_KPI = `mutation($input: AddKpiInput!) { addPlanKpi(input: $input) { id } }`;
const ADD_ACTION = `mutation($input: AddActionInput!) { addPlanAction(input: $input) { id milestones { id } } }`;
const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addActionMilestone(input: $input) { id } }`;
const COMPLETE = `mutation($input: CompleteMilestoneInput!) { completeActionMilestone(input: $input) { id } }`;
const PROGRESS = `mutation($input: RecordProgressInput!) { recordActionProgress(input: $input) { id } }`;
const MEETING = `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`;
const ASSESS = `mutation($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id } }`;
const PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const IMPORT = `mutation($csv: String!) { importDirectory(input: { csv: $csv }) {
  committed imported rejected rows { row outcome column reason } } }`;
const AREAS = [
  "LEADERSHIP",
  "RESOURCES_AND_CAPACITY",
  "IDENTIFYING_REFERRING_SUPPORTING_VICTIMS",
  "DISRUPTION_AND_PREVENTION",
  "SUPPLY_CHAINS",
];
const ratings = AREAS.map((area) => ({ area, level: "EARLY_PROGRESS", evidence: "Agreed by the board." }));

/**
 * How each governance mutation is held to "acts only for its own agency"; the completeness test fails
 * when a governance mutation is in none of these.
 */
const RULE_OF: Record<string, string> = {
  createActionPlan: "the partnership's (chair agency's coordinator or administrator): tested here",
  addPlanObjective: "the partnership's: tested here",
  addPlanKpi: "the partnership's: tested here",
  addPlanAction: "the partnership's (it names other agencies as leads): tested here",
  recordMeeting: "the partnership's (it records every agency's attendance): tested here",
  addActionMilestone: "the action's lead agency, or the partnership's: tested here",
  completeActionMilestone: "the action's lead agency, or the partnership's: tested here",
  recordActionProgress: "the action's lead agency, or the partnership's: tested here",
  recordMaturityAssessment: "its own agency; another agency or the partnership only by the chair: tested here",
  createPerson: "its own agency's staff; another's only by the chair's administrator: tested here",
  importDirectory: "its own agency's rows; others' only by the chair's administrator: tested here",
  createSharingAgreement: "a draft that grants nothing until every party signs: sharing-agreements.test.ts",
  signSharingAgreement: "signs only for its own agency: sharing-agreements.test.ts",
  suspendSharingAgreement: "a party, or the chair's administrator with a reason: sharing-agreements.test.ts",
  reactivateSharingAgreement: "a party, or the chair's administrator with a reason: sharing-agreements.test.ts",
  createAgency: "adds a new directory entry, acting for no member agency (partnerships add members)",
  updateAgency: "a member agency, by the chair's administrator only: member-agencies.test.ts",
  createPartnership: "platform administrators only (PLATFORM_ADMIN)",
  createNetwork: "platform administrators only (PLATFORM_ADMIN)",
  addPartnershipMember: "the chair's administrators: tested here",
  endPartnershipMembership: "the chair's administrators: tested here",
  grantPartnershipRole: "its own agency's users; another's only by the chair's administrator: tested here",
  revokePartnershipRole: "its own agency's users; another's only by the chair's administrator: tested here",
  recordSubjectRequest:
    "a request made to its own agency; another agency's only by the chair's data protection officer: subject-requests.test.ts",
  extendSubjectRequest: "a request made to its own agency, or any by the chair's officer: subject-requests.test.ts",
  completeSubjectRequest: "a request made to its own agency, or any by the chair's officer: subject-requests.test.ts",
  registerWebhook: "a webhook for its own agency; another member's only by the chair's administrator: webhooks.test.ts",
  disableWebhook: "its own agency's webhooks, or any by the chair's administrator: webhooks.test.ts",
  rotateWebhookSecret: "its own agency's webhooks, or any by the chair's administrator: webhooks.test.ts",
  registerMachineClient:
    "a system acting for its own agency; another member's only by the chair's administrator: machine-clients.test.ts",
  revokeMachineClient:
    "its own agency's systems; another member's only by the chair's administrator: machine-clients.test.ts",
};

describe("governance writes act only for the caller's own agency", () => {
  let t: TestPlatform;
  let chair: Client;
  let utility: Client;
  let police: Client;
  let regulatorAdmin: Client;
  let ids: Record<string, string>;
  const fixture = {} as {
    planId: string;
    objectiveId: string;
    councilAction: string;
    councilMilestone: string;
    policeAction: string;
    policeMilestone: string;
  };

  const rowCounts = async () =>
    (
      await t.database.query(`SELECT
        (SELECT count(*) FROM governance.action_plan)::int AS plans,
        (SELECT count(*) FROM governance.plan_objective)::int AS objectives,
        (SELECT count(*) FROM governance.plan_kpi)::int AS kpis,
        (SELECT count(*) FROM governance.plan_action)::int AS actions,
        (SELECT count(*) FROM governance.plan_milestone)::int AS milestones,
        (SELECT count(*) FROM governance.plan_milestone WHERE done_on IS NOT NULL)::int AS done,
        (SELECT count(*) FROM governance.action_update)::int AS updates,
        (SELECT count(*) FROM governance.meeting)::int AS meetings,
        (SELECT count(*) FROM governance.maturity_assessment)::int AS assessments,
        (SELECT count(*) FROM governance.person)::int AS people`)
    )[0];
  const ok = async (client: Client, query: string, variables: Record<string, unknown>) => {
    const result = await client.query<any>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
  const refused = async (client: Client, query: string, input: Record<string, unknown>, field: string) => {
    const before = await rowCounts();
    const result = await client.query(query, { input });
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({ code: "FORBIDDEN", field });
    expect(await rowCounts()).toEqual(before);
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    chair = await t.as("SMBC", Role.COORDINATOR);
    utility = await t.as("WPD", Role.COORDINATOR);
    police = await t.as("WMP", Role.COORDINATOR);
    regulatorAdmin = await t.as("GLAA", Role.PARTNERSHIP_ADMIN);
    const agencies = await ok(chair, "{ agencies(first: 100) { nodes { id shortName } } }", {});
    ids = Object.fromEntries(agencies.agencies.nodes.map((a: any) => [a.shortName, a.id]));
    const people = await ok(chair, "{ people(first: 100) { nodes { id agency { shortName } } } }", {});
    const officerOf = (shortName: string) =>
      people.people.nodes.find((p: any) => p.agency.shortName === shortName).id as string;

    fixture.planId = (
      await ok(chair, CREATE_PLAN, { input: { title: "Writes plan", startsOn: "2025-04-01", endsOn: "2027-03-31" } })
    ).createActionPlan.id;
    fixture.objectiveId = (
      await ok(chair, ADD_OBJECTIVE, {
        input: { planId: fixture.planId, theme: "PURSUE", title: "Disrupt car washes", kpis: [] },
      })
    ).addPlanObjective.id;
    for (const [lead, key] of [
      ["SMBC", "council"],
      ["WMP", "police"],
    ] as const) {
      const action = (
        await ok(chair, ADD_ACTION, {
          input: {
            objectiveId: fixture.objectiveId,
            title: `${lead}-led action`,
            deliveryDate: "2026-12-31",
            leadAgencyIds: [ids[lead]],
            leadOfficerIds: [officerOf(lead)],
            milestones: [{ title: "Mapped", dueOn: "2026-06-30" }],
          },
        })
      ).addPlanAction;
      fixture[`${key}Action`] = action.id;
      fixture[`${key}Milestone`] = action.milestones[0].id;
    }
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("every governance mutation has a rule for whom it may act", () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"));
    const graphOf = (directives: readonly ConstDirectiveNode[] | undefined) =>
      directives?.find((d) => d.name.value === "join__field")?.arguments?.find((a) => a.name.value === "graph")?.value;
    const governance = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => {
        const graph = graphOf(field.astNode?.directives);
        return graph?.kind === Kind.ENUM && graph.value === "GOVERNANCE";
      })
      .map((field) => field.name)
      .sort();
    expect(governance.length).toBeGreaterThan(10);
    expect(Object.keys(RULE_OF).sort()).toEqual(governance);
  });

  it("a utility's coordinator (or a regulator's administrator) changes nothing of a council-led action", async () => {
    for (const outsider of [utility, regulatorAdmin, police]) {
      await refused(
        outsider,
        PROGRESS,
        { actionId: fixture.councilAction, rag: "GREEN", note: "All done, honestly." },
        "input.actionId",
      );
      await refused(outsider, ADD_MILESTONE, { actionId: fixture.councilAction, title: "Ours now" }, "input.actionId");
      await refused(outsider, COMPLETE, { milestoneId: fixture.councilMilestone }, "input.milestoneId");
    }
  });

  it("the lead agency's coordinator reports on its own action; the chair's coordinator on any", async () => {
    await ok(police, PROGRESS, { input: { actionId: fixture.policeAction, rag: "AMBER", note: "Two sites left." } });
    await ok(police, ADD_MILESTONE, { input: { actionId: fixture.policeAction, title: "Visits done" } });
    await ok(police, COMPLETE, { input: { milestoneId: fixture.policeMilestone } });
    await ok(chair, PROGRESS, { input: { actionId: fixture.policeAction, rag: "GREEN", note: "Board agreed." } });
    await ok(chair, PROGRESS, { input: { actionId: fixture.councilAction, rag: "RED", note: "Behind." } });
  });

  it("the plan and the meetings are the partnership's: another agency's coordinator or administrator writes none", async () => {
    for (const outsider of [utility, regulatorAdmin]) {
      await refused(
        outsider,
        CREATE_PLAN,
        { title: "A plan of our own", startsOn: "2025-04-01", endsOn: "2026-03-31" },
        "input.partnershipId",
      );
      await refused(
        outsider,
        ADD_OBJECTIVE,
        { planId: fixture.planId, theme: "PREVENT", title: "Ours", kpis: [] },
        "input.planId",
      );
      await refused(outsider, ADD_KPI, { planId: fixture.planId, name: "Our KPI" }, "input.planId");
      await refused(
        outsider,
        ADD_ACTION,
        {
          objectiveId: fixture.objectiveId,
          title: "The council does this",
          deliveryDate: "2026-12-31",
          leadAgencyIds: [ids.SMBC],
          leadOfficerIds: [],
          milestones: [],
        },
        "input.objectiveId",
      );
      await refused(
        outsider,
        MEETING,
        {
          heldOn: "2025-05-01",
          kind: "STRATEGIC",
          title: "Board",
          attendance: [{ agencyId: ids.SMBC, attendance: "ABSENT" }],
        },
        "input.partnershipId",
      );
      await refused(
        outsider,
        ASSESS,
        { assessedOn: "2025-06-30", assessor: "Utility board", ratings, partnershipId: demoPartnershipId("SANDWELL") },
        "input.partnershipId",
      );
    }
  });

  it("an agency assesses only itself, unless it chairs the partnership", async () => {
    await refused(
      police,
      ASSESS,
      { agencyId: ids.SMBC, assessedOn: "2025-06-30", assessor: "WMP", ratings },
      "input.agencyId",
    );
    await ok(police, ASSESS, { input: { agencyId: ids.WMP, assessedOn: "2025-06-30", assessor: "WMP", ratings } });
    await ok(chair, ASSESS, { input: { agencyId: ids.WMP, assessedOn: "2025-07-31", assessor: "Board", ratings } });
  });

  it("the directory: an agency adds its own staff; another agency's only through the chair's administrator", async () => {
    await refused(
      regulatorAdmin,
      PERSON,
      { name: "Fake Officer", email: "fake.officer@wmp.example.org", agencyId: ids.WMP },
      "input.agencyId",
    );
    await ok(regulatorAdmin, PERSON, {
      input: { name: "New Officer", email: "new.officer@glaa.example.org", agencyId: ids.GLAA },
    });
    const before = await rowCounts();
    const csv = [
      "name,email,job_title,agency",
      "Own Person,own.person@glaa.example.org,Officer,GLAA",
      "Planted Person,planted.person@wmp.example.org,Detective,WMP",
    ].join("\n");
    const report = (await ok(regulatorAdmin, IMPORT, { csv })).importDirectory;
    expect(report).toMatchObject({ committed: false, imported: 0, rejected: 1 });
    expect(report.rows[1]).toMatchObject({ row: 3, outcome: "REJECTED", column: "agency" });
    expect(await rowCounts()).toEqual(before);
    const admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    await ok(admin, PERSON, {
      input: { name: "Chair Added", email: "chair.added@wmp.example.org", agencyId: ids.WMP },
    });
  });

  it("membership and roles: an agency's administrator gives and takes its own users' roles; members and other agencies' roles only through the chair's", async () => {
    const GRANT = `mutation($input: GrantPartnershipRoleInput!) { grantPartnershipRole(input: $input) { id agencyId } }`;
    const REVOKE = `mutation($id: ID!) { revokePartnershipRole(id: $id) { id } }`;
    const END = `mutation($input: EndPartnershipMembershipInput!) { endPartnershipMembership(input: $input) { until } }`;
    const roleCount = async () =>
      Number((await t.database.query<{ n: string }>("SELECT count(*) AS n FROM governance.partnership_role"))[0]!.n);
    const ngoAdmin = await t.as("HFJ", Role.PARTNERSHIP_ADMIN);
    const chairAdmin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const refusedHere = async (client: Client, query: string, variables: Record<string, unknown>, field: string) => {
      const roles = await roleCount();
      const result = await client.query(query, variables);
      expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({ code: "FORBIDDEN", field });
      expect(await roleCount()).toBe(roles);
    };
    // The NGO's administrator gives and takes its own users' roles.
    const own = await ok(ngoAdmin, GRANT, {
      input: { agencyId: ids.HFJ, userId: "hfj-new-worker", role: "CASEWORKER" },
    });
    await ok(ngoAdmin, REVOKE, { id: own.grantPartnershipRole.id });
    // Not the police's, and it does not end the police's membership.
    await refusedHere(
      ngoAdmin,
      GRANT,
      { input: { agencyId: ids.WMP, userId: "wmp-someone", role: "AUDITOR" } },
      "input.agencyId",
    );
    const police = await ok(chairAdmin, GRANT, {
      input: { agencyId: ids.WMP, userId: "wmp-someone", role: "AUDITOR" },
    });
    await refusedHere(ngoAdmin, REVOKE, { id: police.grantPartnershipRole.id }, "id");
    await refusedHere(ngoAdmin, END, { input: { agencyId: ids.WMP } }, "input.agencyId");
    const membership = await t.database.query<{ until: string | null }>(
      "SELECT until::text FROM governance.membership WHERE partnership_id = $1 AND agency_id = $2",
      [demoPartnershipId("SANDWELL"), ids.WMP],
    );
    expect(membership).toEqual([{ until: null }]);
    // The chair's administrator may.
    await ok(chairAdmin, REVOKE, { id: police.grantPartnershipRole.id });
  });
});
