import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/** Every governance table the plan, meeting and maturity mutations write. */
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
];
const UNKNOWN_ID = "7b0e9a52-51f1-4c52-9a0f-4d3e2f1a0b99";
/** The demo plan's updates all fall on or before this day, so summaries on it do not move with the calendar. */
const MID_2025 = "2025-06-30";

const RESETTLEMENT = "Embed resettlement pathways for survivors of modern slavery";
const STRENGTHEN = "Strengthen the approach to supporting victims of modern slavery";
const PUBLIC_HEALTH = "Work with the modern slavery and human trafficking regional board";

const ANNUAL_REPORT = `query AnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!) {
  partnership(id: $id) {
    name
    caseStatistics(from: $from, to: $to) {
      concerns { count } peopleScreened { count } visits { count } interventions { count } nrmReferrals { count }
      concernsByArea { area { name } count } peopleScreenedByGender { key count }
    }
    trainingStatistics(from: $from, to: $to) { peopleTrainedByLevel { level count } qualifiedFirstResponders }
    procurementStatistics { suppliersByStatementStatus { key count } }
    actionPlanSummary(asOf: "2025-06-30") { plan { title } asOf rag { rag count } overdue { title } red { title } }
    meetingAttendance(from: $from, to: $to) { agency { shortName } meetings present apologies absent rate }
  }
}`;

const counts = (rows: Array<{ rag: string; count: number }>) => Object.fromEntries(rows.map((r) => [r.rag, r.count]));

describe("governance: the action plan, meetings, the maturity matrix and the annual report", () => {
  let t: TestPlatform;
  let coordinator: Client;
  let police: Client;
  let partnershipId: string;
  let planId: string;
  /** The demo plan's objectives with their action ids and titles. */
  let objectives: Array<{
    id: string;
    actions: Array<{ id: string; title: string; leadOfficers: Array<{ id: string; name: string }> }>;
  }>;
  let helenMarshId: string;

  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [
          table,
          (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM governance.${table}`))[0]!.n,
        ]),
      ),
    );
  const refused = async (
    client: Client,
    query: string,
    variables: Record<string, unknown>,
    field: string,
    message?: RegExp,
  ) => {
    const before = await rowCounts();
    const result = await client.query<any>(query, variables);
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
      code: "BAD_USER_INPUT",
      field,
    });
    if (message) expect(result.errors![0]!.message).toMatch(message);
    expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ""] ?? null).toBeNull();
    expect(await rowCounts()).toEqual(before);
  };
  /** SQL statements the subgraphs ran for a query: the fewest of three runs (loaders may batch in one wave or two). */
  const cost = async (query: string, variables: Record<string, unknown>) => {
    const statements = () => t.platform.subgraphs.reduce((sum, s) => sum + (s.statements?.() ?? 0), 0);
    const once = async () => {
      const before = statements();
      const result = await police.query(query, variables);
      expect(result.errors).toBeUndefined();
      return statements() - before;
    };
    return Math.min(await once(), await once(), await once());
  };
  const PLAN_TREE = `query($id: ID!) { actionPlan(id: $id) { ragSummary { rag count } kpis { name }
    objectives { ragSummary { rag count } kpis { name } actions { rag milestones { title } leadAgencies { shortName }
      leadOfficers { name } updates { note reporter { name } } } } } }`;
  const actionId = (title: string) => objectives.flatMap((o) => o.actions).find((a) => a.title.startsWith(title))!.id;

  beforeAll(async () => {
    t = await startTestPlatform();
    coordinator = await t.as("SMBC", Role.COORDINATOR);
    police = await t.as("WMP", Role.CASEWORKER);
    const partnerships: any = await police.query("{ partnerships(first: 5) { nodes { id } } }");
    partnershipId = partnerships.data.partnerships.nodes[0].id;
    const plans: any = await police.query(
      `query($p: ID!) { actionPlans(partnershipId: $p, first: 10) { totalCount nodes { id
         objectives { id actions { id title leadOfficers { id name } } } } } }`,
      { p: partnershipId },
    );
    expect(plans.errors).toBeUndefined();
    expect(plans.data.actionPlans.totalCount).toBe(1);
    planId = plans.data.actionPlans.nodes[0].id;
    objectives = plans.data.actionPlans.nodes[0].objectives;
    helenMarshId = objectives[0]!.actions[0]!.leadOfficers.find((p) => p.name === "Helen Marsh")!.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("the demo 2023–26 plan", () => {
    it("has four objectives under the four Ps with their KPIs, twelve actions with milestones, leads and officers", async () => {
      const result = await police.query<any>(
        `query($id: ID!) { actionPlan(id: $id) { title startsOn endsOn partnership { name } kpis { name target unit }
          objectives { number theme title kpis { name description target unit }
            actions { title deliveryDate leadAgencies { shortName } leadOfficers { name }
              milestones { position title dueOn doneOn }
              updates { reportedOn rag note reporter { name } reporterAgency { shortName } } } } } }`,
        { id: planId },
      );
      expect(result.errors).toBeUndefined();
      const plan = result.data!.actionPlan;
      expect(plan).toMatchObject({
        title: "Sandwell Modern Slavery Action Plan and Strategy 2023–2026",
        startsOn: "2023-04-01",
        endsOn: "2026-03-31",
        partnership: { name: "Sandwell Anti-Slavery Partnership" },
        kpis: [{ name: "Actions delivered by their delivery date", target: 90, unit: "%" }],
      });
      expect(plan.objectives.map((o: any) => [o.number, o.theme])).toEqual([
        [1, "PROTECT"],
        [2, "PREVENT"],
        [3, "PREPARE"],
        [4, "PURSUE"],
      ]);
      expect(plan.objectives[3].title).toBe(
        "Prosecuting and disrupting individuals and groups responsible for modern slavery",
      );
      expect(plan.objectives.map((o: any) => o.kpis.length)).toEqual([5, 3, 5, 6]);
      expect(plan.objectives[1].kpis[0]).toEqual({
        name: "Professionals trained",
        description: "Numbers of professionals trained, with the number of training courses delivered.",
        target: 500,
        unit: "professionals a year",
      });
      const actions = plan.objectives.flatMap((o: any) => o.actions);
      expect(actions).toHaveLength(12);
      expect(actions.flatMap((a: any) => a.milestones)).toHaveLength(36);
      expect(actions.every((a: any) => a.leadAgencies.length > 0 && a.leadOfficers.length > 0)).toBe(true);
      const pathways = actions.find((a: any) => a.title.startsWith("Review and refresh victim pathway"));
      expect(pathways).toMatchObject({
        deliveryDate: "2024-03-31",
        leadAgencies: [{ shortName: "SMBC" }, { shortName: "SCT" }],
        leadOfficers: [{ name: "Helen Marsh" }, { name: "Joanne Pike" }],
        updates: [
          {
            reportedOn: "2024-03-28",
            rag: "COMPLETE",
            reporter: { name: "Helen Marsh" },
            reporterAgency: { shortName: "SMBC" },
          },
          { reportedOn: "2023-10-31", rag: "GREEN" },
        ],
      });
      expect(pathways.milestones.map((m: any) => [m.position, m.doneOn])).toEqual([
        [1, "2024-02-29"],
        [2, "2024-03-28"],
        [3, "2024-03-28"],
      ]);
    });

    it("summarises RAG per plan and per objective on a day: every colour in mid-2025, mostly not started in 2024", async () => {
      const result = await police.query<any>(
        `query($id: ID!) { actionPlan(id: $id) {
          mid2025: ragSummary(asOf: "2025-06-30") { rag count }
          march2024: ragSummary(asOf: "2024-03-31") { rag count }
          objectives { ragSummary(asOf: "2025-06-30") { rag count } } } }`,
        { id: planId },
      );
      expect(result.errors).toBeUndefined();
      const plan = result.data!.actionPlan;
      expect(plan.mid2025).toEqual([
        { rag: "RED", count: 2 },
        { rag: "AMBER", count: 3 },
        { rag: "GREEN", count: 3 },
        { rag: "COMPLETE", count: 3 },
        { rag: "NOT_STARTED", count: 1 },
      ]);
      expect(counts(plan.march2024)).toEqual({ RED: 0, AMBER: 1, GREEN: 1, COMPLETE: 2, NOT_STARTED: 8 });
      expect(plan.objectives.map((o: any) => counts(o.ragSummary))).toEqual([
        { RED: 1, AMBER: 1, GREEN: 0, COMPLETE: 1, NOT_STARTED: 0 },
        { RED: 0, AMBER: 1, GREEN: 1, COMPLETE: 0, NOT_STARTED: 1 },
        { RED: 1, AMBER: 1, GREEN: 0, COMPLETE: 1, NOT_STARTED: 0 },
        { RED: 0, AMBER: 0, GREEN: 2, COMPLETE: 1, NOT_STARTED: 0 },
      ]);
    });

    it("lists the overdue and the red actions on a day", async () => {
      const result = await police.query<any>(
        `query($id: ID!) {
          overdue: overdueActions(planId: $id, asOf: "2025-06-30") { title deliveryDate rag(asOf: "2025-06-30") }
          overdueEarly: overdueActions(planId: $id, asOf: "2024-03-31") { title }
          overdueAfter: overdueActions(planId: $id, asOf: "2024-04-01") { title }
          red: redActions(planId: $id, asOf: "2025-06-30") { title deliveryDate }
          redEarly: redActions(planId: $id, asOf: "2024-12-30") { title } }`,
        { id: planId },
      );
      expect(result.errors).toBeUndefined();
      const lists = result.data!;
      expect(lists.overdue.map((a: any) => [a.deliveryDate, a.rag])).toEqual([
        ["2024-03-31", "RED"],
        ["2025-03-31", "AMBER"],
      ]);
      expect(lists.overdue[0].title).toMatch(RESETTLEMENT);
      expect(lists.overdue[1].title).toMatch(STRENGTHEN);
      expect(lists.overdueEarly).toEqual([]);
      expect(lists.overdueAfter.map((a: any) => a.title)).toEqual([lists.overdue[0].title]);
      expect(lists.red.map((a: any) => a.deliveryDate)).toEqual(["2024-03-31", "2026-03-31"]);
      expect(lists.red[0].title).toMatch(RESETTLEMENT);
      expect(lists.red[1].title).toMatch(PUBLIC_HEALTH);
      expect(lists.redEarly).toEqual([]);
    });
  });

  it("compares Sandwell council's 2023 and 2025 maturity self-assessments area by area", async () => {
    const result = await police.query<any>(
      `query($smbc: ID!) {
        agency(id: $smbc) { maturityComparison { area levels change latest ratings { evidence assessment { assessedOn } } } }
        maturityComparison(agencyId: $smbc) { area change }
        maturityAssessments(agencyId: $smbc, first: 5) { totalCount nodes { assessedOn assessor agency { shortName } ratings { area level } } } }`,
      { smbc: demoAgencyId("SMBC") },
    );
    expect(result.errors).toBeUndefined();
    const comparison = result.data!.agency.maturityComparison;
    expect(comparison.map((c: any) => [c.area, c.levels, c.change])).toEqual([
      ["LEADERSHIP", ["SUBSTANTIAL_PROGRESS", "MATURE_PRACTICE"], 1],
      ["RESOURCES_AND_CAPACITY", ["EARLY_PROGRESS", "EARLY_PROGRESS"], 0],
      ["IDENTIFYING_REFERRING_SUPPORTING_VICTIMS", ["EARLY_PROGRESS", "SUBSTANTIAL_PROGRESS"], 1],
      ["DISRUPTION_AND_PREVENTION", ["SUBSTANTIAL_PROGRESS", "MATURE_PRACTICE"], 1],
      ["SUPPLY_CHAINS", ["BASIC_FIRST_STEPS", "EARLY_PROGRESS"], 1],
    ]);
    expect(comparison[4].latest).toBe("EARLY_PROGRESS");
    expect(comparison[4].ratings.map((r: any) => r.assessment.assessedOn)).toEqual(["2023-06-30", "2025-06-30"]);
    expect(comparison[4].ratings[1].evidence).toMatch(/clause in every new contract/);
    expect(result.data!.maturityComparison.map((c: any) => c.change)).toEqual([1, 0, 1, 1, 1]);
    const assessments = result.data!.maturityAssessments;
    expect(assessments.totalCount).toBe(2);
    expect(assessments.nodes.map((a: any) => a.assessedOn)).toEqual(["2025-06-30", "2023-06-30"]);
    expect(assessments.nodes[0].agency).toEqual({ shortName: "SMBC" });
    expect(assessments.nodes[0].ratings).toHaveLength(5);
  });

  it("gives each agency's meeting attendance over a period, counted in SQL", async () => {
    const result = await police.query<any>(
      `query($id: ID!) { partnership(id: $id) {
        year: meetingAttendance(from: "2019-04-01", to: "2020-03-31") { agency { shortName } meetings present apologies absent rate }
        q4: meetingAttendance(from: "2020-01-01", to: "2020-03-31") { agency { shortName } meetings present apologies absent rate }
        board: meetings(from: "2019-04-01", to: "2020-03-31", kind: STRATEGIC, first: 2) { totalCount pageInfo { hasNextPage }
          nodes { heldOn kind title attendance { agency { shortName } attendance } } }
        all: meetings(from: "2019-04-01", to: "2020-03-31") { totalCount } } }`,
      { id: partnershipId },
    );
    expect(result.errors).toBeUndefined();
    const p = result.data!.partnership;
    const year = Object.fromEntries(p.year.map((a: any) => [a.agency.shortName, a]));
    expect(p.year).toHaveLength(11);
    expect(year.WMP).toMatchObject({ meetings: 16, present: 16, apologies: 0, absent: 0, rate: 1 });
    expect(year.SALV).toMatchObject({ meetings: 12, present: 6, apologies: 4, absent: 2, rate: 0.5 });
    expect(year.HMRC).toMatchObject({ meetings: 12, present: 8, apologies: 3, absent: 1, rate: 0.667 });
    expect(year.SWBH).toMatchObject({ meetings: 4, present: 2, apologies: 1, absent: 1, rate: 0.5 });
    expect(p.year.map((a: any) => a.rate)).toEqual([...p.year.map((a: any) => a.rate)].sort((a, b) => b - a));
    const q4 = Object.fromEntries(p.q4.map((a: any) => [a.agency.shortName, a]));
    expect(q4.SALV).toMatchObject({ meetings: 3, present: 0, apologies: 1, absent: 2, rate: 0 });
    expect(q4.SCT).toMatchObject({ meetings: 4, present: 2, apologies: 2, absent: 0, rate: 0.5 });
    expect(q4.WMP).toMatchObject({ meetings: 4, present: 4, rate: 1 });
    expect(p.board).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(p.board.nodes[0]).toMatchObject({ heldOn: "2019-06-20", kind: "STRATEGIC" });
    expect(p.board.nodes[0].attendance).toHaveLength(6);
    expect(p.all.totalCount).toBe(16);

    const backwards = await police.query<any>(
      `query($id: ID!) { partnership(id: $id) { meetingAttendance(from: "2020-03-31", to: "2019-04-01") { rate } } }`,
      { id: partnershipId },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  it("lists the acting partnership's plans when no partnership is named (left out or null)", async () => {
    for (const query of [
      "{ actionPlans(first: 10) { totalCount nodes { title } } }",
      "{ actionPlans(partnershipId: null, first: 10) { totalCount nodes { title } } }",
    ]) {
      const result = await coordinator.query<any>(query);
      expect(result.errors).toBeUndefined();
      expect(result.data!.actionPlans.totalCount).toBe(1);
      expect(result.data!.actionPlans.nodes[0].title).toBe(
        "Sandwell Modern Slavery Action Plan and Strategy 2023–2026",
      );
    }
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
    expect(year.actionPlanSummary).toMatchObject({
      plan: { title: "Sandwell Modern Slavery Action Plan and Strategy 2023–2026" },
      asOf: MID_2025,
    });
    expect(counts(year.actionPlanSummary.rag)).toEqual({ RED: 2, AMBER: 3, GREEN: 3, COMPLETE: 3, NOT_STARTED: 1 });
    expect(year.actionPlanSummary.overdue).toHaveLength(2);
    expect(year.actionPlanSummary.red).toHaveLength(2);
    const attendance = Object.fromEntries(year.meetingAttendance.map((a: any) => [a.agency.shortName, a]));
    expect(attendance.WMP).toMatchObject({ meetings: 16, present: 16, rate: 1 });
    expect(attendance.SALV).toMatchObject({ meetings: 12, present: 6, rate: 0.5 });
  });

  describe("bad input: BAD_USER_INPUT naming the field, nothing written", () => {
    const ADD = `mutation($input: AddActionInput!) { addPlanAction(input: $input) { id } }`;
    const PROGRESS = `mutation($input: RecordProgressInput!) { recordActionProgress(input: $input) { id } }`;
    const action = (overrides: Record<string, unknown> = {}) => ({
      objectiveId: objectives[0]!.id,
      title: "Publish the survivor-led review",
      deliveryDate: "2025-10-31",
      leadAgencyIds: [demoAgencyId("SMBC")],
      leadOfficerIds: [helenMarshId],
      milestones: [{ title: "Survivors' panel convened", dueOn: "2025-06-30" }],
      ...overrides,
    });
    const progress = (overrides: Record<string, unknown> = {}) => ({
      actionId: actionId(STRENGTHEN),
      rag: "AMBER",
      note: "Still waiting on two agencies' activity data.",
      reportedOn: "2025-04-15",
      ...overrides,
    });

    it("a delivery date before the plan starts", () =>
      refused(
        coordinator,
        ADD,
        { input: action({ deliveryDate: "2023-01-31" }) },
        "input.deliveryDate",
        /before the plan starts/,
      ));
    it("a delivery date after the plan ends", () =>
      refused(
        coordinator,
        ADD,
        { input: action({ deliveryDate: "2027-01-31" }) },
        "input.deliveryDate",
        /after the plan ends/,
      ));
    it("an unknown lead agency", () =>
      refused(
        coordinator,
        ADD,
        { input: action({ leadAgencyIds: [demoAgencyId("SMBC"), UNKNOWN_ID] }) },
        "input.leadAgencyIds[1]",
      ));
    it("no lead agency", () =>
      refused(coordinator, ADD, { input: action({ leadAgencyIds: [] }) }, "input.leadAgencyIds"));
    it("an unknown lead officer", () =>
      refused(coordinator, ADD, { input: action({ leadOfficerIds: [UNKNOWN_ID] }) }, "input.leadOfficerIds[0]"));
    it("a milestone due after the plan ends (the action is not written either)", () =>
      refused(
        coordinator,
        ADD,
        {
          input: action({
            milestones: [{ title: "Panel convened" }, { title: "Review published", dueOn: "2026-06-30" }],
          }),
        },
        "input.milestones[1].dueOn",
      ));
    it("a milestone without a title", () =>
      refused(coordinator, ADD, { input: action({ milestones: [{ title: "" }] }) }, "input.milestones[0].title"));
    it("a RAG update with a blank note", () =>
      refused(coordinator, PROGRESS, { input: progress({ note: "   " }) }, "input.note"));
    it("a RAG update without a note", () =>
      refused(coordinator, PROGRESS, { input: progress({ note: null }) }, "input.note"));
    it("a RAG update dated before the plan starts", () =>
      refused(
        coordinator,
        PROGRESS,
        { input: progress({ reportedOn: "2023-03-01" }) },
        "input.reportedOn",
        /before the plan starts/,
      ));
    it("a RAG update dated in the future", () =>
      refused(coordinator, PROGRESS, { input: progress({ reportedOn: "2999-01-01" }) }, "input.reportedOn", /future/));
    it("an update setting NOT_STARTED", () =>
      refused(coordinator, PROGRESS, { input: progress({ rag: "NOT_STARTED" }) }, "input.rag"));
    it("an update from an unknown person", () =>
      refused(coordinator, PROGRESS, { input: progress({ reporterId: UNKNOWN_ID }) }, "input.reporterId"));
    it("an update on an unknown action", () =>
      refused(coordinator, PROGRESS, { input: progress({ actionId: UNKNOWN_ID }) }, "input.actionId"));
    it("a plan ending before it starts", () =>
      refused(
        coordinator,
        `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`,
        { input: { partnershipId, title: "Backwards plan", startsOn: "2026-04-01", endsOn: "2026-03-31" } },
        "input.endsOn",
      ));
    it("an objective whose KPI has a negative target (nor the objective written)", () =>
      refused(
        coordinator,
        `mutation($input: AddObjectiveInput!) { addPlanObjective(input: $input) { id } }`,
        {
          input: {
            planId,
            theme: "PREVENT",
            title: "Reach every school",
            kpis: [
              { name: "Schools reached", target: 20, unit: "schools" },
              { name: "Pupils reached", target: -1 },
            ],
          },
        },
        "input.kpis[1].target",
      ));
    it("a KPI for an objective of no such plan", () =>
      refused(
        coordinator,
        `mutation($input: AddKpiInput!) { addPlanKpi(input: $input) { id } }`,
        { input: { planId, objectiveId: UNKNOWN_ID, name: "Schools reached" } },
        "input.objectiveId",
      ));
    it("completing an unknown milestone", () =>
      refused(
        coordinator,
        `mutation($input: CompleteMilestoneInput!) { completeActionMilestone(input: $input) { id } }`,
        { input: { milestoneId: UNKNOWN_ID } },
        "input.milestoneId",
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
    const ratings = (areas: string[]) => areas.map((area) => ({ area, level: "EARLY_PROGRESS", evidence: "Agreed." }));
    const AREAS = [
      "LEADERSHIP",
      "RESOURCES_AND_CAPACITY",
      "IDENTIFYING_REFERRING_SUPPORTING_VICTIMS",
      "DISRUPTION_AND_PREVENTION",
      "SUPPLY_CHAINS",
    ];
    const ASSESS = `mutation($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id } }`;
    it("a maturity assessment rating an area twice", () =>
      refused(
        coordinator,
        ASSESS,
        {
          input: {
            agencyId: demoAgencyId("SMBC"),
            assessedOn: "2025-09-30",
            assessor: "Working group",
            ratings: ratings([...AREAS.slice(0, 4), "LEADERSHIP"]),
          },
        },
        "input.ratings[4].area",
      ));
    it("a maturity assessment of both a partnership and an agency", () =>
      refused(
        coordinator,
        ASSESS,
        {
          input: {
            partnershipId,
            agencyId: demoAgencyId("SMBC"),
            assessedOn: "2025-09-30",
            assessor: "Working group",
            ratings: ratings(AREAS),
          },
        },
        "input.agencyId",
      ));

    it("a user without the coordinator or administrator role is refused, nothing written", async () => {
      const before = await rowCounts();
      for (const [query, input] of [
        [ADD, action()],
        [PROGRESS, progress()],
        [
          ASSESS,
          {
            agencyId: demoAgencyId("SMBC"),
            assessedOn: "2025-09-30",
            assessor: "Working group",
            ratings: ratings(AREAS),
          },
        ],
      ] as const) {
        const result = await police.query<any>(query, { input });
        expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe("FORBIDDEN");
      }
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe("changes", () => {
    it("a RAG update moves the summary and the red list", async () => {
      const before = await rowCounts();
      const update = await coordinator.query<any>(
        `mutation($input: RecordProgressInput!) { recordActionProgress(input: $input) {
           reportedOn rag note reportedBy reporter { name } reporterAgency { shortName } } }`,
        {
          input: {
            actionId: actionId(PUBLIC_HEALTH),
            reportedOn: "2025-07-15",
            rag: "GREEN",
            note: "  The regional board has met again and adopted the public health framework.  ",
            reporterId: helenMarshId,
          },
        },
      );
      expect(update.errors).toBeUndefined();
      expect(update.data!.recordActionProgress).toEqual({
        reportedOn: "2025-07-15",
        rag: "GREEN",
        note: "The regional board has met again and adopted the public health framework.",
        reportedBy: "demo:smbc:coordinator",
        reporter: { name: "Helen Marsh" },
        reporterAgency: { shortName: "SMBC" },
      });
      expect(await rowCounts()).toEqual({ ...before, action_update: before.action_update + 1 });
      const after = await police.query<any>(
        `query($id: ID!) { actionPlan(id: $id) { july: ragSummary(asOf: "2025-07-31") { rag count }
           june: ragSummary(asOf: "2025-06-30") { rag count } }
           redActions(planId: $id, asOf: "2025-07-31") { title } }`,
        { id: planId },
      );
      expect(counts(after.data!.actionPlan.july)).toEqual({ RED: 1, AMBER: 3, GREEN: 4, COMPLETE: 3, NOT_STARTED: 1 });
      expect(counts(after.data!.actionPlan.june)).toEqual({ RED: 2, AMBER: 3, GREEN: 3, COMPLETE: 3, NOT_STARTED: 1 });
      expect(after.data!.redActions.map((a: any) => a.title)).toHaveLength(1);
      expect(after.data!.redActions[0].title).toMatch(RESETTLEMENT);
    });

    it("adds an action with milestones, one more milestone, and completes one once; progress cannot predate the action", async () => {
      const treeCost = await cost(PLAN_TREE, { id: planId });
      const before = await rowCounts();
      const added = await coordinator.query<any>(
        `mutation($input: AddActionInput!) { addPlanAction(input: $input) { id title deliveryDate rag
           leadAgencies { shortName } leadOfficers { name } milestones { id position title dueOn doneOn } } }`,
        {
          input: {
            objectiveId: objectives[0]!.id,
            title: "Publish the survivor-led review",
            deliveryDate: "2026-03-31",
            leadAgencyIds: [demoAgencyId("SMBC"), demoAgencyId("HFJ")],
            leadOfficerIds: [helenMarshId],
            milestones: [{ title: "Survivors' panel convened", dueOn: "2025-06-30" }, { title: "Review drafted" }],
          },
        },
      );
      expect(added.errors).toBeUndefined();
      const action = added.data!.addPlanAction;
      expect(action).toMatchObject({
        rag: "NOT_STARTED",
        leadAgencies: [{ shortName: "SMBC" }, { shortName: "HFJ" }],
        leadOfficers: [{ name: "Helen Marsh" }],
        milestones: [
          { position: 1, title: "Survivors' panel convened", dueOn: "2025-06-30", doneOn: null },
          { position: 2, title: "Review drafted", dueOn: null, doneOn: null },
        ],
      });
      expect(await rowCounts()).toEqual({
        ...before,
        plan_action: before.plan_action + 1,
        plan_milestone: before.plan_milestone + 2,
      });

      const third = await coordinator.query<any>(
        `mutation($input: AddMilestoneInput!) { addActionMilestone(input: $input) { position title } }`,
        { input: { actionId: action.id, title: "Review published", dueOn: "2026-03-31" } },
      );
      expect(third.data!.addActionMilestone).toEqual({ position: 3, title: "Review published" });
      await refused(
        coordinator,
        `mutation($input: AddMilestoneInput!) { addActionMilestone(input: $input) { id } }`,
        { input: { actionId: action.id, title: "Too early", dueOn: "2022-01-01" } },
        "input.dueOn",
      );

      const COMPLETE = `mutation($input: CompleteMilestoneInput!) { completeActionMilestone(input: $input) { position doneOn } }`;
      const milestoneId = action.milestones[0].id;
      await refused(coordinator, COMPLETE, { input: { milestoneId, doneOn: "2999-01-01" } }, "input.doneOn", /future/);
      const done = await coordinator.query<any>(COMPLETE, { input: { milestoneId, doneOn: "2025-07-01" } });
      expect(done.data!.completeActionMilestone).toEqual({ position: 1, doneOn: "2025-07-01" });
      await refused(
        coordinator,
        COMPLETE,
        { input: { milestoneId } },
        "input.milestoneId",
        /already reached on 2025-07-01/,
      );

      // Added today: progress on it cannot be dated in the plan's earlier days.
      await refused(
        coordinator,
        `mutation($input: RecordProgressInput!) { recordActionProgress(input: $input) { id } }`,
        { input: { actionId: action.id, rag: "GREEN", note: "Panel met.", reportedOn: "2025-07-01" } },
        "input.reportedOn",
        /before the action was added/,
      );

      // As at a day before it was added, the action was not on the plan: a report for a past period
      // neither counts it nor lists it overdue, though its delivery date had passed by then.
      const AS_AT = `query($p: ID!, $plan: ID!) { partnership(id: $p) {
          before: actionPlanSummary(asOf: "2026-06-30") { rag { rag count } overdue { id } }
          now: actionPlanSummary(asOf: "${TEST_TODAY}") { rag { rag count } overdue { id } } }
        before: overdueActions(planId: $plan, asOf: "2026-06-30") { id }
        now: overdueActions(planId: $plan, asOf: "${TEST_TODAY}") { id }
        actionPlan(id: $plan) { before: ragSummary(asOf: "2026-06-30") { rag count } } }`;
      const asAt = (await coordinator.query<any>(AS_AT, { p: partnershipId, plan: planId })).data!;
      const total = (rows: Array<{ count: number }>) => rows.reduce((n, row) => n + row.count, 0);
      expect(asAt.before.map((a: any) => a.id)).not.toContain(action.id);
      expect(asAt.partnership.before.overdue.map((a: any) => a.id)).not.toContain(action.id);
      expect(asAt.now.map((a: any) => a.id)).toContain(action.id);
      expect(asAt.partnership.now.overdue.map((a: any) => a.id)).toContain(action.id);
      expect(total(asAt.partnership.now.rag)).toBe(total(asAt.partnership.before.rag) + 1);
      expect(asAt.actionPlan.before).toEqual(asAt.partnership.before.rag);

      // N+1 is a bug: the plan's whole tree costs the same SQL with one more action and its milestones.
      expect(treeCost).toBeGreaterThan(0);
      expect(await cost(PLAN_TREE, { id: planId })).toBe(treeCost);
    });

    it("creates a plan with an objective and KPIs; plans are paginated, latest first", async () => {
      const created = await coordinator.query<any>(
        `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id title startsOn endsOn } }`,
        {
          input: {
            partnershipId,
            title: "Modern Slavery Action Plan 2026–2029",
            startsOn: "2026-04-01",
            endsOn: "2029-03-31",
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.createActionPlan.id;
      const objective = await coordinator.query<any>(
        `mutation($input: AddObjectiveInput!) { addPlanObjective(input: $input) { id number theme kpis { position name target unit } } }`,
        {
          input: {
            planId: id,
            theme: "PURSUE",
            title: "Disrupt exploitation in hand car washes",
            kpis: [{ name: "Car washes visited", target: 40, unit: "premises a year" }],
          },
        },
      );
      expect(objective.errors).toBeUndefined();
      expect(objective.data!.addPlanObjective).toMatchObject({
        number: 1,
        theme: "PURSUE",
        kpis: [{ position: 1, name: "Car washes visited", target: 40, unit: "premises a year" }],
      });
      const kpi = await coordinator.query<any>(
        `mutation($input: AddKpiInput!) { addPlanKpi(input: $input) { position name } }`,
        { input: { planId: id, objectiveId: objective.data!.addPlanObjective.id, name: "Workers safeguarded" } },
      );
      expect(kpi.data!.addPlanKpi).toEqual({ position: 2, name: "Workers safeguarded" });

      const page1 = await police.query<any>(
        `query($p: ID!) { actionPlans(partnershipId: $p, first: 1) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } }`,
        { p: partnershipId },
      );
      expect(page1.data!.actionPlans).toMatchObject({
        totalCount: 2,
        nodes: [{ title: "Modern Slavery Action Plan 2026–2029" }],
        pageInfo: { hasNextPage: true },
      });
      const page2 = await police.query<any>(
        `query($p: ID!, $after: String) { actionPlans(partnershipId: $p, first: 1, after: $after) { nodes { title } pageInfo { hasNextPage } } }`,
        { p: partnershipId, after: page1.data!.actionPlans.pageInfo.endCursor },
      );
      expect(page2.data!.actionPlans).toEqual({
        nodes: [{ title: "Sandwell Modern Slavery Action Plan and Strategy 2023–2026" }],
        pageInfo: { hasNextPage: false },
      });
      // The summary is of the plan in force on the day.
      const summaries = await police.query<any>(
        `query($id: ID!) { partnership(id: $id) { old: actionPlanSummary(asOf: "2025-06-30") { plan { title } }
           next: actionPlanSummary(asOf: "2026-06-30") { plan { title } rag { rag count } }
           none: actionPlanSummary(asOf: "2020-01-01") { plan { title } } } }`,
        { id: partnershipId },
      );
      expect(summaries.data!.partnership.old.plan.title).toMatch(/2023–2026/);
      expect(summaries.data!.partnership.next.plan.title).toMatch(/2026–2029/);
      expect(summaries.data!.partnership.next.rag.every((r: any) => r.count === 0)).toBe(true);
      expect(summaries.data!.partnership.none).toBeNull();
    });

    it("records a meeting with its attendance, and the rates follow", async () => {
      const recorded = await coordinator.query<any>(
        `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { heldOn kind attendance { agency { shortName } attendance } } }`,
        {
          input: {
            partnershipId,
            heldOn: "2025-05-01",
            kind: "TASK_AND_FINISH",
            title: "Hand car wash task and finish group",
            attendance: [
              { agencyId: demoAgencyId("WMP"), attendance: "PRESENT" },
              { agencyId: demoAgencyId("GLAA"), attendance: "APOLOGIES" },
            ],
          },
        },
      );
      expect(recorded.errors).toBeUndefined();
      const rates = await police.query<any>(
        `query($id: ID!) { partnership(id: $id) { meetingAttendance(from: "2025-01-01", to: "2025-12-31") {
           agency { shortName } meetings present apologies rate } } }`,
        { id: partnershipId },
      );
      expect(rates.data!.partnership.meetingAttendance).toEqual([
        { agency: { shortName: "WMP" }, meetings: 1, present: 1, apologies: 0, rate: 1 },
        { agency: { shortName: "GLAA" }, meetings: 1, present: 0, apologies: 1, rate: 0 },
      ]);
    });

    it("a third maturity assessment changes the comparison to the last two", async () => {
      const levels: Record<string, string> = {
        LEADERSHIP: "MATURE_PRACTICE",
        RESOURCES_AND_CAPACITY: "SUBSTANTIAL_PROGRESS",
        IDENTIFYING_REFERRING_SUPPORTING_VICTIMS: "SUBSTANTIAL_PROGRESS",
        DISRUPTION_AND_PREVENTION: "SUBSTANTIAL_PROGRESS",
        SUPPLY_CHAINS: "EARLY_PROGRESS",
      };
      const recorded = await coordinator.query<any>(
        `mutation($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { assessedOn agency { shortName } ratings { area level } } }`,
        {
          input: {
            agencyId: demoAgencyId("SMBC"),
            assessedOn: "2025-09-30",
            assessor: "Council modern slavery working group",
            ratings: Object.entries(levels).map(([area, level]) => ({
              area,
              level,
              evidence: "Reviewed in September.",
            })),
          },
        },
      );
      expect(recorded.errors).toBeUndefined();
      const comparison = await police.query<any>(
        `query($smbc: ID!) { all: maturityComparison(agencyId: $smbc) { levels change }
           lastTwo: maturityComparison(agencyId: $smbc, last: 2) { levels } }`,
        { smbc: demoAgencyId("SMBC") },
      );
      expect(comparison.data!.all.map((c: any) => c.change)).toEqual([0, 1, 0, -1, 0]);
      expect(comparison.data!.all[1].levels).toEqual(["EARLY_PROGRESS", "EARLY_PROGRESS", "SUBSTANTIAL_PROGRESS"]);
      expect(comparison.data!.lastTwo[1].levels).toEqual(["EARLY_PROGRESS", "SUBSTANTIAL_PROGRESS"]);
      const bad = await police.query<any>(
        `query($smbc: ID!) { maturityComparison(agencyId: $smbc, last: 0) { change } }`,
        {
          smbc: demoAgencyId("SMBC"),
        },
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "last" });
    });
  });
});
