import { demoAgencyId, demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import { demoUser } from "../../src/demo-users.js";
import { type Client, clientFor, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * Governance inside the partnership boundary: Sandwell's and the Tame Valley's plans, meetings and
 * maturity assessments are each invisible from the other, both ways and for the agencies in both
 * (WMP, ROCU, HFJ); writes naming the other partnership's records or non-member agencies are refused
 * with nothing written; staff details cross agencies only inside a partnership both belong to; and a
 * partnership's people arrive through a CSV import, all or nothing, with a report for every row.
 */

const SANDWELL = demoPartnershipId("SANDWELL");
const TAME = demoPartnershipId("TAME");
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const SMBC = demoAgencyId("SMBC");
const TVC = demoAgencyId("TVC");

/** Every governance table the plan, meeting, maturity and directory writes touch. */
const TABLES = [
  "action_plan",
  "plan_objective",
  "plan_kpi",
  "plan_action",
  "plan_milestone",
  "action_update",
  "meeting",
  "meeting_attendance",
  "maturity_assessment",
  "maturity_rating",
  "person",
  "partnership_role",
];
const AREAS = [
  "LEADERSHIP",
  "RESOURCES_AND_CAPACITY",
  "IDENTIFYING_REFERRING_SUPPORTING_VICTIMS",
  "DISRUPTION_AND_PREVENTION",
  "SUPPLY_CHAINS",
];
const ratings = (level: string) => AREAS.map((area) => ({ area, level, evidence: "Agreed by the board." }));

/** What a partnership's governance looks like from inside it: every list and figure, in one operation. */
const FIGURES = `query Figures($p: ID!, $wmp: ID!) {
  actionPlans(first: 10) { totalCount nodes { id title } }
  overdueActions(asOf: "${TEST_TODAY}") { id title }
  redActions(asOf: "${TEST_TODAY}") { id title }
  partnership(id: $p) {
    actionPlans { id }
    actionPlanSummary(asOf: "${TEST_TODAY}") { plan { id } rag { rag count } overdue { id } red { id } }
    meetings(from: "2019-04-01", to: "${TEST_TODAY}", first: 100) { totalCount nodes { id } }
    meetingAttendance(from: "2019-04-01", to: "${TEST_TODAY}") { agency { shortName } meetings present apologies absent rate }
    maturityComparison { area levels }
  }
  own: maturityAssessments(first: 50) { totalCount nodes { id } }
  wmpAssessments: maturityAssessments(agencyId: $wmp, first: 50) { totalCount nodes { id } }
  wmpComparison: maturityComparison(agencyId: $wmp) { levels }
  agency(id: $wmp) { maturityComparison { levels } }
  people(first: 100) { totalCount nodes { agency { id } } }
}`;

const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`;
const ADD_OBJECTIVE = `mutation($input: AddObjectiveInput!) { addPlanObjective(input: $input) { id } }`;
const ADD_KPI = `mutation($input: AddKpiInput!) { addPlanKpi(input: $input) { id } }`;
const ADD_ACTION = `mutation($input: AddActionInput!) { addPlanAction(input: $input) { id milestones { id } } }`;
const ADD_MILESTONE = `mutation($input: AddMilestoneInput!) { addActionMilestone(input: $input) { id } }`;
const COMPLETE = `mutation($input: CompleteMilestoneInput!) { completeActionMilestone(input: $input) { id } }`;
const PROGRESS = `mutation($input: RecordProgressInput!) { recordActionProgress(input: $input) { id } }`;
const MEETING = `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`;
const ASSESS = `mutation($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id } }`;
const IMPORT = `mutation($csv: String!) { importDirectory(input: { csv: $csv }) {
  committed imported duplicates rejected rolesGiven rows { row outcome column reason } } }`;

interface Records {
  planId: string;
  objectiveId: string;
  actionId: string;
  milestoneId: string;
  meetingId: string;
  assessmentIds: string[];
}

describe("governance inside the partnership boundary", () => {
  let t: TestPlatform;
  /** Sandwell's coordinator and administrator (SMBC, a member of Sandwell only). */
  let sandwellCoordinator: Client;
  /** The Tame Valley's coordinator and administrator (TVC, a member of the Tame Valley only). */
  let tameCoordinator: Client;
  /** A police officer, whose force is in both: acting in each. */
  let policeInSandwell: Client;
  let policeInTame: Client;
  const sandwell = {} as Records;
  const tame = {} as Records;
  let sandwellBefore: any;
  let helenMarshId: string;
  let rhiannonPryceId: string;

  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [
          table,
          (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM governance.${table}`))[0]!.n,
        ]),
      ),
    );
  const ok = async <T = any>(client: Client, query: string, variables: Record<string, unknown> = {}) => {
    const result = await client.query<T>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
  const figures = (client: Client, partnershipId: string) => ok(client, FIGURES, { p: partnershipId, wmp: WMP });
  /** Refused with FORBIDDEN naming the field, and not a row written anywhere in governance. */
  const forbidden = async (client: Client, query: string, input: Record<string, unknown>, field: string) => {
    const before = await rowCounts();
    const result = await client.query<any>(query, { input });
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({ code: "FORBIDDEN", field });
    expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
    expect(await rowCounts()).toEqual(before);
  };
  const personId = async (client: Client, search: string) =>
    (await ok(client, `query($s: String!) { people(filter: { search: $s }) { nodes { id } } }`, { s: search })).people
      .nodes[0]?.id as string | undefined;

  /** Plan, objective, action with a milestone and a RED update, meeting, and two assessments, through the API. */
  async function governanceOf(
    client: Client,
    partnershipId: string,
    leads: string[],
    officer: string,
    attending: string[],
  ) {
    const records = {} as Records;
    records.planId = (
      await ok(client, CREATE_PLAN, {
        input: { title: "Anti-Slavery Action Plan 2025–2027", startsOn: "2025-04-01", endsOn: "2027-03-31" },
      })
    ).createActionPlan.id;
    records.objectiveId = (
      await ok(client, ADD_OBJECTIVE, {
        input: { planId: records.planId, theme: "PURSUE", title: "Disrupt exploitation in hand car washes", kpis: [] },
      })
    ).addPlanObjective.id;
    const action = (
      await ok(client, ADD_ACTION, {
        input: {
          objectiveId: records.objectiveId,
          title: "Visit every hand car wash with the police",
          deliveryDate: "2025-12-31",
          leadAgencyIds: leads,
          leadOfficerIds: [officer],
          milestones: [{ title: "Premises mapped", dueOn: "2025-09-30" }],
        },
      })
    ).addPlanAction;
    records.actionId = action.id;
    records.milestoneId = action.milestones[0].id;
    await ok(client, PROGRESS, {
      input: { actionId: records.actionId, rag: "RED", note: "Half the sites unvisited." },
    });
    records.meetingId = (
      await ok(client, MEETING, {
        input: {
          heldOn: "2025-05-01",
          kind: "STRATEGIC",
          title: "Partnership board",
          attendance: attending.map((agencyId, i) => ({ agencyId, attendance: i === 0 ? "PRESENT" : "APOLOGIES" })),
        },
      })
    ).recordMeeting.id;
    records.assessmentIds = [];
    for (const subject of [{ agencyId: WMP }, { partnershipId }]) {
      const input = { ...subject, assessedOn: "2025-06-30", assessor: "Board", ratings: ratings("EARLY_PROGRESS") };
      records.assessmentIds.push((await ok(client, ASSESS, { input })).recordMaturityAssessment.id);
    }
    return records;
  }

  beforeAll(async () => {
    t = await startTestPlatform();
    sandwellCoordinator = await t.as("SMBC", Role.COORDINATOR, Role.PARTNERSHIP_ADMIN);
    tameCoordinator = await t.asIn("TAME", "TVC", Role.COORDINATOR, Role.PARTNERSHIP_ADMIN);
    policeInSandwell = await t.as("WMP", Role.CASEWORKER);
    policeInTame = await t.asIn("TAME", "WMP", Role.CASEWORKER);
    helenMarshId = (await personId(sandwellCoordinator, "Helen Marsh"))!;
    rhiannonPryceId = (await personId(tameCoordinator, "Rhiannon Pryce"))!;
    expect(helenMarshId && rhiannonPryceId).toBeTruthy();

    const plans = await ok(sandwellCoordinator, `{ actionPlans(first: 5) { nodes { id objectives { id } } } }`);
    sandwell.planId = plans.actionPlans.nodes[0].id;
    sandwell.objectiveId = plans.actionPlans.nodes[0].objectives[0].id;
    sandwellBefore = await figures(policeInSandwell, SANDWELL);

    Object.assign(tame, await governanceOf(tameCoordinator, TAME, [TVC, WMP], rhiannonPryceId, [TVC, WMP, HFJ]));
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("reads: one partnership's governance is invisible from the other", () => {
    it("the Tame Valley's plan, actions, meeting and assessments change nothing Sandwell sees, for its own agencies or the police", async () => {
      expect(await figures(policeInSandwell, SANDWELL)).toEqual(sandwellBefore);
      expect(await figures(sandwellCoordinator, SANDWELL)).toMatchObject({
        actionPlans: sandwellBefore.actionPlans,
        overdueActions: sandwellBefore.overdueActions,
        redActions: sandwellBefore.redActions,
        partnership: sandwellBefore.partnership,
        wmpAssessments: { totalCount: 0 },
      });
    });

    it("the Tame Valley sees its own records only", async () => {
      for (const client of [tameCoordinator, policeInTame]) {
        const own = await figures(client, TAME);
        expect(own.actionPlans).toEqual({
          totalCount: 1,
          nodes: [{ id: tame.planId, title: "Anti-Slavery Action Plan 2025–2027" }],
        });
        expect(own.overdueActions.map((a: any) => a.id)).toEqual([tame.actionId]);
        expect(own.redActions.map((a: any) => a.id)).toEqual([tame.actionId]);
        expect(own.partnership.actionPlanSummary).toMatchObject({
          plan: { id: tame.planId },
          red: [{ id: tame.actionId }],
        });
        expect(own.partnership.meetings).toEqual({ totalCount: 1, nodes: [{ id: tame.meetingId }] });
        expect(own.partnership.meetingAttendance.map((a: any) => a.agency.shortName).sort()).toEqual(
          ["HFJ", "TVC", "WMP"].sort(),
        );
        expect(own.wmpAssessments).toEqual({ totalCount: 1, nodes: [{ id: tame.assessmentIds[0] }] });
        expect(own.wmpComparison[0].levels).toEqual(["EARLY_PROGRESS"]);
        expect(own.agency.maturityComparison[0].levels).toEqual(["EARLY_PROGRESS"]);
        const sandwellIds = new Set([sandwell.planId, ...sandwellBefore.overdueActions.map((a: any) => a.id)]);
        expect(own.actionPlans.nodes.some((p: any) => sandwellIds.has(p.id))).toBe(false);
      }
    });

    it("a record of the other partnership named by id reads as unknown: null", async () => {
      const byId = `query($plan: ID!, $assessment: ID!) { actionPlan(id: $plan) { id } maturityAssessment(id: $assessment) { id } }`;
      for (const client of [sandwellCoordinator, policeInSandwell]) {
        expect(await ok(client, byId, { plan: tame.planId, assessment: tame.assessmentIds[0] })).toEqual({
          actionPlan: null,
          maturityAssessment: null,
        });
        expect(
          await ok(client, `query($p: ID!) { overdueActions(planId: $p) { id } redActions(planId: $p) { id } }`, {
            p: tame.planId,
          }),
        ).toEqual({ overdueActions: [], redActions: [] });
      }
      const sandwellAssessment = (
        await ok(
          sandwellCoordinator,
          `query($a: ID!) { maturityAssessments(agencyId: $a, first: 1) { nodes { id } } }`,
          {
            a: SMBC,
          },
        )
      ).maturityAssessments.nodes[0].id;
      for (const client of [tameCoordinator, policeInTame]) {
        expect(await ok(client, byId, { plan: sandwell.planId, assessment: sandwellAssessment })).toEqual({
          actionPlan: null,
          maturityAssessment: null,
        });
        expect(
          (
            await ok(client, `query($a: ID!) { maturityAssessments(agencyId: $a, first: 5) { totalCount } }`, {
              a: SMBC,
            })
          ).maturityAssessments.totalCount,
        ).toBe(0);
      }
    });

    it("naming the other partnership in a query is FORBIDDEN, both ways", async () => {
      const cases: Array<[Client, string]> = [
        [sandwellCoordinator, TAME],
        [policeInSandwell, TAME],
        [tameCoordinator, SANDWELL],
        [policeInTame, SANDWELL],
      ];
      for (const [client, other] of cases) {
        for (const [query, field] of [
          [`query($p: ID) { actionPlans(partnershipId: $p, first: 5) { totalCount } }`, "partnershipId"],
          [`query($p: ID) { maturityAssessments(partnershipId: $p, first: 5) { totalCount } }`, "partnershipId"],
          [`query($p: ID) { maturityComparison(partnershipId: $p) { area } }`, "partnershipId"],
        ] as const) {
          const result = await client.query<any>(query, { p: other });
          expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
            code: "FORBIDDEN",
            field,
          });
        }
        for (const selection of [
          "actionPlans { id }",
          `actionPlanSummary { plan { id } }`,
          `meetings(from: "2019-04-01", to: "${TEST_TODAY}") { totalCount }`,
          `meetingAttendance(from: "2019-04-01", to: "${TEST_TODAY}") { rate }`,
          "maturityComparison { area }",
        ]) {
          const result = await client.query<any>(`query($p: ID!) { partnership(id: $p) { ${selection} } }`, {
            p: other,
          });
          // The other partnership itself may read as unknown (null); if it is there, its governance is FORBIDDEN.
          if (result.data?.partnership !== null)
            expect(result.errors?.[0]?.extensions?.code, `${selection}: ${JSON.stringify(result.errors)}`).toBe(
              "FORBIDDEN",
            );
          expect(JSON.stringify(result.data ?? {})).not.toMatch(/"(id|rate|area|totalCount)":/);
        }
      }
    });
  });

  describe("writes across partnerships: FORBIDDEN naming the field, nothing written", () => {
    it("acting in Sandwell: recording the Tame Valley's meeting, plan, action, progress, milestones or maturity", async () => {
      const meeting = {
        heldOn: "2025-06-01",
        kind: "OPERATIONAL",
        title: "SHOP",
        attendance: [{ agencyId: WMP, attendance: "PRESENT" }],
      };
      const c = sandwellCoordinator;
      await forbidden(c, MEETING, { ...meeting, partnershipId: TAME }, "input.partnershipId");
      await forbidden(
        c,
        CREATE_PLAN,
        { partnershipId: TAME, title: "Their plan", startsOn: "2026-04-01", endsOn: "2027-03-31" },
        "input.partnershipId",
      );
      await forbidden(
        c,
        ADD_OBJECTIVE,
        { planId: tame.planId, theme: "PREVENT", title: "Theirs", kpis: [] },
        "input.planId",
      );
      await forbidden(c, ADD_KPI, { planId: tame.planId, name: "Sites visited" }, "input.planId");
      await forbidden(
        c,
        ADD_ACTION,
        {
          objectiveId: tame.objectiveId,
          title: "Theirs",
          deliveryDate: "2026-03-31",
          leadAgencyIds: [WMP],
          leadOfficerIds: [helenMarshId],
          milestones: [],
        },
        "input.objectiveId",
      );
      await forbidden(c, ADD_MILESTONE, { actionId: tame.actionId, title: "Theirs" }, "input.actionId");
      await forbidden(c, COMPLETE, { milestoneId: tame.milestoneId, doneOn: "2025-09-01" }, "input.milestoneId");
      await forbidden(c, PROGRESS, { actionId: tame.actionId, rag: "GREEN", note: "Done." }, "input.actionId");
      await forbidden(
        c,
        ASSESS,
        { partnershipId: TAME, assessedOn: "2025-09-30", assessor: "The board", ratings: ratings("MATURE_PRACTICE") },
        "input.partnershipId",
      );
      await forbidden(
        c,
        ASSESS,
        { agencyId: TVC, assessedOn: "2025-09-30", assessor: "The board", ratings: ratings("MATURE_PRACTICE") },
        "input.agencyId",
      );
    });

    it("acting in Sandwell: the Tame Valley's agencies and staff cannot lead, attend or report", async () => {
      const c = sandwellCoordinator;
      await forbidden(
        c,
        MEETING,
        {
          heldOn: "2025-06-01",
          kind: "OPERATIONAL",
          title: "SHOP",
          attendance: [
            { agencyId: WMP, attendance: "PRESENT" },
            { agencyId: TVC, attendance: "PRESENT" },
          ],
        },
        "input.attendance[1].agencyId",
      );
      const action = {
        objectiveId: sandwell.objectiveId,
        title: "Joint visits",
        deliveryDate: "2026-03-31",
        leadAgencyIds: [SMBC, TVC],
        leadOfficerIds: [helenMarshId],
        milestones: [],
      };
      await forbidden(c, ADD_ACTION, action, "input.leadAgencyIds[1]");
      await forbidden(
        c,
        ADD_ACTION,
        { ...action, leadAgencyIds: [SMBC], leadOfficerIds: [rhiannonPryceId] },
        "input.leadOfficerIds[0]",
      );
    });

    it("acting in the Tame Valley, with the police who are in both: Sandwell's meeting, action and maturity are refused", async () => {
      const policeCoordinatorInTame = await t.asIn("TAME", "WMP", Role.COORDINATOR);
      for (const c of [tameCoordinator, policeCoordinatorInTame]) {
        await forbidden(
          c,
          MEETING,
          {
            partnershipId: SANDWELL,
            heldOn: "2025-06-01",
            kind: "OPERATIONAL",
            title: "SHOP",
            attendance: [{ agencyId: WMP, attendance: "PRESENT" }],
          },
          "input.partnershipId",
        );
        await forbidden(
          c,
          ADD_ACTION,
          {
            objectiveId: sandwell.objectiveId,
            title: "Ours in theirs",
            deliveryDate: "2026-03-31",
            leadAgencyIds: [WMP],
            leadOfficerIds: [rhiannonPryceId],
            milestones: [],
          },
          "input.objectiveId",
        );
        await forbidden(
          c,
          ASSESS,
          { agencyId: SMBC, assessedOn: "2025-09-30", assessor: "The board", ratings: ratings("EARLY_PROGRESS") },
          "input.agencyId",
        );
      }
    });

    it("Sandwell's own writes leave the Tame Valley's figures as they were", async () => {
      const before = await figures(policeInTame, TAME);
      await governanceOf(sandwellCoordinator, SANDWELL, [SMBC, WMP], helenMarshId, [WMP, HFJ, SMBC]);
      expect(await figures(policeInTame, TAME)).toEqual(before);
      const after = await figures(policeInSandwell, SANDWELL);
      expect(after.actionPlans.totalCount).toBe(sandwellBefore.actionPlans.totalCount + 1);
      expect(after.wmpAssessments.totalCount).toBe(1);
    });
  });

  describe("the directory inside the boundary", () => {
    const PERSON = `query($id: ID!) { person(id: $id) { name email jobTitle agency { shortName } } }`;

    it("lists only the acting partnership's member agencies' staff", async () => {
      const members = {
        [SANDWELL]: (
          await ok(sandwellCoordinator, `query($p: ID!) { partnership(id: $p) { members { agency { id } } } }`, {
            p: SANDWELL,
          })
        ).partnership.members.map((m: any) => m.agency.id),
        [TAME]: (
          await ok(tameCoordinator, `query($p: ID!) { partnership(id: $p) { members { agency { id } } } }`, {
            p: TAME,
          })
        ).partnership.members.map((m: any) => m.agency.id),
      };
      for (const [client, partnership] of [
        [policeInSandwell, SANDWELL],
        [sandwellCoordinator, SANDWELL],
        [policeInTame, TAME],
        [tameCoordinator, TAME],
      ] as const) {
        const people = (await ok(client, `{ people(first: 100) { totalCount nodes { agency { id } } } }`)).people;
        expect(people.nodes.length).toBeGreaterThan(0);
        expect(people.nodes.every((p: any) => members[partnership].includes(p.agency.id))).toBe(true);
      }
      expect(await personId(policeInSandwell, "Rhiannon Pryce")).toBeUndefined();
      expect(await personId(policeInTame, "Helen Marsh")).toBeUndefined();
      expect(await personId(policeInTame, "Rhiannon Pryce")).toBe(rhiannonPryceId);
    });

    it("PERSONNEL of a non-member agency's staff is refused, though the caller holds PERSONNEL in the partnership it acts in", async () => {
      // The police hold PERSONNEL in both partnerships: in Sandwell, the Tame Valley council's staff are not theirs to see.
      const refused = await policeInSandwell.query<any>(PERSON, { id: rhiannonPryceId });
      expect(refused.data!.person).toEqual({
        name: "Rhiannon Pryce",
        email: null,
        jobTitle: null,
        agency: { shortName: "TVC" },
      });
      expect(refused.errors?.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: "FORBIDDEN_BY_SHARING_AGREEMENT", category: "PERSONNEL" }),
        expect.objectContaining({ code: "FORBIDDEN_BY_SHARING_AGREEMENT", category: "PERSONNEL" }),
      ]);
      const seen = await policeInTame.query<any>(PERSON, { id: rhiannonPryceId });
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.person.email).toMatch(/@/);

      // And the other way: in the Tame Valley, Sandwell council's staff are not theirs to see.
      const helenInTame = await policeInTame.query<any>(PERSON, { id: helenMarshId });
      expect(helenInTame.data!.person).toMatchObject({ name: "Helen Marsh", email: null, jobTitle: null });
      expect(helenInTame.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN_BY_SHARING_AGREEMENT" });
      const helenInSandwell = await policeInSandwell.query<any>(PERSON, { id: helenMarshId });
      expect(helenInSandwell.errors).toBeUndefined();
      expect(helenInSandwell.data!.person.email).toBe("helen.marsh@smbc.example.org");

      // An agency's own staff always see each other's details, in any partnership.
      const own = await tameCoordinator.query<any>(PERSON, { id: rhiannonPryceId });
      expect(own.errors).toBeUndefined();
      expect(own.data!.person.email).toMatch(/@/);
    });
  });

  describe("the directory import: CSV, a report for every row, all or nothing", () => {
    const HEADER = "name,email,job_title,agency,user_id,roles,start_date";
    const AGENCIES = ["TVC", "TVRC", "WMP", "HFJ"];
    /** 199 new people of the Tame Valley's members (the 200th is below); every tenth with roles, dates in UK and ISO form. */
    const people = Array.from({ length: 199 }, (_, i) => {
      const n = String(i + 1).padStart(3, "0");
      const agency = AGENCIES[i % AGENCIES.length]!;
      const withRoles = i % 10 === 0;
      return [
        i === 7 ? `"O'Neill, Siobhán ${n}"` : `Imported Person ${n}`,
        `imported.${n}@${agency.toLowerCase()}.example.org`,
        i % 3 === 0 ? "" : "Safeguarding Officer",
        agency,
        withRoles ? `tame-user-${n}` : "",
        withRoles ? (i % 20 === 0 ? "CASEWORKER;TRAINING_ADMIN" : "coordinator") : "",
        withRoles ? (i % 20 === 0 ? "01/04/2025" : "2025-04-01") : "",
      ];
    });
    const police = demoUser("WMP", [Role.PARTNERSHIP_ADMIN]);
    /** A police officer given PARTNERSHIP_ADMIN in the Tame Valley by the file, and Rhiannon Pryce already in the directory. */
    const extra = [
      ["Police Admin", "police.admin@wmp.example.org", "Inspector", "WMP", police.userId, "PARTNERSHIP_ADMIN", ""],
      ["Rhiannon Pryce", "(her email, in capitals)", "", "TVC", "", "", ""],
    ];
    const csv = (rows: string[][]) => [HEADER, ...rows.map((r) => r.join(","))].join("\n");
    /** Ten rows with two roles, ten with one, and the police administrator's. */
    const rolesInFile = 10 * 2 + 10 * 1 + 1;

    beforeAll(async () => {
      const rhiannon = await ok(tameCoordinator, `query($id: ID!) { person(id: $id) { email } }`, {
        id: rhiannonPryceId,
      });
      extra[1]![1] = rhiannon.person.email.toUpperCase();
    });

    it("a file with two bad rows imports nothing, and says which rows, which columns and why", async () => {
      const bad = people.map((row) => [...row]);
      bad[56]![3] = "SMBC";
      bad[120]![6] = "31/13/2025";
      bad[120]![4] = "tame-user-x";
      bad[120]![5] = "READ_ONLY";
      const before = await rowCounts();
      const report = (await ok(tameCoordinator, IMPORT, { csv: csv([...bad, ...extra]) })).importDirectory;
      expect(await rowCounts()).toEqual(before);
      expect(report).toMatchObject({ committed: false, imported: 0, duplicates: 1, rejected: 2, rolesGiven: 0 });
      expect(report.rows).toHaveLength(201);
      expect(report.rows.filter((r: any) => r.outcome === "REJECTED")).toEqual([
        { row: 58, outcome: "REJECTED", column: "agency", reason: "SMBC is not a member of this partnership" },
        {
          row: 122,
          outcome: "REJECTED",
          column: "start_date",
          reason: '"31/13/2025" is not a date (DD/MM/YYYY or YYYY-MM-DD)',
        },
      ]);
      expect(report.rows[0]).toEqual({
        row: 2,
        outcome: "ACCEPTED",
        column: null,
        reason: "valid, but not imported: the file has rejected rows, and an import is all or nothing",
      });
      expect(report.rows[200]).toMatchObject({ row: 202, outcome: "DUPLICATE" });
      expect(report.rows.filter((r: any) => r.outcome === "ACCEPTED")).toHaveLength(198);
    });

    it("200 people imported in one go: every row reported, their roles held in the partnership from the file's dates", async () => {
      const before = await rowCounts();
      const report = (await ok(tameCoordinator, IMPORT, { csv: csv([...people, ...extra]) })).importDirectory;
      expect(report).toMatchObject({
        committed: true,
        imported: 200,
        duplicates: 1,
        rejected: 0,
        rolesGiven: rolesInFile,
      });
      expect(report.rows.map((r: any) => r.row)).toEqual(Array.from({ length: 201 }, (_, i) => i + 2));
      expect(report.rows.filter((r: any) => r.outcome === "ACCEPTED")).toHaveLength(200);
      expect(report.rows[200]).toEqual({
        row: 202,
        outcome: "DUPLICATE",
        column: null,
        reason: "this person is already in the directory",
      });
      expect(await rowCounts()).toEqual({
        ...before,
        person: before.person + 200,
        partnership_role: before.partnership_role + rolesInFile,
      });
      const roles = await t.database.query<{ role: string; granted_on: string; partnership_id: string }>(
        `SELECT role, granted_on::text, partnership_id::text FROM governance.partnership_role
          WHERE user_id = 'tame-user-001' ORDER BY role`,
      );
      expect(roles).toEqual([
        { role: "CASEWORKER", granted_on: "2025-04-01", partnership_id: TAME },
        { role: "TRAINING_ADMIN", granted_on: "2025-04-01", partnership_id: TAME },
      ]);
      const siobhan = await ok(
        tameCoordinator,
        `{ people(filter: { search: "Siobhán" }) { nodes { name jobTitle agency { shortName } } } }`,
      );
      expect(siobhan.people.nodes).toEqual([
        { name: "O'Neill, Siobhán 008", jobTitle: "Safeguarding Officer", agency: { shortName: "HFJ" } },
      ]);

      // The same file again: every row a duplicate, nothing written.
      const again = (await ok(tameCoordinator, IMPORT, { csv: csv([...people, ...extra]) })).importDirectory;
      expect(again).toMatchObject({ committed: false, imported: 0, duplicates: 201, rejected: 0, rolesGiven: 0 });
    });

    it("the imported people are the Tame Valley's: Sandwell lists its shared members' staff, not the council's", async () => {
      expect(await personId(tameCoordinator, "Imported Person 001")).toBeTruthy();
      expect(await personId(policeInSandwell, "Imported Person 001")).toBeUndefined(); // TVC
      const shared = await personId(policeInSandwell, "Imported Person 003"); // WMP
      expect(shared).toBeTruthy();
      const tvcPerson = (await personId(tameCoordinator, "Imported Person 005"))!;
      const refused = await policeInSandwell.query<any>(`query($id: ID!) { person(id: $id) { name email } }`, {
        id: tvcPerson,
      });
      expect(refused.data!.person).toEqual({ name: "Imported Person 005", email: null });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN_BY_SHARING_AGREEMENT" });
    });

    it("a role the file gives counts: the police officer named in it now administers the Tame Valley, and only there", async () => {
      const identityProvider = await DemoIdentityProvider.fromJwk(t.keys.users.privateJwk);
      const tiny = csv([extra[0]!]);
      const named = clientFor(t.gatewayUrl, await identityProvider.issue(police), TAME);
      expect((await ok(named, IMPORT, { csv: tiny })).importDirectory).toMatchObject({ duplicates: 1, rejected: 0 });
      const other = clientFor(
        t.gatewayUrl,
        await identityProvider.issue(demoUser("WMP", [Role.PARTNERSHIP_ADMIN, Role.READ_ONLY])),
        TAME,
      );
      expect((await other.query<any>(IMPORT, { csv: tiny })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("only partnership administrators import; agencies outside the partnership are rejected rows; a malformed file is refused whole", async () => {
      expect(
        (await policeInTame.query<any>(IMPORT, { csv: csv(people.slice(0, 2)) })).errors?.[0]?.extensions?.code,
      ).toBe("FORBIDDEN");
      const before = await rowCounts();
      const sandwellReport = (
        await ok(sandwellCoordinator, IMPORT, {
          csv: csv([["Someone New", "someone.new@tvc.example.org", "", "TVC", "", "", ""]]),
        })
      ).importDirectory;
      expect(sandwellReport.rows).toEqual([
        { row: 2, outcome: "REJECTED", column: "agency", reason: "TVC is not a member of this partnership" },
      ]);
      for (const [file, message] of [
        ["name,email\nA Person,a@b.org", /lacks the columns job_title, agency/],
        [HEADER, /no rows/],
        ['name,email,job_title,agency\n"unterminated,a@b.org,,TVC', /not a readable CSV file/],
      ] as const) {
        const result = await tameCoordinator.query<any>(IMPORT, { csv: file });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.csv" });
        expect(result.errors![0]!.message).toMatch(message);
      }
      expect(await rowCounts()).toEqual(before);
    });
  });
});
