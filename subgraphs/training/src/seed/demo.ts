import { type Clock, demoAgencyId, demoPartnershipId, type Logger } from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import { Course, CourseFormat, CourseLevel } from "../entities/index.js";
import { addDays, addMonths } from "@partnership/runtime";

const FIRST = [
  "Amelia",
  "Bilal",
  "Chloe",
  "Daniel",
  "Ellie",
  "Farah",
  "George",
  "Hannah",
  "Imran",
  "Jasmine",
  "Kieran",
  "Leah",
  "Mohammed",
  "Niamh",
  "Oliver",
  "Priya",
  "Qasim",
  "Rachel",
  "Samuel",
  "Tara",
  "Usman",
  "Victoria",
  "William",
  "Yasmin",
  "Zoe",
  "Aaron",
  "Bethany",
  "Connor",
  "Deepa",
  "Ethan",
];
const LAST = [
  "Ahmed",
  "Bennett",
  "Clarke",
  "Davies",
  "Evans",
  "Fletcher",
  "Green",
  "Hussain",
  "Iqbal",
  "Jones",
  "Kaur",
  "Lewis",
  "Morgan",
  "Nash",
  "Owen",
  "Patel",
  "Quinn",
  "Rees",
  "Singh",
  "Taylor",
  "Underwood",
  "Vaughan",
  "Walker",
  "Young",
];

/** Fictional people, named deterministically so the demo is the same on every machine. */
function person(index: number, agency: string) {
  const first = FIRST[index % FIRST.length]!;
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length]!;
  return {
    name: `${first} ${last}`,
    email: `${first}.${last}.${index}@${agency.toLowerCase()}.example.org`.toLowerCase(),
    agency,
  };
}

/** Directory people (governance's demo staff) who hold training records, so the two subgraphs meet. */
const DIRECTORY_TRAINEES = [
  {
    name: "Helen Marsh",
    email: "helen.marsh@smbc.example.org",
    agency: "SMBC",
    level: CourseLevel.LEVEL_3_FIRST_RESPONDER,
  },
  {
    name: "Aisha Rahman",
    email: "aisha.rahman@smbc.example.org",
    agency: "SMBC",
    level: CourseLevel.LEVEL_3_FIRST_RESPONDER,
  },
  {
    name: "Joanne Pike",
    email: "joanne.pike@sct.example.org",
    agency: "SCT",
    level: CourseLevel.LEVEL_3_FIRST_RESPONDER,
  },
  {
    name: "Ruth Adeyemi",
    email: "ruth.adeyemi@smbc-proc.example.org",
    agency: "SMBC-PROC",
    level: CourseLevel.LEVEL_2_SUPPLY_CHAIN,
  },
];

const COURSES = [
  {
    title: "Modern Slavery Briefing",
    level: CourseLevel.LEVEL_1_AWARENESS,
    format: CourseFormat.BRIEFING,
    provider: "SMBC",
    durationMinutes: 90,
    validityMonths: null,
    audience: "Every worker across the council and partner agencies: what to look for, how to report it.",
  },
  {
    title: "Modern Slavery in Supply Chains",
    level: CourseLevel.LEVEL_2_SUPPLY_CHAIN,
    format: CourseFormat.CLASSROOM,
    provider: "SMBC-PROC",
    durationMinutes: 360,
    validityMonths: 36,
    audience: "Procurement and commissioning staff: the financial implications around supply chains.",
  },
  {
    title: "First Responder Training",
    level: CourseLevel.LEVEL_3_FIRST_RESPONDER,
    format: CourseFormat.CLASSROOM,
    provider: "SMBC",
    durationMinutes: 360,
    validityMonths: 24,
    audience:
      "Frontline workers likely to respond to potential victims: the NRM, duty to notify, victim pathways. Delivered with Black Country Women's Aid.",
  },
  {
    title: "Modern Slavery Awareness e-learning",
    level: CourseLevel.LEVEL_1_AWARENESS,
    format: CourseFormat.E_LEARNING,
    provider: "SMBC",
    durationMinutes: 45,
    validityMonths: null,
    audience: "Anyone who cannot attend a briefing.",
  },
  {
    title: "Modern Slavery Awareness for Faith and Community Groups",
    level: CourseLevel.BESPOKE,
    format: CourseFormat.BRIEFING,
    provider: "SMBC",
    durationMinutes: 120,
    validityMonths: null,
    audience: "Faith groups, community centres and unions.",
  },
];

interface DemoSession {
  course: string;
  startsOn: string;
  venue: string | null;
  trainer: string;
  capacity: number;
  delegates: Array<{ name: string; email: string; agency: string }>;
}

/** Spreads `count` people over sessions of `size` through the 2019/20 year. */
function sessions(
  course: string,
  people: DemoSession["delegates"],
  size: number,
  firstDay: string,
  trainer: string,
  venue: string,
): DemoSession[] {
  const result: DemoSession[] = [];
  const count = Math.ceil(people.length / size);
  for (let i = 0; i < count; i++) {
    result.push({
      course,
      startsOn: addDays(firstDay, Math.floor((i * 330) / count)),
      venue,
      trainer,
      capacity: size + 5,
      delegates: people.slice(i * size, (i + 1) * size),
    });
  }
  return result;
}

/**
 * The 2019/20 annual report's training figures: 1,253 professionals at Level 1, 133 Level 3 first
 * responders in the local authority, procurement staff at Level 2; plus first responders who
 * refreshed eighteen months before the clock's today, so some are qualified today and their
 * certificates come up for refresh within the year. Loaded once, in one transaction.
 */
export async function seedDemo(dataSource: DataSource, logger: Logger, clock: Clock): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('training.seed'))");
    if ((await manager.count(Course)) > 0) return;

    const courses = new Map<string, Course>();
    for (const c of COURSES) {
      const saved = await manager.save(
        manager.create(Course, {
          title: c.title,
          level: c.level,
          format: c.format,
          providerAgencyId: demoAgencyId(c.provider),
          durationMinutes: c.durationMinutes,
          validityMonths: c.validityMonths,
          audience: c.audience,
        }),
      );
      courses.set(c.title, saved);
    }

    const levelOne = Array.from({ length: 1253 }, (_, i) =>
      person(i, ["SMBC", "SMBC", "SMBC", "SCT", "WMP", "SWBH", "WMFS", "HFJ", "BCWA"][i % 9]!),
    );
    const directoryFirstResponders = DIRECTORY_TRAINEES.filter((p) => p.level === CourseLevel.LEVEL_3_FIRST_RESPONDER);
    const levelThree = [
      ...directoryFirstResponders,
      ...Array.from({ length: 133 - directoryFirstResponders.length }, (_, i) =>
        person(5000 + i, i % 4 === 0 ? "SCT" : "SMBC"),
      ),
    ];
    const levelTwo = [
      ...DIRECTORY_TRAINEES.filter((p) => p.level === CourseLevel.LEVEL_2_SUPPLY_CHAIN),
      ...Array.from({ length: 11 }, (_, i) => person(8000 + i, "SMBC-PROC")),
    ];
    const plan: DemoSession[] = [
      ...sessions(
        "Modern Slavery Briefing",
        levelOne,
        25,
        "2019-04-10",
        "Helen Marsh",
        "Sandwell Council House, Oldbury",
      ),
      ...sessions(
        "First Responder Training",
        levelThree,
        15,
        "2019-04-24",
        "Helen Marsh and Sophie Turner (BCWA)",
        "Jack Judge House, Oldbury",
      ),
      ...sessions(
        "Modern Slavery in Supply Chains",
        levelTwo,
        15,
        "2019-09-18",
        "CIPS accredited trainer",
        "Sandwell Council House, Oldbury",
      ),
      // Refreshers: twenty of the first responders are qualified today.
      {
        course: "First Responder Training",
        startsOn: addMonths(clock.today(), -18),
        venue: "Jack Judge House, Oldbury",
        trainer: "Helen Marsh and Sophie Turner (BCWA)",
        capacity: 20,
        delegates: levelThree.slice(0, 20),
      },
    ];
    await insertDelivered(manager, demoPartnershipId("SANDWELL"), plan, courses);
    const second = secondPartnershipYear(clock.today());
    await insertDelivered(manager, demoPartnershipId("TAME"), second, courses);
    logger.info({ sessions: plan.length + second.length }, "loaded the demo training records (training)");
  });
}

/**
 * The second partnership's small year: an awareness briefing and a first responder course, both in
 * the last year before the clock's today, for its own council and NGO and the police it shares.
 */
function secondPartnershipYear(today: string): DemoSession[] {
  const agencies = ["TVC", "TVC", "TVRC", "WMP"];
  const briefed = Array.from({ length: 24 }, (_, i) => person(9000 + i, agencies[i % agencies.length]!));
  const responders = Array.from({ length: 8 }, (_, i) => person(9500 + i, i % 2 ? "TVC" : "WMP"));
  return [
    {
      course: "Modern Slavery Briefing",
      startsOn: addMonths(today, -9),
      venue: "Tame Valley Civic Centre",
      trainer: "Rhiannon Pryce",
      capacity: 30,
      delegates: briefed,
    },
    {
      course: "First Responder Training",
      startsOn: addMonths(today, -4),
      venue: "Tame Valley Civic Centre",
      trainer: "Olusegun Bakare and Mariam Haddad (TVRC)",
      capacity: 12,
      delegates: responders,
    },
  ];
}

async function insertDelivered(
  manager: EntityManager,
  partnershipId: string,
  plan: DemoSession[],
  courses: Map<string, Course>,
): Promise<void> {
  const everyone = new Map(plan.flatMap((s) => s.delegates).map((d) => [d.email, d]));
  await manager.query(
    `INSERT INTO delegate (partnership_id, name, email, agency_id)
     SELECT $1::uuid, * FROM unnest($2::text[], $3::text[], $4::uuid[])`,
    [
      partnershipId,
      [...everyone.values()].map((d) => d.name),
      [...everyone.keys()],
      [...everyone.values()].map((d) => demoAgencyId(d.agency)),
    ],
  );
  for (const session of plan) {
    const course = courses.get(session.course)!;
    const [{ id }] = (await manager.query(
      `INSERT INTO training_session (partnership_id, course_id, starts_at, venue, online, trainer, capacity, status)
       VALUES ($6, $1, $2::date + time '10:00', $3, false, $4, $5, 'DELIVERED') RETURNING id`,
      [course.id, session.startsOn, session.venue, session.trainer, session.capacity, partnershipId],
    )) as [{ id: string }];
    const level = { LEVEL_1_AWARENESS: "L1", LEVEL_2_SUPPLY_CHAIN: "L2", LEVEL_3_FIRST_RESPONDER: "L3", BESPOKE: "B" }[
      course.level
    ];
    await manager.query(
      `INSERT INTO completion (partnership_id, course_id, session_id, delegate_id, agency_id, status, completed_on, certificate_number, expires_on, source)
       SELECT d.partnership_id, $1, $2, d.id, d.agency_id, 'COMPLETED', $3::date,
              'MS-' || $4 || '-' || extract(year FROM $3::date) || '-' || lpad(nextval('certificate_number_seq')::text, 6, '0'),
              CASE WHEN $5::int IS NULL THEN NULL ELSE ($3::date + make_interval(months => $5::int) - interval '1 day')::date END,
              'SESSION'
         FROM delegate d WHERE d.partnership_id = $7 AND d.email = ANY($6::text[])`,
      [
        course.id,
        id,
        session.startsOn,
        level,
        course.validityMonths,
        session.delegates.map((d) => d.email),
        partnershipId,
      ],
    );
  }
}
