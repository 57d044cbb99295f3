import { demoAgencyId } from "@partnership/runtime";
import type { EntityManager } from "typeorm";
import {
  ActionPlan,
  ActionUpdate,
  Attendance,
  MaturityArea as Area,
  MaturityAssessment,
  MaturityLevel as Level,
  MaturityRating,
  Meeting,
  MeetingAttendance,
  MeetingKind,
  Person,
  PlanAction,
  PlanObjective,
  Rag,
  Theme,
} from "../entities/index.js";

interface DemoAction {
  title: string;
  milestones: string[];
  leads: string[];
  officers: string[];
  deliveryDate: string;
  updates: Array<[reportedOn: string, rag: Rag, note: string]>;
}

/**
 * The 2023–26 action plan from the seed, with its four objectives and their actions. The seed labels
 * objective 4 "Prepare" as well, but it is about prosecuting and disrupting: Pursue. Lead officers
 * are the demo's fictional staff; progress updates are made up so the summary has every colour.
 */
const OBJECTIVES: Array<{ theme: Theme; title: string; kpis: string[]; actions: DemoAction[] }> = [
  {
    theme: Theme.PROTECT,
    title: "Strengthening safeguards against modern slavery by protecting vulnerable people from exploitation",
    kpis: [
      "Victim pathways refreshed and published on the intranet, the internet and within safeguarding processes",
      "Modern slavery maturity matrix completed",
    ],
    actions: [
      {
        title: "Strengthen the approach to supporting victims of modern slavery",
        milestones: [
          "Use the LGA guidance and maturity matrix for cross-council coordination",
          "Build a partnership-wide picture of activity",
        ],
        leads: ["SMBC"],
        officers: ["Helen Marsh"],
        deliveryDate: "2025-03-31",
        updates: [
          ["2024-06-30", Rag.AMBER, "Cross-council group formed; partnership-wide picture half complete."],
          ["2025-02-28", Rag.GREEN, "Partnership-wide picture agreed at the board."],
        ],
      },
      {
        title: "Review and refresh victim pathway and safeguarding responses for victims of modern slavery",
        milestones: [
          "Clear referral pathways for adult and child victims",
          "Embed the Slavery and Adult Safeguarding Case Conference",
        ],
        leads: ["SMBC", "SCT"],
        officers: ["Helen Marsh", "Joanne Pike"],
        deliveryDate: "2024-03-31",
        updates: [["2024-04-15", Rag.COMPLETE, "Adult and child pathways published on the website."]],
      },
      {
        title: "Work with the regional board to adopt a public health approach to modern slavery",
        milestones: ["Implement the LGA guidance on the public health approach"],
        leads: ["SMBC", "WMP"],
        officers: ["Helen Marsh", "Dana Whitlock"],
        deliveryDate: "2026-03-31",
        updates: [["2025-01-31", Rag.RED, "The regional board has paused; waiting for its new terms of reference."]],
      },
    ],
  },
  {
    theme: Theme.PREVENT,
    title: "Preventing people from engaging in modern slavery",
    kpis: [
      "Numbers of professionals trained, with the number of training courses delivered",
      "Annual review of the modern slavery statement, published online",
      "Annual town profiles for modern slavery",
    ],
    actions: [
      {
        title: "Continue to deliver a range of modern slavery training",
        milestones: ["Training plan implemented", "New e-learning programme launched"],
        leads: ["SMBC"],
        officers: ["Gareth Lloyd"],
        deliveryDate: "2026-03-31",
        updates: [["2024-09-30", Rag.GREEN, "E-learning launched; 400 completions in its first quarter."]],
      },
      {
        title:
          "Work across commissioning, procurement and contract management for a consistent approach over the contract's life",
        milestones: [
          "Embed the LGA guidance for commissioning and procurement",
          "Annual review of the council's statement",
        ],
        leads: ["SMBC-PROC"],
        officers: ["Ruth Adeyemi"],
        deliveryDate: "2026-03-31",
        updates: [["2025-03-31", Rag.AMBER, "Contract clause in new contracts; older contracts not yet reviewed."]],
      },
      {
        title: "Continue to use effective communications channels to raise awareness of modern slavery",
        milestones: ["Town profiles produced", "Awareness materials in community languages"],
        leads: ["SMBC"],
        officers: ["Aisha Rahman"],
        deliveryDate: "2025-09-30",
        updates: [],
      },
    ],
  },
  {
    theme: Theme.PREPARE,
    title: "Reducing the harm caused by modern slavery through improved victim identification and enhanced support",
    kpis: ["Monitoring and evaluation of resettlement pathways, building a key data set"],
    actions: [
      {
        title:
          "Develop resettlement pathways for survivors, working towards trusted assessor status with the Salvation Army",
        milestones: ["Trusted assessor application submitted"],
        leads: ["SALV", "SMBC"],
        officers: ["Grace Whitfield"],
        deliveryDate: "2025-03-31",
        updates: [["2024-12-31", Rag.RED, "Trusted assessor application returned asking for more evidence."]],
      },
      {
        title: "Join up council-wide activity through a joint action plan and strategy",
        milestones: ["Joint strategy published"],
        leads: ["SMBC"],
        officers: ["Helen Marsh"],
        deliveryDate: "2024-09-30",
        updates: [["2024-10-10", Rag.COMPLETE, "Strategy published and communicated."]],
      },
      {
        title: "Further develop the Slavery-Free Ambassador Programme",
        milestones: ["Ambassadors recruited in every town"],
        leads: ["SMBC", "HFJ"],
        officers: ["Beth Morley"],
        deliveryDate: "2025-12-31",
        updates: [["2025-06-30", Rag.AMBER, "Ambassadors in four of the six towns."]],
      },
    ],
  },
  {
    theme: Theme.PURSUE,
    title: "Prosecuting and disrupting individuals and groups responsible for modern slavery",
    kpis: ["Data on disruption visits, interventions and orders"],
    actions: [
      {
        title: "Continue to use data and intelligence to understand the risk and threat of modern slavery",
        milestones: ["Intelligence profile refreshed"],
        leads: ["WMP"],
        officers: ["Marcus Oyelaran"],
        deliveryDate: "2025-03-31",
        updates: [["2025-03-15", Rag.GREEN, "Profile refreshed with the ROCU."]],
      },
      {
        title: "Continue to build on operational disruption activity and partnership working",
        milestones: ["Monthly SHOP disruption days"],
        leads: ["WMP", "SMBC"],
        officers: ["Dana Whitlock"],
        deliveryDate: "2026-03-31",
        updates: [["2025-05-31", Rag.GREEN, "Disruption days running monthly."]],
      },
      {
        title: "Use the Modern Slavery Act's civil orders and closure powers wherever they apply",
        milestones: ["Orders reviewed at every SHOP"],
        leads: ["WMP", "GLAA"],
        officers: ["Priya Chandran"],
        deliveryDate: "2024-12-31",
        updates: [],
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

const ASSESSMENTS: Array<{ assessedOn: string; levels: Record<Area, Level> }> = [
  {
    assessedOn: "2023-06-30",
    levels: {
      [Area.LEADERSHIP]: Level.SUBSTANTIAL_PROGRESS,
      [Area.RESOURCES_AND_CAPACITY]: Level.EARLY_PROGRESS,
      [Area.IDENTIFYING_REFERRING_SUPPORTING_VICTIMS]: Level.SUBSTANTIAL_PROGRESS,
      [Area.DISRUPTION_AND_PREVENTION]: Level.SUBSTANTIAL_PROGRESS,
      [Area.SUPPLY_CHAINS]: Level.BASIC_FIRST_STEPS,
    },
  },
  {
    assessedOn: "2025-06-30",
    levels: {
      [Area.LEADERSHIP]: Level.MATURE_PRACTICE,
      [Area.RESOURCES_AND_CAPACITY]: Level.EARLY_PROGRESS,
      [Area.IDENTIFYING_REFERRING_SUPPORTING_VICTIMS]: Level.SUBSTANTIAL_PROGRESS,
      [Area.DISRUPTION_AND_PREVENTION]: Level.MATURE_PRACTICE,
      [Area.SUPPLY_CHAINS]: Level.EARLY_PROGRESS,
    },
  },
];

/** The partnership's plan, a year of meetings (2019/20) and two maturity self-assessments. */
export async function seedGovernanceRecords(manager: EntityManager, partnershipId: string): Promise<void> {
  const people = new Map((await manager.find(Person)).map((p) => [p.name, p.id]));
  const plan = await manager.save(
    manager.create(ActionPlan, {
      partnershipId,
      title: "Sandwell Modern Slavery Action Plan and Strategy 2023–2026",
      startsOn: "2023-04-01",
      endsOn: "2026-03-31",
    }),
  );
  for (const [index, objective] of OBJECTIVES.entries()) {
    const saved = await manager.save(
      manager.create(PlanObjective, {
        planId: plan.id,
        number: index + 1,
        theme: objective.theme,
        title: objective.title,
        kpis: objective.kpis,
      }),
    );
    for (const action of objective.actions) {
      const savedAction = await manager.save(
        manager.create(PlanAction, {
          objectiveId: saved.id,
          planId: plan.id,
          title: action.title,
          deliveryDate: action.deliveryDate,
          milestones: action.milestones,
          leadAgencyIds: action.leads.map(demoAgencyId),
          leadOfficerIds: action.officers.map((name) => people.get(name)!),
        }),
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
        partnershipId,
        assessedOn: assessment.assessedOn,
        assessor: "Anti-Slavery Partnership board self-assessment",
      }),
    );
    await manager.insert(
      MaturityRating,
      Object.entries(assessment.levels).map(([area, level]) => ({
        assessmentId: saved.id,
        area: area as Area,
        level,
        evidence: `Agreed at the board on ${assessment.assessedOn}.`,
      })),
    );
  }
}
