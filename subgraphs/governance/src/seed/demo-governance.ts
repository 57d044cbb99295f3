import { demoAgencyId } from "@partnership/runtime";
import type { EntityManager } from "typeorm";
import {
  ActionPlan,
  ActionUpdate,
  KpiDefinition,
  MaturityArea as Area,
  MaturityAssessment,
  MaturityLevel as Level,
  MaturityRating,
  Meeting,
  MeetingAttendance,
  Milestone,
  Person,
  PlanAction,
  PlanObjective,
} from "../entities/index.js";
import { Attendance, MeetingKind, Rag, Theme } from "../entities/enums.js";

/** A KPI: name, and optionally description, target and unit. */
type DemoKpi = [name: string, description: string, target?: number, unit?: string];

interface DemoAction {
  title: string;
  /** Each milestone with its due date and the day it was reached, when the demo gives them. */
  milestones: Array<[title: string, dueOn: string | null, doneOn: string | null]>;
  /** Lead agencies by demo short name. */
  leads: string[];
  /** Lead officers by name, from the demo staff (every person is fictional). */
  officers: string[];
  deliveryDate: string;
  updates: Array<[reportedOn: string, rag: Rag, note: string]>;
}

const PLAN = {
  title: "Sandwell Modern Slavery Action Plan and Strategy 2023–2026",
  startsOn: "2023-04-01",
  endsOn: "2026-03-31",
};
/** The seed's "Ongoing" (or no date at all) is read as the end of the plan. */
const ONGOING = PLAN.endsOn;

/** A KPI of the plan as a whole: the demo's own (the seed sets KPIs per objective only). */
const PLAN_KPIS: DemoKpi[] = [
  [
    "Actions delivered by their delivery date",
    "The share of the plan's actions COMPLETE by their delivery date, reported to the board each quarter.",
    90,
    "%",
  ],
];

/**
 * The 2023–26 action plan from the seed (`sandwell-action-plan-2023-26.txt`): its four objectives,
 * their KPIs and their actions with milestones, lead agencies and delivery dates. Where the seed
 * names bodies that are not demo agencies (the safeguarding adults board, the VRP, the PCC, the
 * regional network), the demo agency that stands for them leads. Lead officers are the demo's
 * fictional staff, not the officers the seed names. Targets, milestone dates and progress updates
 * are made up, so that the RAG summary has every colour and two actions are overdue in mid-2025.
 */
const OBJECTIVES: Array<{ theme: Theme; title: string; kpis: DemoKpi[]; actions: DemoAction[] }> = [
  {
    theme: Theme.PROTECT,
    title: "Strengthening safeguards against modern slavery by protecting vulnerable people from exploitation",
    kpis: [
      [
        "Victim pathways refreshed and published",
        "Victim pathways refreshed and published on the modern slavery intranet and internet and within safeguarding processes.",
      ],
      [
        "Resettlement pathways monitored and evaluated",
        "Monitoring and evaluation of resettlement pathways, building a key data set.",
      ],
      [
        "Modern slavery strategy published",
        "Modern slavery strategy developed, communicated and published on the internet.",
      ],
      ["SASCC cases and multi-agency meetings", "Data on SASCC cases and multi-agency meetings."],
      ["Maturity matrix completed", "Modern slavery maturity matrix completed.", 1, "assessment a year"],
    ],
    actions: [
      {
        title: "Strengthen the approach to supporting victims of modern slavery",
        milestones: [
          [
            "Use the LGA modern slavery guidance and maturity matrix to develop cross-council coordination",
            "2023-12-31",
            "2023-11-30",
          ],
          ["Build a partnership-wide picture of activity on modern slavery", "2024-09-30", null],
          [
            "Ensure multi-agency safeguarding arrangements have a clear strategy to tackle modern slavery for both child and adult victims",
            "2025-03-31",
            null,
          ],
        ],
        leads: ["SMBC"],
        officers: ["Helen Marsh"],
        deliveryDate: "2025-03-31",
        updates: [
          ["2024-01-31", Rag.GREEN, "Cross-council coordination group meeting monthly, working from the LGA matrix."],
          [
            "2024-09-30",
            Rag.AMBER,
            "Partnership-wide picture delayed: two agencies have not yet returned their activity data.",
          ],
        ],
      },
      {
        title: "Review and refresh victim pathway and safeguarding responses for victims of modern slavery",
        milestones: [
          [
            "Develop clear referral pathways for adult and child victims, taking a life course approach to modern slavery and exploitation",
            "2024-03-31",
            "2024-02-29",
          ],
          [
            "Use the Human Trafficking Foundation's slavery and trafficking care standards and the public health framework for modern slavery to adopt principles of working",
            "2024-03-31",
            "2024-03-28",
          ],
          ["Further embed the SASCC (Slavery and Adult Safeguarding Case Conference)", "2024-03-31", "2024-03-28"],
        ],
        // The seed adds the safeguarding adults board, adult social care, the regional network and the VRP.
        leads: ["SMBC", "SCT"],
        officers: ["Helen Marsh", "Joanne Pike"],
        deliveryDate: "2024-03-31",
        updates: [
          [
            "2023-10-31",
            Rag.GREEN,
            "Adult pathway drafted with adult social care; the children's pathway with the Trust.",
          ],
          [
            "2024-03-28",
            Rag.COMPLETE,
            "Adult and child pathways published on the intranet and the council website; the SASCC meets monthly.",
          ],
        ],
      },
      {
        title:
          "Work with the modern slavery and human trafficking regional board to adopt a public health approach to modern slavery",
        milestones: [
          ["Implement the LGA guidance on the public health approach to modern slavery", null, null],
          [
            "Review the public health framework to consider how Sandwell's work meets the principles set out in the local and service level factors",
            null,
            null,
          ],
          [
            "Work with the anti-slavery partnership and the West Midlands Anti-Slavery Network to put the public health approach into practice",
            null,
            null,
          ],
        ],
        // The seed's leads are the partnership (chaired by the council), the regional network and the PCC (here: the police).
        leads: ["SMBC", "WMP"],
        officers: ["Helen Marsh", "Dana Whitlock"],
        deliveryDate: "2026-03-31",
        updates: [
          ["2024-05-31", Rag.AMBER, "Framework review started; waiting on the regional board's work plan."],
          ["2025-01-31", Rag.RED, "The regional board has paused; no date yet for its new terms of reference."],
        ],
      },
    ],
  },
  {
    theme: Theme.PREVENT,
    title: "Preventing people from engaging in modern slavery",
    kpis: [
      [
        "Professionals trained",
        "Numbers of professionals trained, with the number of training courses delivered.",
        500,
        "professionals a year",
      ],
      [
        "Modern slavery statement reviewed and published",
        "Annual review of the modern slavery statement, actively published online.",
        1,
        "review a year",
      ],
      [
        "Town profiles",
        "Annual town profiles for modern slavery, also presented at town tasking and borough tasking.",
        6,
        "town profiles a year",
      ],
    ],
    actions: [
      {
        title: "Continue to deliver a range of modern slavery training",
        milestones: [
          ["Develop and implement a modern slavery training plan", "2023-09-30", "2023-09-30"],
          [
            "Launch a new e-learning programme to raise awareness of modern slavery across the council and wider partners",
            "2024-06-30",
            "2024-07-01",
          ],
          ["Regular modern slavery input with councillors and the champions for modern slavery", null, null],
        ],
        leads: ["SMBC"],
        officers: ["Gareth Lloyd", "Helen Marsh"],
        deliveryDate: ONGOING,
        updates: [
          ["2024-09-30", Rag.GREEN, "Training plan agreed; the e-learning had 400 completions in its first quarter."],
        ],
      },
      {
        title:
          "Work collaboratively across the parts of the council involved in commissioning, procurement and contract management, for a consistent approach across the life cycle of the contract",
        milestones: [
          ["Embed the LGA guidance and maturity matrix for commissioning and public procurement", null, null],
          [
            "Keep revising and refining the modern slavery transparency statement and its policies and procedures",
            null,
            null,
          ],
          [
            "Review the modern slavery statement every year and publish it on the council website and the government registry",
            "2024-09-30",
            "2024-09-12",
          ],
        ],
        // The seed's lead is the council; its procurement and commissioning service is a demo agency of its own.
        leads: ["SMBC-PROC", "SMBC"],
        officers: ["Ruth Adeyemi", "Helen Marsh"],
        deliveryDate: "2026-03-31",
        updates: [
          [
            "2025-03-31",
            Rag.AMBER,
            "A modern slavery clause is in every new contract; contracts let before 2023 are not yet reviewed.",
          ],
        ],
      },
      {
        title: "Continue to use effective communications channels to raise awareness of modern slavery",
        milestones: [
          ["Produce an annual modern slavery profile for each of the Sandwell towns", null, null],
          ["Collate awareness-raising materials in different languages for frontline services to share", null, null],
          ["Develop a range of guides for professionals and keep them up to date on the website", null, null],
        ],
        // The seed adds the VRP.
        leads: ["SMBC"],
        officers: ["Helen Marsh", "Aisha Rahman"],
        deliveryDate: ONGOING,
        updates: [],
      },
    ],
  },
  {
    theme: Theme.PREPARE,
    title: "Reducing the harm caused by modern slavery through improved victim identification and enhanced support",
    kpis: [
      ["Resettlement pathway metrics", "Key metrics around resettlement pathways."],
      [
        "Maturity matrix completed by key council departments",
        "Completed maturity matrix from key local authority departments.",
        5,
        "departments",
      ],
      [
        "Community training and awareness",
        "Number of training and awareness sessions delivered to community groups.",
        12,
        "sessions a year",
      ],
      [
        "Champions and Slavery-Free ambassadors trained",
        "Number of modern slavery champions and Slavery-Free ambassadors trained.",
        50,
        "people",
      ],
      ["Teams engaged", "Engagement of different teams in modern slavery responses."],
    ],
    actions: [
      {
        title:
          "Embed resettlement pathways for survivors of modern slavery resettling in Sandwell, working towards trusted assessor status with the Salvation Army",
        milestones: [
          ["Further embed resettlement pathways for those exiting victim care contracts in Sandwell", null, null],
          ["Embed the pathway across BCWA, the Salvation Army and the local authority", "2023-12-31", "2023-11-30"],
          ["Develop a resettlement tracker to review and monitor the effectiveness of the pathway", "2024-03-31", null],
        ],
        leads: ["BCWA", "SMBC"],
        officers: ["Sophie Turner", "Helen Marsh", "Grace Whitfield"],
        // The seed says March 2023, before the plan starts (addPlanAction would refuse it): read as March 2024.
        deliveryDate: "2024-03-31",
        updates: [
          [
            "2023-11-30",
            Rag.AMBER,
            "Pathway agreed with BCWA; the Salvation Army's trusted assessor criteria are under review.",
          ],
          [
            "2024-12-31",
            Rag.RED,
            "Trusted assessor application returned asking for more evidence; the resettlement tracker is not built.",
          ],
        ],
      },
      {
        title: "Join up council-wide activity and supporting mechanisms through a joint action plan and strategy",
        milestones: [
          [
            "Use the LGA guidance and maturity matrix to review modern slavery activity across all council departments",
            "2024-01-31",
            "2024-01-31",
          ],
          ["Brief the councillor champion for modern slavery fully on modern slavery work", "2024-03-31", "2024-02-15"],
          [
            "Develop a council working group of operational leads to coordinate activity and a cross-council approach",
            "2024-03-31",
            "2024-03-20",
          ],
        ],
        // The seed: community safety, adult social care, housing, regulatory and environmental services.
        leads: ["SMBC"],
        officers: ["Helen Marsh", "Aisha Rahman", "Tomasz Nowicki"],
        deliveryDate: "2024-03-31",
        updates: [
          ["2023-12-15", Rag.AMBER, "Working group formed; two departments still to review their activity."],
          ["2024-03-20", Rag.COMPLETE, "Joint action plan and strategy agreed by the working group and published."],
        ],
      },
      {
        title: "Further develop Slavery-Free Sandwell",
        milestones: [
          [
            "Raise awareness within the council, with businesses and supply chains, and with partners and local communities",
            null,
            null,
          ],
          ["Keep giving communities key messages to help them identify and respond to modern slavery", null, null],
          ["Report progress in key updates and annual reports", null, null],
        ],
        leads: ["SMBC"],
        officers: ["Helen Marsh"],
        deliveryDate: ONGOING,
        updates: [["2025-06-30", Rag.AMBER, "Slavery-Free ambassadors recruited in four of the six towns."]],
      },
    ],
  },
  {
    // The seed labels this objective "Prepare" as well, but prosecuting and disrupting is Pursue.
    theme: Theme.PURSUE,
    title: "Prosecuting and disrupting individuals and groups responsible for modern slavery",
    kpis: [
      ["Modern slavery dashboards", "Modern slavery dashboards."],
      ["Reports and analysis", "Regular reports and analysis."],
      ["Deep dives", "Deep dives at key meetings, forums and boards.", 4, "deep dives a year"],
      ["Referrals, responses and outcomes", "Key metrics of modern slavery referrals, responses and outcomes."],
      [
        "Presentations and spotlight events",
        "Anti-slavery partnership presentations and spotlight events.",
        4,
        "events a year",
      ],
      ["Attendance at partnership meetings", "Attendance at partnership meetings.", 75, "%"],
    ],
    actions: [
      {
        title:
          "Continue to use data and intelligence to respond to modern slavery, understanding the picture of risk and the threat of modern slavery",
        milestones: [
          [
            "Create a shared set of modern slavery data across the partnership, building modern slavery data collection into all relevant systems",
            null,
            null,
          ],
          [
            "Record and report centrally the NRM referrals and the modern slavery concerns or intelligence raised by council officers or services",
            "2025-01-31",
            "2025-01-06",
          ],
          ["Map and analyse local trends and concerns to target preventative and disruption activity", null, null],
        ],
        leads: ["SMBC"],
        officers: ["Helen Marsh", "Tomasz Nowicki"],
        deliveryDate: ONGOING,
        updates: [
          [
            "2025-03-15",
            Rag.GREEN,
            "Shared data set agreed with the police; NRM referrals recorded centrally since January.",
          ],
        ],
      },
      {
        title: "Continue to build on operational disruption activity and partnership working",
        milestones: [
          [
            "Develop an ongoing assessment of disruption techniques and tools, and which suits each scenario",
            null,
            null,
          ],
          [
            "Promote multi-agency planning meetings, debriefs and evaluation of disruption approaches and outcomes",
            null,
            null,
          ],
          [
            "Work with the VRU and partners on a regional approach to Operation Aidant, County Lines intensification weeks and NCA activity",
            null,
            null,
          ],
        ],
        leads: ["WMP", "SMBC"],
        officers: ["Dana Whitlock", "Marcus Oyelaran", "Helen Marsh"],
        deliveryDate: ONGOING,
        updates: [["2025-05-31", Rag.GREEN, "Disruption days monthly through SHOP, with a debrief after each."]],
      },
      {
        title: "Continue to lead on the modern slavery response through the strategic Anti-Slavery Partnership",
        milestones: [
          [
            "Maximise engagement in the regional modern slavery working groups and boards, and develop cross-boundary approaches with councils and agencies",
            null,
            "2025-03-25",
          ],
          ["Develop a forward plan of events to spotlight areas of modern slavery", "2024-06-30", "2024-06-30"],
          [
            "Recognise and celebrate good practice, and use it to inform and educate professionals inside and outside the modern slavery arena",
            null,
            "2025-03-25",
          ],
        ],
        // The seed adds the West Midlands Anti-Slavery Network, the PCC and the VRP.
        leads: ["SMBC"],
        officers: ["Helen Marsh"],
        deliveryDate: "2025-03-31",
        updates: [
          ["2024-06-30", Rag.GREEN, "Forward plan of spotlight events agreed."],
          [
            "2025-03-25",
            Rag.COMPLETE,
            "Spotlight events held each quarter; good practice recognised at the annual conference.",
          ],
        ],
      },
    ],
  },
];

/** Who is expected at SHOP and at the board, and how reliably each comes (out of 12 / 4 meetings). */
const OPERATIONAL: Array<[agency: string, present: number, apologies: number]> = [
  ["WMP", 12, 0],
  ["SMBC", 12, 0],
  ["GLAA", 10, 2],
  ["HMRC", 8, 3],
  ["IE", 7, 2],
  ["WMFS", 9, 2],
  ["SCT", 11, 1],
  ["HFJ", 12, 0],
  ["SALV", 6, 4],
];
const STRATEGIC: Array<[agency: string, present: number, apologies: number]> = [
  ["SMBC", 4, 0],
  ["WMP", 4, 0],
  ["SCT", 3, 1],
  ["SWBH", 2, 1],
  ["HFJ", 4, 0],
  ["BCWA", 3, 0],
];

/** Sandwell council against the council modern slavery maturity matrix, in 2023 and in 2025 (made up). */
const ASSESSMENTS: Array<{ assessedOn: string; ratings: Record<Area, [Level, string]> }> = [
  {
    assessedOn: "2023-06-30",
    ratings: {
      [Area.LEADERSHIP]: [
        Level.SUBSTANTIAL_PROGRESS,
        "A councillor champion and a programme manager; modern slavery is a priority of the community safety strategy.",
      ],
      [Area.RESOURCES_AND_CAPACITY]: [
        Level.EARLY_PROGRESS,
        "One programme manager; no budget of its own beyond the community safety partnership's.",
      ],
      [Area.IDENTIFYING_REFERRING_SUPPORTING_VICTIMS]: [
        Level.EARLY_PROGRESS,
        "First responders trained in adult social care and housing; the victim pathways are out of date.",
      ],
      [Area.DISRUPTION_AND_PREVENTION]: [
        Level.SUBSTANTIAL_PROGRESS,
        "SHOP screens every concern with the police; regulatory services join disruption visits.",
      ],
      [Area.SUPPLY_CHAINS]: [
        Level.BASIC_FIRST_STEPS,
        "A transparency statement is published; contracts carry no modern slavery clause.",
      ],
    },
  },
  {
    assessedOn: "2025-06-30",
    ratings: {
      [Area.LEADERSHIP]: [
        Level.MATURE_PRACTICE,
        "The joint strategy is agreed across the council and reported to cabinet each year.",
      ],
      [Area.RESOURCES_AND_CAPACITY]: [
        Level.EARLY_PROGRESS,
        "Still one programme manager; the working group of operational leads adds capacity but no budget.",
      ],
      [Area.IDENTIFYING_REFERRING_SUPPORTING_VICTIMS]: [
        Level.SUBSTANTIAL_PROGRESS,
        "Adult and child pathways published in 2024; the SASCC meets monthly.",
      ],
      [Area.DISRUPTION_AND_PREVENTION]: [
        Level.MATURE_PRACTICE,
        "Monthly disruption days through SHOP, with debriefs; a shared data set with the police.",
      ],
      [Area.SUPPLY_CHAINS]: [
        Level.EARLY_PROGRESS,
        "A modern slavery clause in every new contract; older contracts not yet reviewed.",
      ],
    },
  },
];

/**
 * The partnership's 2023–26 action plan, a year of meetings (2019/20) and the council's two maturity
 * self-assessments. Runs inside the demo seed's transaction, once (the seed checks it has not run).
 */
export async function seedGovernanceRecords(manager: EntityManager, partnershipId: string): Promise<void> {
  const people = new Map((await manager.find(Person)).map((p) => [p.name, p]));
  const person = (name: string) => {
    const found = people.get(name);
    if (!found) throw new Error(`the demo plan names ${name}, who is not in the demo staff`);
    return found;
  };

  const plan = await manager.save(manager.create(ActionPlan, { partnershipId, ...PLAN }));
  await manager.insert(
    KpiDefinition,
    PLAN_KPIS.map(([name, description, target, unit], index) => ({
      planId: plan.id,
      objectiveId: null,
      position: index + 1,
      name,
      description,
      target: target ?? null,
      unit: unit ?? null,
    })),
  );
  for (const [index, objective] of OBJECTIVES.entries()) {
    const saved = await manager.save(
      manager.create(PlanObjective, {
        planId: plan.id,
        number: index + 1,
        theme: objective.theme,
        title: objective.title,
      }),
    );
    await manager.insert(
      KpiDefinition,
      objective.kpis.map(([name, description, target, unit], position) => ({
        planId: plan.id,
        objectiveId: saved.id,
        position: position + 1,
        name,
        description,
        target: target ?? null,
        unit: unit ?? null,
      })),
    );
    for (const action of objective.actions) {
      const officers = action.officers.map(person);
      const savedAction = await manager.save(
        manager.create(PlanAction, {
          objectiveId: saved.id,
          planId: plan.id,
          title: action.title,
          deliveryDate: action.deliveryDate,
          leadAgencyIds: action.leads.map(demoAgencyId),
          leadOfficerIds: officers.map((officer) => officer.id),
          // The plan was agreed with its actions when it started: progress can be reported from then on.
          addedOn: PLAN.startsOn,
        }),
      );
      if (action.milestones.length > 0)
        await manager.insert(
          Milestone,
          action.milestones.map(([title, dueOn, doneOn], position) => ({
            actionId: savedAction.id,
            position: position + 1,
            title,
            dueOn,
            doneOn,
          })),
        );
      if (action.updates.length > 0)
        await manager.insert(
          ActionUpdate,
          action.updates.map(([reportedOn, rag, note]) => ({
            actionId: savedAction.id,
            reportedOn,
            rag,
            note,
            reportedBy: "demo:seed",
            reporterId: officers[0]!.id,
            reporterAgencyId: officers[0]!.agencyId,
          })),
        );
    }
  }

  const meetings: Array<{ heldOn: string; kind: MeetingKind; title: string; index: number; of: typeof OPERATIONAL }> =
    [];
  for (let month = 0; month < 12; month++) {
    const heldOn = new Date(Date.UTC(2019, 3 + month, 10)).toISOString().slice(0, 10);
    meetings.push({
      heldOn,
      kind: MeetingKind.OPERATIONAL,
      title: "SHOP operational group",
      index: month,
      of: OPERATIONAL,
    });
  }
  for (let quarter = 0; quarter < 4; quarter++) {
    const heldOn = new Date(Date.UTC(2019, 5 + 3 * quarter, 20)).toISOString().slice(0, 10);
    meetings.push({
      heldOn,
      kind: MeetingKind.STRATEGIC,
      title: "Anti-Slavery Partnership board",
      index: quarter,
      of: STRATEGIC,
    });
  }
  for (const meeting of meetings) {
    const saved = await manager.save(
      manager.create(Meeting, { partnershipId, heldOn: meeting.heldOn, kind: meeting.kind, title: meeting.title }),
    );
    await manager.insert(
      MeetingAttendance,
      meeting.of.map(([agency, present, apologies]) => ({
        meetingId: saved.id,
        agencyId: demoAgencyId(agency),
        attendance:
          meeting.index < present
            ? Attendance.PRESENT
            : meeting.index < present + apologies
              ? Attendance.APOLOGIES
              : Attendance.ABSENT,
      })),
    );
  }

  for (const assessment of ASSESSMENTS) {
    const saved = await manager.save(
      manager.create(MaturityAssessment, {
        // The council's own assessments, kept in the partnership it shares them with.
        partnershipId,
        agencyId: demoAgencyId("SMBC"),
        assessedOn: assessment.assessedOn,
        assessor: "Council modern slavery working group, chaired by the programme manager",
      }),
    );
    await manager.insert(
      MaturityRating,
      Object.entries(assessment.ratings).map(([area, [level, evidence]]) => ({
        assessmentId: saved.id,
        area: area as Area,
        level,
        evidence,
      })),
    );
  }
}
