import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

const TABLES = ["action_plan", "plan_objective", "plan_action", "action_update", "meeting", "meeting_attendance"];

const ANNUAL_REPORT = `query AnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!) {
  partnership(id: $id) {
    name
    caseStatistics(from: $from, to: $to) {
      concerns { count } peopleScreened { count } visits { count } interventions { count } nrmReferrals { count }
      concernsByTown { key count } peopleScreenedByGender { key count }
    }
    trainingStatistics(from: $from, to: $to) { peopleTrainedByLevel { level count } qualifiedFirstResponders }
    procurementStatistics { suppliersByStatementStatus { key count } }
    actionPlanSummary(asOf: "2025-06-30") { plan { title } rag { rag count } overdue { title } }
    meetingAttendance(from: $from, to: $to) { agency { shortName } meetings present rate }
  }
}`;

describe("governance: the action plan, meetings, the maturity matrix and the annual report", () => {
  let t: TestPlatform;
  let coordinator: Client;
  let police: Client;
  let partnershipId: string;
  let planId: string;

  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [
          table,
          (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM governance.${table}`))[0]!.n,
        ]),
      ),
    );
  const refused = async (client: Client, query: string, variables: Record<string, unknown>, field: string) => {
    const before = await rowCounts();
    const result = await client.query<any>(query, variables);
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
      code: "BAD_USER_INPUT",
      field,
    });
    expect(await rowCounts()).toEqual(before);
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    coordinator = await t.as("SMBC", Role.COORDINATOR);
    police = await t.as("WMP", Role.CASEWORKER);
    const partnerships: any = await coordinator.query("{ partnerships(first: 5) { nodes { id actionPlans { id } } } }");
    partnershipId = partnerships.data.partnerships.nodes[0].id;
    planId = partnerships.data.partnerships.nodes[0].actionPlans[0].id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("the demo 2023–26 plan: four objectives under the four Ps, twelve actions, every RAG colour", async () => {
    const result = await police.query<any>(
      `query($id: ID!) { actionPlan(id: $id) { title startsOn endsOn ragSummary { rag count }
        objectives { number theme kpis actions { title rag leadAgencies { shortName } leadOfficers { name } milestones } } } }`,
      { id: planId },
    );
    expect(result.errors).toBeUndefined();
    const plan = result.data!.actionPlan;
    expect(plan).toMatchObject({ startsOn: "2023-04-01", endsOn: "2026-03-31" });
    expect(plan.objectives.map((o: any) => o.theme)).toEqual(["PROTECT", "PREVENT", "PREPARE", "PURSUE"]);
    expect(plan.objectives.flatMap((o: any) => o.actions)).toHaveLength(12);
    expect(plan.ragSummary).toEqual([
      { rag: "RED", count: 2 },
      { rag: "AMBER", count: 2 },
      { rag: "GREEN", count: 4 },
      { rag: "COMPLETE", count: 2 },
      { rag: "NOT_STARTED", count: 2 },
    ]);
    const first = plan.objectives[0].actions.find((a: any) => a.title.startsWith("Strengthen the approach"));
    expect(first).toMatchObject({
      leadAgencies: [{ shortName: "SMBC" }],
      leadOfficers: [{ name: "Helen Marsh" }],
    });
  });

  it("lists red and overdue actions, and a RAG update moves the summary", async () => {
    const lists = await police.query<any>(
      `query($id: ID!) { redActions(planId: $id) { title } overdueActions(planId: $id, asOf: "2025-06-30") { title deliveryDate rag } }`,
      { id: planId },
    );
    expect(lists.data!.redActions.map((a: any) => a.title)).toEqual([
      "Develop resettlement pathways for survivors, working towards trusted assessor status with the Salvation Army",
      "Work with the regional board to adopt a public health approach to modern slavery",
    ]);
    expect(lists.data!.overdueActions.map((a: any) => [a.deliveryDate, a.rag])).toEqual([
      ["2024-12-31", "NOT_STARTED"],
      ["2025-03-31", expect.any(String)],
      ["2025-03-31", expect.any(String)],
      ["2025-03-31", expect.any(String)],
    ]);

    const red = lists.data!.redActions[0];
    const actions: any = await police.query(`query($id: ID!) { redActions(planId: $id) { id title } }`, { id: planId });
    const update = await coordinator.query<any>(
      `mutation($input: RecordProgressInput!) { recordActionProgress(input: $input) { rag note } }`,
      {
        input: {
          actionId: actions.data.redActions.find((a: any) => a.title === red.title).id,
          rag: "GREEN",
          note: "Trusted assessor status granted.",
        },
      },
    );
    expect(update.errors).toBeUndefined();
    const summary = await police.query<any>(`query($id: ID!) { actionPlan(id: $id) { ragSummary { rag count } } }`, {
      id: planId,
    });
    expect(summary.data!.actionPlan.ragSummary.slice(0, 3)).toEqual([
      { rag: "RED", count: 1 },
      { rag: "AMBER", count: 2 },
      { rag: "GREEN", count: 5 },
    ]);
  });

  describe("bad input: BAD_USER_INPUT naming the field, nothing written", () => {
    const ADD = `mutation($input: AddActionInput!) { addPlanAction(input: $input) { id } }`;
    let objectiveId: string;
    let actionId: string;
    beforeAll(async () => {
      const plan: any = await coordinator.query(
        `query($id: ID!) { actionPlan(id: $id) { objectives { id actions { id } } } }`,
        {
          id: planId,
        },
      );
      objectiveId = plan.data.actionPlan.objectives[0].id;
      actionId = plan.data.actionPlan.objectives[0].actions[0].id;
    });
    const action = (overrides: Record<string, unknown> = {}) => ({
      objectiveId,
      title: "Publish the survivor-led review",
      deliveryDate: "2025-10-31",
      leadAgencyIds: [demoAgencyId("SMBC")],
      ...overrides,
    });

    it("a delivery date before the plan starts", () =>
      refused(coordinator, ADD, { input: action({ deliveryDate: "2023-01-31" }) }, "input.deliveryDate"));
    it("a delivery date after the plan ends", () =>
      refused(coordinator, ADD, { input: action({ deliveryDate: "2027-01-31" }) }, "input.deliveryDate"));
    it("an unknown lead agency", () =>
      refused(
        coordinator,
        ADD,
        { input: action({ leadAgencyIds: [demoAgencyId("SMBC"), "7b0e9a52-51f1-4c52-9a0f-4d3e2f1a0b99"] }) },
        "input.leadAgencyIds[1]",
      ));
    it("no lead agency", () =>
      refused(coordinator, ADD, { input: action({ leadAgencyIds: [] }) }, "input.leadAgencyIds"));
    it("a RAG update without a note", () =>
      refused(
        coordinator,
        `mutation($input: RecordProgressInput!) { recordActionProgress(input: $input) { id } }`,
        { input: { actionId, rag: "AMBER", note: "   " } },
        "input.note",
      ));
    it("a meeting listing an agency twice", () =>
      refused(
        coordinator,
        `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`,
        {
          input: {
            partnershipId,
            heldOn: "2025-05-01",
            kind: "OPERATIONAL",
            title: "SHOP",
            attendance: [
              { agencyId: demoAgencyId("WMP"), attendance: "PRESENT" },
              { agencyId: demoAgencyId("WMP"), attendance: "ABSENT" },
            ],
          },
        },
        "input.attendance[1].agencyId",
      ));

    it("a user without the role is refused", async () => {
      const before = await rowCounts();
      const result = await police.query<any>(ADD, { input: action() });
      expect(result.errors![0]!.extensions!.code).toBe("FORBIDDEN");
      expect(await rowCounts()).toEqual(before);
    });
  });

  it("compares the maturity self-assessments area by area", async () => {
    const result = await police.query<any>(
      `query($id: ID!) { partnership(id: $id) { maturityComparison { area levels change } } }`,
      {
        id: partnershipId,
      },
    );
    expect(result.data!.partnership.maturityComparison).toContainEqual({
      area: "SUPPLY_CHAINS",
      levels: ["BASIC_FIRST_STEPS", "EARLY_PROGRESS"],
      change: 1,
    });
    expect(result.data!.partnership.maturityComparison).toContainEqual({
      area: "RESOURCES_AND_CAPACITY",
      levels: ["EARLY_PROGRESS", "EARLY_PROGRESS"],
      change: 0,
    });
  });

  it("the annual report in one query: the partnership's 2019/20 from every subgraph, with the report's headline figures", async () => {
    const result = await police.query<any>(ANNUAL_REPORT, { id: partnershipId, from: "2019-04-01", to: "2020-03-31" });
    expect(result.errors).toBeUndefined();
    const year = result.data!.partnership;
    expect(year.caseStatistics.concerns.count).toBe(171);
    expect(year.caseStatistics.peopleScreened.count).toBe(406);
    expect(year.caseStatistics.visits.count).toBe(98);
    expect(year.caseStatistics.interventions.count).toBe(468);
    expect(year.caseStatistics.peopleScreenedByGender).toEqual([
      { key: "MALE", count: 261 },
      { key: "FEMALE", count: 145 },
    ]);
    const levels = Object.fromEntries(year.trainingStatistics.peopleTrainedByLevel.map((l: any) => [l.level, l.count]));
    expect(levels.LEVEL_1_AWARENESS).toBe(1253);
    expect(year.trainingStatistics.qualifiedFirstResponders).toBe(133);
    expect(year.procurementStatistics.suppliersByStatementStatus.reduce((n: number, s: any) => n + s.count, 0)).toBe(9);
    expect(year.actionPlanSummary.plan.title).toMatch(/2023–2026/);
    expect(year.actionPlanSummary.rag.reduce((n: number, r: any) => n + r.count, 0)).toBe(12);
    const attendance = Object.fromEntries(year.meetingAttendance.map((a: any) => [a.agency.shortName, a]));
    expect(attendance.WMP).toMatchObject({ meetings: 16, present: 16, rate: 1 });
    expect(attendance.SALV).toMatchObject({ meetings: 12, present: 6, rate: 0.5 });
  });
});
