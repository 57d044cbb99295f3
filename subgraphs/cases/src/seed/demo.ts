import { randomUUID } from "node:crypto";
import { addDays, type Clock, demoAgencyId, demoPartnershipId, type Logger } from "@partnership/runtime";
import type { DataSource, EntityManager, ObjectLiteral } from "typeorm";
import {
  AgeGroup,
  Concern,
  ConcernChange,
  ConcernSource,
  ConcernStatus,
  DisruptionVisit,
  DutyToNotify,
  ExploitationType as E,
  Gender,
  Area,
  AreaKind,
  Intervention,
  InterventionType as I,
  Location,
  LocationType as L,
  NrmDecision,
  NrmReferral,
  Offender,
  OrderKind,
  PotentialVictim,
  PreventionOrder,
  ResponseLevel,
  SANDWELL_AREA_NAMES,
  Town,
  VictimOutcome,
} from "../entities/index.js";
import { diffConcern } from "../services/concern-history.js";
import { seedSecondPartnership } from "./second-partnership.js";
import {
  CONCERNS_BY_LOCATION_TYPE,
  CONCERNS_BY_QUARTER,
  CONCERNS_BY_SOURCE,
  CONCERNS_BY_TOWN,
  FIRST_NAMES,
  HEADLINES,
  LAST_NAMES,
  NATIONALITIES,
  POSTCODE_DISTRICTS,
  STREETS,
  SUPPLIER_PREMISES,
  WARDS,
} from "./demo-figures.js";

const A = (shortName: string) => demoAgencyId(shortName);
/** The demo year is Sandwell's casework. */
const SANDWELL = demoPartnershipId("SANDWELL");
const YEAR_END = "2020-03-31";

/** A small seeded generator, so the demo is the same on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return { next, int, pick, shuffle };
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);
const expand = <T>(counts: Array<[T, number]>): T[] => counts.flatMap(([value, n]) => Array<T>(n).fill(value));

interface PersonSlot {
  gender: Gender;
  nationality: string | null;
}

/** Takes people of a gender and nationality out of the year's pools, so the totals stay exact. */
class PeoplePool {
  private readonly nationalities: Array<string | null>;
  private readonly genders: Gender[];

  constructor(random: ReturnType<typeof generator>) {
    const named = expand(NATIONALITIES);
    this.nationalities = random.shuffle([...named, ...Array<null>(HEADLINES.peopleScreened - named.length).fill(null)]);
    this.genders = random.shuffle([
      ...Array<Gender>(HEADLINES.male).fill(Gender.MALE),
      ...Array<Gender>(HEADLINES.female).fill(Gender.FEMALE),
    ]);
  }

  take(gender: Gender, nationality: string | null): PersonSlot {
    this.remove(this.genders, gender);
    this.remove(this.nationalities, nationality);
    return { gender, nationality };
  }

  next(): PersonSlot {
    return { gender: this.genders.pop()!, nationality: this.nationalities.pop()! };
  }

  get left() {
    return this.genders.length;
  }

  private remove<T>(pool: T[], value: T) {
    const index = pool.indexOf(value);
    if (index < 0) throw new Error(`the demo year has no ${String(value)} left to take`);
    pool.splice(index, 1);
  }
}

interface Rows {
  /** Each with the release-1 town it is in, which becomes a Sandwell area when it is loaded. */
  locations: Array<Partial<Location> & { town: Town }>;
  concerns: Array<Partial<Concern>>;
  visits: Array<Partial<DisruptionVisit>>;
  victims: Array<Partial<PotentialVictim>>;
  referrals: Array<Partial<NrmReferral>>;
  reports: Array<Partial<DutyToNotify>>;
  interventions: Array<Partial<Intervention>>;
  offenders: Array<Partial<Offender>>;
  orders: Array<Partial<PreventionOrder>>;
}

/** One concern being built: its row, its premises, and the work on it. */
interface Draft {
  concern: Partial<Concern> & { id: string };
  location: Partial<Location> & { id: string; town: Town };
  visitDays: string[];
}

const OUTCOMES: Record<string, string> = {
  visited: "Multi-agency visit completed; people screened and offered support; partners' enforcement followed up.",
  quiet: "Scoped by the virtual team; no indicators of modern slavery found. Intelligence retained.",
};

function exploitationFor(type: L, random: ReturnType<typeof generator>): E[] {
  switch (type) {
    case L.PRIVATE_DWELLING: {
      const roll = random.next();
      if (roll < 0.4) return [E.LABOUR];
      if (roll < 0.7) return [E.SEXUAL];
      if (roll < 0.85) return [E.CRIMINAL];
      return [E.DOMESTIC_SERVITUDE];
    }
    case L.HOTEL:
    case L.NIGHT_CLUB:
      return [E.SEXUAL];
    case L.NOT_KNOWN:
      return [random.next() < 0.5 ? E.SEXUAL : E.OTHER_OR_UNKNOWN];
    case L.TAKEAWAY:
      return random.next() < 0.25 ? [E.LABOUR, E.CRIMINAL] : [E.LABOUR];
    case L.PUBLIC_PLACE:
      return [E.CRIMINAL];
    default:
      return [E.LABOUR];
  }
}

const REFERRING: Partial<Record<ConcernSource, string[]>> = {
  [ConcernSource.POLICE]: ["WMP", "ROCU"],
  [ConcernSource.COUNCIL_SERVICE]: ["SMBC", "SCT"],
  [ConcernSource.NGO]: ["HFJ", "BCWA", "SALV", "BRC"],
  [ConcernSource.HEALTH]: ["SWBH"],
};

const ADULT_REFERRERS: Array<[agency: string, email: string]> = [
  ["WMP", "marcus.oyelaran@wmp.example.org"],
  ["SMBC", "helen.marsh@smbc.example.org"],
  ["HFJ", "beth.morley@hfj.example.org"],
  ["SALV", "grace.whitfield@salv.example.org"],
];
const CHILD_REFERRER: [string, string] = ["SCT", "joanne.pike@sct.example.org"];

/** The kinds of intervention each agency makes with its own powers (arrests are placed separately). */
const POWERS: Record<string, I[]> = {
  WMP: [I.SAFEGUARDING_REFERRAL, I.OTHER],
  SMBC: [I.HOUSING_ENFORCEMENT, I.LICENSING_ADVICE, I.CLOSURE, I.HOUSING_ENFORCEMENT],
  GLAA: [I.OTHER, I.CEASE_AND_DESIST],
  HMRC: [I.MINIMUM_WAGE_INVESTIGATION],
  IE: [I.IMMIGRATION_PENALTY],
  WMFS: [I.FIRE_SAFETY_NOTICE],
  HFJ: [I.SAFEGUARDING_REFERRAL],
  SALV: [I.SAFEGUARDING_REFERRAL],
  EA: [I.CEASE_AND_DESIST, I.OTHER],
  WPD: [I.ELECTRICITY_CUT_OFF],
};

/** Builds the demo year: every row, with the report's figures exact. Pure apart from fresh ids. */
export function buildDemoYear(): Rows {
  const random = generator(20192020);
  const people = new PeoplePool(random);
  const rows: Rows = {
    locations: [],
    concerns: [],
    visits: [],
    victims: [],
    referrals: [],
    reports: [],
    interventions: [],
    offenders: [],
    orders: [],
  };
  const towns = expand(CONCERNS_BY_TOWN);
  const types = expand(CONCERNS_BY_LOCATION_TYPE);
  const sources = expand(CONCERNS_BY_SOURCE);
  const take = <T>(pool: T[], value: T) => pool.splice(pool.indexOf(value), 1);

  const draft = (fields: {
    receivedOn: string;
    town: Town;
    ward?: string;
    type: L;
    source: ConcernSource;
    exploitationTypes?: E[];
    leadAgencyId?: string;
    address?: string;
    businessName?: string | null;
    companyNumber?: string | null;
  }): Draft => {
    const location = {
      id: randomUUID(),
      partnershipId: SANDWELL,
      type: fields.type,
      town: fields.town,
      ward: fields.ward ?? random.pick(WARDS[fields.town]),
      address: fields.address ?? `${random.int(1, 240)} ${random.pick(STREETS)}`,
      postcode: `${random.pick(POSTCODE_DISTRICTS[fields.town])} ${random.int(1, 9)}${random.pick(["A", "B", "D", "E", "F", "H", "J", "L", "N", "P"])}${random.pick(["A", "B", "D", "E", "G", "Q", "R", "T", "W", "X"])}`,
      businessName: fields.businessName ?? null,
      companyNumber: fields.companyNumber ?? null,
    };
    const referring = REFERRING[fields.source];
    const concern = {
      id: randomUUID(),
      partnershipId: SANDWELL,
      receivedOn: fields.receivedOn,
      source: fields.source,
      referringAgencyId: referring ? A(random.pick(referring)) : null,
      exploitationTypes: fields.exploitationTypes ?? exploitationFor(fields.type, random),
      leadAgencyId: fields.leadAgencyId ?? A(random.next() < 0.55 ? "SMBC" : "WMP"),
      participatingAgencyIds: [] as string[],
      locationId: location.id,
      intelligenceSummary: null as string | null,
      crimeReference:
        fields.source === ConcernSource.POLICE
          ? `20/${random.int(100000, 999999)}/${fields.receivedOn.slice(2, 4)}`
          : null,
      version: 1,
    };
    rows.locations.push(location);
    return { concern, location, visitDays: [] };
  };

  const addVisit = (d: Draft, visitedOn: string, agencies: string[], notes: string | null = null) => {
    const visit = {
      id: randomUUID(),
      concernId: d.concern.id,
      locationId: d.location.id,
      visitedOn,
      agencyIds: agencies.map(A),
      notes,
    };
    rows.visits.push(visit);
    d.visitDays.push(visitedOn);
    for (const agency of agencies.map(A))
      if (agency !== d.concern.leadAgencyId && !d.concern.participatingAgencyIds!.includes(agency))
        d.concern.participatingAgencyIds!.push(agency);
    return visit;
  };

  const intervene = (d: Draft, visit: { id: string; visitedOn: string }, agency: string, type: I, outcome?: string) =>
    rows.interventions.push({
      id: randomUUID(),
      concernId: d.concern.id,
      visitId: visit.id,
      agencyId: A(agency),
      type,
      carriedOutOn: visit.visitedOn,
      outcome: outcome ?? null,
    });

  const screen = (
    d: Draft,
    slot: PersonSlot,
    screenedOn: string,
    visitId: string | null,
    extra: Partial<PotentialVictim> = {},
  ) => {
    const victim = {
      id: randomUUID(),
      concernId: d.concern.id,
      visitId,
      screenedOn,
      ageGroup: AgeGroup.ADULT,
      gender: slot.gender,
      nationality: slot.nationality,
      exploitationType: d.concern.exploitationTypes![0]!,
      fullName: `${random.pick(slot.gender === Gender.FEMALE ? FIRST_NAMES.female : FIRST_NAMES.male)} ${random.pick(LAST_NAMES)}`,
      aliases: [],
      dateOfBirth: null,
      phone: random.next() < 0.4 ? `07700 900${String(random.int(0, 999)).padStart(3, "0")}` : null,
      currentAddress: null,
      supportNeeds: null,
      healthNeeds: null,
      outcome: VictimOutcome.SAFEGUARDED,
      supportProviderAgencyId: null,
      accommodation: null,
      ...extra,
    } satisfies Partial<PotentialVictim>;
    // The seed's people each show one kind of exploitation, as the 2019/20 report counts them.
    const screened: typeof victim & Pick<PotentialVictim, "exploitationTypes"> = {
      ...victim,
      exploitationTypes: [victim.exploitationType],
    };
    rows.victims.push(screened);
    return screened;
  };

  const refer = (
    victim: Partial<PotentialVictim> & { id: string },
    referrer: [string, string],
    referredOn: string,
    decision?: [NrmDecision, string],
  ) => {
    const minor = victim.ageGroup !== AgeGroup.ADULT;
    rows.referrals.push({
      id: randomUUID(),
      victimId: victim.id,
      concernId: victim.concernId!,
      referredOn,
      referringAgencyId: A(referrer[0]),
      referrerEmail: referrer[1],
      consentGiven: minor ? null : true,
      minor,
      ageGroup: victim.ageGroup!,
      reasonableGrounds: decision?.[0] ?? NrmDecision.PENDING,
      reasonableGroundsOn: decision?.[1] ?? null,
    });
    victim.outcome = VictimOutcome.REFERRED_TO_NRM;
  };

  const notify = (victim: Partial<PotentialVictim> & { id: string }, agency: string, reportedOn: string) =>
    rows.reports.push({
      id: randomUUID(),
      victimId: victim.id,
      concernId: victim.concernId!,
      reportedOn,
      reportingAgencyId: A(agency),
    });

  // The report's case studies, as worked concerns.
  const caseStudies: Draft[] = [];
  {
    // The factory on Anne Road, Smethwick: ~60 workers contained and screened, 16 illegal Indian
    // nationals, a child safeguarded, electricity abstraction found, the business shut down.
    take(towns, Town.SMETHWICK);
    take(types, L.FACTORY);
    take(sources, ConcernSource.POLICE);
    const d = draft({
      receivedOn: "2019-10-16",
      town: Town.SMETHWICK,
      ward: "Soho and Victoria",
      type: L.FACTORY,
      source: ConcernSource.POLICE,
      exploitationTypes: [E.LABOUR],
      leadAgencyId: A("WMP"),
      address: "Unit 3, Anne Road",
      businessName: "Anne Road glassware factory (imprinted glass bottles)",
    });
    d.concern.intelligenceSummary =
      "Historical logs show a pattern of forced labour: 50-70 workers in poor conditions, females locked in rooms at night, 5-6 minors aged 15-17, workers transported to the premises, a possible secret room.";
    const visit = addVisit(
      d,
      "2019-11-13",
      ["WMP", "ROCU", "SMBC", "GLAA", "HMRC", "IE", "WPD", "BG", "WMFS", "SCT", "SACC", "HFJ", "BRC", "BCWA"],
      "60 workers on site and contained on arrival; all screened for identity, slavery, trafficking, exploitation, immigration and national minimum wage. Electricity abstracted on a huge scale.",
    );
    for (let i = 0; i < 16; i++)
      intervene(d, visit, "IE", I.IMMIGRATION_PENALTY, "Standard £20,000 civil penalty per illegal worker pursued");
    intervene(
      d,
      visit,
      "WPD",
      I.ELECTRICITY_CUT_OFF,
      "Supply cut off at the street; value of abstracted electricity to be repaid",
    );
    intervene(d, visit, "HMRC", I.MINIMUM_WAGE_INVESTIGATION, "National minimum wage investigation opened");
    intervene(d, visit, "WMFS", I.FIRE_SAFETY_NOTICE, "Notice of improvements issued");
    intervene(d, visit, "SMBC", I.CLOSURE, "Business shut down indefinitely");
    intervene(d, visit, "BG", I.OTHER, "Gas supply made safe");
    intervene(d, visit, "SCT", I.SAFEGUARDING_REFERRAL, "Child safeguarded with accommodation");
    intervene(d, visit, "GLAA", I.OTHER, "Labour provider licensing inspection");
    const workers: Array<Partial<PotentialVictim> & { id: string }> = [];
    for (let i = 0; i < 16; i++) workers.push(screen(d, people.take(Gender.MALE, "Indian"), visit.visitedOn, visit.id));
    for (let i = 0; i < 24; i++) workers.push(screen(d, people.take(Gender.MALE, null), visit.visitedOn, visit.id));
    for (let i = 0; i < 20; i++) workers.push(screen(d, people.take(Gender.FEMALE, null), visit.visitedOn, visit.id));
    const child = workers[16]!;
    Object.assign(child, {
      ageGroup: AgeGroup.MINOR,
      supportProviderAgencyId: A("SCT"),
      accommodation: "Foster placement arranged by the children's trust",
      supportNeeds: "Age and parent or guardian to be established",
    });
    refer(child, CHILD_REFERRER, "2019-11-14", [NrmDecision.POSITIVE, "2019-11-22"]);
    for (const worker of workers.slice(0, 6))
      refer(worker, ADULT_REFERRERS[0]!, "2019-11-15", [NrmDecision.POSITIVE, "2019-12-02"]);
    rows.offenders.push(
      { id: randomUUID(), concernId: d.concern.id, fullName: "Harvinder Dhaliwal", role: "company director" },
      { id: randomUUID(), concernId: d.concern.id, fullName: "Kulwant Dhaliwal", role: "company director" },
    );
    d.concern.responseLevel = ResponseLevel.SIGNIFICANT_PRE_PLANNED;
    d.concern.outcome =
      "Factory shut down indefinitely, electricity cut off, penalties and a minimum wage investigation pursued; a child safeguarded and workers referred into the NRM. 21 partner agencies worked together.";
    caseStudies.push(d);
  }
  {
    // The waste recycling plant recruiting homeless men at £10 for a 10-hour day.
    take(towns, Town.TIPTON);
    take(types, L.WASTE_RECYCLING);
    take(sources, ConcernSource.NGO);
    const d = draft({
      receivedOn: "2019-06-12",
      town: Town.TIPTON,
      ward: "Great Bridge",
      type: L.WASTE_RECYCLING,
      source: ConcernSource.NGO,
      exploitationTypes: [E.LABOUR],
      leadAgencyId: A("SMBC"),
      address: "Yard 2, Dudley Port",
      businessName: "Tipton Waste and Recycling Services Ltd",
      companyNumber: SUPPLIER_PREMISES.wasteRecycling,
    });
    d.concern.intelligenceSummary =
      "Vulnerable homeless men recruited and paid £10 for 10 hours; dangerous conditions, no health and safety training, locked inside on arrival.";
    const visit = addVisit(d, "2019-07-03", ["WMP", "GLAA", "EA", "HMRC", "SMBC", "HFJ"]);
    intervene(d, visit, "GLAA", I.OTHER, "Gangmaster licensing investigation");
    intervene(d, visit, "EA", I.CEASE_AND_DESIST, "Waste permit breaches notified");
    intervene(d, visit, "HMRC", I.MINIMUM_WAGE_INVESTIGATION);
    intervene(d, visit, "SMBC", I.ORDER_APPLICATION, "Slavery and trafficking risk order applied for");
    intervene(d, visit, "WMP", I.OTHER, "Site operator interviewed");
    for (let i = 0; i < 3; i++) {
      const man = screen(d, people.take(Gender.MALE, "British"), visit.visitedOn, visit.id, {
        outcome: VictimOutcome.DECLINED_SUPPORT,
        accommodation: "Temporary accommodation",
        supportNeeds: "Rough sleeping; declined the NRM",
      });
      notify(man, "SMBC", "2019-07-04");
      intervene(d, visit, "HFJ", I.SAFEGUARDING_REFERRAL, "Supported to access temporary accommodation");
    }
    const operator = { id: randomUUID(), concernId: d.concern.id, fullName: "Darren Pickering", role: "site operator" };
    rows.offenders.push(operator);
    rows.orders.push({
      id: randomUUID(),
      concernId: d.concern.id,
      offenderId: operator.id,
      kind: OrderKind.STRO,
      subject: "Darren Pickering, operator of the recycling site",
      grantedOn: "2019-09-18",
      expiresOn: "2021-09-17",
    });
    d.concern.responseLevel = ResponseLevel.JOINT_MULTI_AGENCY;
    d.concern.outcome =
      "Three men screened; they declined the NRM, MS1 reports made and temporary accommodation found. A slavery and trafficking risk order is in place for the site.";
    caseStudies.push(d);
  }
  {
    // The nail bar: a woman trafficked seven years ago, kept in domestic servitude.
    take(towns, Town.WEST_BROMWICH);
    take(types, L.SHOP);
    take(sources, ConcernSource.PUBLIC);
    const d = draft({
      receivedOn: "2019-08-20",
      town: Town.WEST_BROMWICH,
      ward: "West Bromwich Central",
      type: L.SHOP,
      source: ConcernSource.PUBLIC,
      exploitationTypes: [E.DOMESTIC_SERVITUDE, E.LABOUR],
      leadAgencyId: A("WMP"),
      address: "14 High Street",
      businessName: "Polished Nail Bar",
    });
    d.concern.intelligenceSummary =
      "The owner is believed to traffic people into the country to work in the nail bar and as domestic servants in her house.";
    const visit = addVisit(d, "2019-09-04", ["WMP", "SMBC", "HFJ", "IE"]);
    intervene(d, visit, "WMP", I.ARREST, "Owner arrested on suspicion of trafficking");
    intervene(d, visit, "SMBC", I.LICENSING_ADVICE);
    intervene(
      d,
      visit,
      "HFJ",
      I.SAFEGUARDING_REFERRAL,
      "Temporary accommodation until the reasonable grounds decision",
    );
    intervene(d, visit, "IE", I.OTHER);
    const woman = screen(d, people.take(Gender.FEMALE, "Vietnamese"), visit.visitedOn, visit.id, {
      exploitationType: E.DOMESTIC_SERVITUDE,
      supportNeeds:
        "Trafficked seven years ago; moved between five families; cooking, cleaning and childcare for food and a bed",
      accommodation: "Temporary accommodation until the reasonable grounds decision",
      supportProviderAgencyId: A("HFJ"),
    });
    refer(woman, ADULT_REFERRERS[0]!, "2019-09-05", [NrmDecision.POSITIVE, "2019-09-19"]);
    const owner = {
      id: randomUUID(),
      concernId: d.concern.id,
      fullName: "Mai Tran",
      role: "nail bar owner; trafficker",
      arrestedOn: "2019-09-04",
      charge: "Arranging travel with a view to exploitation (s.2 Modern Slavery Act 2015)",
    };
    rows.offenders.push(owner);
    rows.orders.push({
      id: randomUUID(),
      concernId: d.concern.id,
      offenderId: owner.id,
      kind: OrderKind.STPO,
      subject: "Mai Tran",
      grantedOn: "2020-03-10",
      expiresOn: "2025-03-09",
    });
    d.concern.responseLevel = ResponseLevel.JOINT_MULTI_AGENCY;
    d.concern.outcome =
      "Victim rescued and referred into the NRM (positive reasonable grounds); trafficker arrested and charged.";
    caseStudies.push(d);
  }
  {
    // The bakery: a man in his early 60s working 10 hours a day for £25, sleeping rough.
    take(towns, Town.OLDBURY);
    take(types, L.FACTORY);
    take(sources, ConcernSource.COUNCIL_SERVICE);
    const d = draft({
      receivedOn: "2020-01-14",
      town: Town.OLDBURY,
      ward: "Langley",
      type: L.FACTORY,
      source: ConcernSource.COUNCIL_SERVICE,
      exploitationTypes: [E.LABOUR],
      leadAgencyId: A("SMBC"),
      address: "7 Station Street",
      businessName: "Langley Bakery",
    });
    d.concern.intelligenceSummary =
      "Workers said to work very long hours for very little pay, without contracts or wage slips.";
    const visit = addVisit(d, "2020-01-29", ["SMBC", "HMRC", "HFJ"]);
    intervene(d, visit, "HMRC", I.MINIMUM_WAGE_INVESTIGATION, "Pay records requested");
    intervene(d, visit, "HFJ", I.SAFEGUARDING_REFERRAL, "Support picked up by Hope for Justice");
    intervene(d, visit, "SMBC", I.HOUSING_ENFORCEMENT, "Housed through a reputable landlord");
    const man = screen(d, people.take(Gender.MALE, "Polish"), visit.visitedOn, visit.id, {
      dateOfBirth: "1958-05-02",
      healthNeeds: "Multiple health issues after three years sleeping rough",
      supportNeeds: "Needs evidence of employment to secure accommodation",
      supportProviderAgencyId: A("HFJ"),
      accommodation: "Bedsit through a reputable landlord",
    });
    notify(man, "SMBC", "2020-01-30");
    d.concern.responseLevel = ResponseLevel.JOINT_MULTI_AGENCY;
    d.concern.outcome = "Declined the NRM; MS1 made; supported by Hope for Justice and housed.";
    caseStudies.push(d);
  }

  // The rest of the year.
  const days: string[] = [];
  for (const [from, to, count] of CONCERNS_BY_QUARTER) {
    const already = caseStudies.filter((d) => d.concern.receivedOn! >= from && d.concern.receivedOn! <= to).length;
    const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    for (let i = 0; i < count - already; i++) days.push(addDays(from, random.int(0, span)));
  }
  random.shuffle(towns);
  random.shuffle(types);
  random.shuffle(sources);
  let carWashes = 0;
  let foodFactory = false;
  const others: Draft[] = days.sort().map((receivedOn, index) => {
    const type = types[index]!;
    const town = towns[index]!;
    let businessName: string | null = null;
    let companyNumber: string | null = null;
    if (type === L.CAR_WASH && carWashes++ < 3) {
      businessName = "Sandwell Sparkle Hand Car Wash";
      companyNumber = SUPPLIER_PREMISES.carWash;
    } else if (type === L.FACTORY && !foodFactory) {
      foodFactory = true;
      businessName = "Black Country Food Packers";
      companyNumber = SUPPLIER_PREMISES.foodPackers;
    } else if (type !== L.PRIVATE_DWELLING && type !== L.NOT_KNOWN && type !== L.PUBLIC_PLACE) {
      businessName = `${random.pick(STREETS).split(" ")[0]} ${type.toLowerCase().replace(/_/g, " ")}`;
    }
    return draft({ receivedOn, town, type, source: sources[index]!, businessName, companyNumber });
  });

  // Visits: 98 in all, the case studies' four included; at most two per concern.
  const visitable = random.shuffle(
    others.filter((d) => d.location.type !== L.NOT_KNOWN && d.concern.receivedOn! <= "2020-03-24"),
  );
  const visitsToPlace = HEADLINES.visits - caseStudies.length;
  const visited = visitable.slice(0, 80);
  const plan = [...visited, ...visited.slice(0, visitsToPlace - visited.length)];
  const placed: Array<{ d: Draft; visit: { id: string; visitedOn: string } }> = [];
  for (const d of plan) {
    const after = d.visitDays.at(-1) ?? d.concern.receivedOn!;
    const visitedOn = minDay(addDays(after, random.int(5, 35)), YEAR_END);
    const lead = d.concern.leadAgencyId === A("WMP") ? "WMP" : "SMBC";
    const partners = random.shuffle(
      ["WMP", "SMBC", "GLAA", "HMRC", "IE", "WMFS", "HFJ", "SALV", "EA", "WPD"].filter((a) => a !== lead),
    );
    const agencies = [lead, ...partners.slice(0, random.int(1, 4))];
    if (placed.length < 30 && !agencies.includes("WMP")) agencies.push("WMP");
    placed.push({ d, visit: addVisit(d, visitedOn, agencies) });
  }

  // Arrests: the report counts ten in relation to labour exploitation, plus the nail bar's.
  const withPolice = placed.filter(({ visit }) =>
    rows.visits.find((v) => v.id === visit.id)!.agencyIds!.includes(A("WMP")),
  );
  for (const { d, visit } of withPolice.slice(0, 10)) {
    intervene(d, visit, "WMP", I.ARREST, "Suspect arrested");
    rows.offenders.push({
      id: randomUUID(),
      concernId: d.concern.id,
      fullName: `${random.pick(FIRST_NAMES.male)} ${random.pick(LAST_NAMES)}`,
      role: "suspected exploiter",
      arrestedOn: visit.visitedOn,
    });
  }
  // Every visit records at least one intervention; the rest fall where the agencies were.
  const interventionsLeft = () => HEADLINES.interventions - rows.interventions.length;
  const powers = (visitId: string) =>
    rows.visits
      .find((v) => v.id === visitId)!
      .agencyIds!.map((id) => Object.keys(POWERS).find((short) => A(short) === id))
      .filter((short): short is string => Boolean(short));
  for (const { d, visit } of placed) {
    const agency = random.pick(powers(visit.id));
    intervene(d, visit, agency, random.pick(POWERS[agency]!));
  }
  while (interventionsLeft() > 0) {
    const { d, visit } = random.pick(placed);
    const agency = random.pick(powers(visit.id));
    intervene(d, visit, agency, random.pick(POWERS[agency]!));
  }

  // People screened: at the visits, and some when a concern is scoped.
  const victimsOfOthers: Array<Partial<PotentialVictim> & { id: string }> = [];
  const atVisits = people.left - 51;
  placed.forEach(({ d, visit }) => victimsOfOthers.push(screen(d, people.next(), visit.visitedOn, visit.id)));
  for (let i = placed.length; i < atVisits; i++) {
    const { d, visit } = random.pick(placed);
    victimsOfOthers.push(screen(d, people.next(), visit.visitedOn, visit.id));
  }
  const scoped = others.filter((d) => d.concern.receivedOn! < "2020-03-20");
  while (people.left > 0) {
    const d = random.pick(scoped);
    victimsOfOthers.push(
      screen(d, people.next(), minDay(addDays(d.concern.receivedOn!, random.int(1, 10)), YEAR_END), null),
    );
  }

  // Safeguarding: children (and people of unknown age) are referred without consent; adults
  // consent to the NRM or decline it, and a declining adult is reported under the duty to notify.
  random.shuffle(victimsOfOthers);
  victimsOfOthers.forEach((victim, index) => {
    const day = victim.screenedOn!;
    const decision = (): [NrmDecision, string] | undefined => {
      const roll = random.next();
      if (roll < 0.45) return undefined;
      return [roll < 0.9 ? NrmDecision.POSITIVE : NrmDecision.NEGATIVE, addDays(day, random.int(5, 30))];
    };
    if (index < 23) {
      victim.ageGroup = index < 17 ? AgeGroup.MINOR : AgeGroup.UNKNOWN;
      victim.supportProviderAgencyId = A("SCT");
      refer(victim, CHILD_REFERRER, addDays(day, random.int(0, 3)), decision());
    } else if (index < 80) {
      const referrer = random.pick(ADULT_REFERRERS);
      victim.supportProviderAgencyId = A(referrer[0] === "HFJ" || referrer[0] === "SALV" ? referrer[0] : "HFJ");
      refer(victim, referrer, addDays(day, random.int(0, 5)), decision());
    } else if (index < 116) {
      victim.outcome = VictimOutcome.DECLINED_SUPPORT;
      notify(victim, random.pick(["WMP", "SMBC"]), addDays(day, random.int(0, 3)));
    } else {
      victim.outcome = random.pick([VictimOutcome.SAFEGUARDED, VictimOutcome.NO_INDICATORS, VictimOutcome.REFERRED_ON]);
    }
  });

  // A landlord who turned a blind eye to exploitation in his properties: a risk order.
  const landlordConcern = others.find((d) => d.location.type === L.PRIVATE_DWELLING && d.visitDays.length > 0)!;
  const landlord = {
    id: randomUUID(),
    concernId: landlordConcern.concern.id,
    fullName: "Gareth Mills",
    role: "landlord",
  };
  rows.offenders.push(landlord);
  rows.orders.push({
    id: randomUUID(),
    concernId: landlordConcern.concern.id,
    offenderId: landlord.id,
    kind: OrderKind.STRO,
    subject: "Gareth Mills, landlord of the properties",
    grantedOn: "2020-02-20",
    expiresOn: "2022-02-19",
  });

  // Where each concern stands at the end of the year, and its history's first entry.
  for (const d of [...caseStudies, ...others]) {
    const c = d.concern;
    const lastActivity = [
      c.receivedOn!,
      ...d.visitDays,
      ...rows.victims.filter((v) => v.concernId === c.id).map((v) => v.screenedOn!),
    ].reduce(maxDay);
    if (c.outcome || c.receivedOn! <= "2020-02-15") {
      c.status = ConcernStatus.CLOSED;
      c.responseLevel ??= d.visitDays.length > 0 ? ResponseLevel.JOINT_MULTI_AGENCY : ResponseLevel.SINGLE_AGENCY;
      c.outcome ??= d.visitDays.length > 0 ? OUTCOMES.visited! : OUTCOMES.quiet!;
      c.closedOn = addDays(lastActivity, random.int(7, 40));
    } else if (d.visitDays.length > 0) {
      c.status = ConcernStatus.ACTIVE;
      c.responseLevel = ResponseLevel.JOINT_MULTI_AGENCY;
    } else {
      c.status = random.pick([ConcernStatus.RECEIVED, ConcernStatus.SCOPING, ConcernStatus.RESPONSE_PLANNED]);
      if (rows.victims.some((v) => v.concernId === c.id) && c.status === ConcernStatus.RECEIVED)
        c.status = ConcernStatus.SCOPING;
      c.responseLevel = c.status === ConcernStatus.RESPONSE_PLANNED ? ResponseLevel.SINGLE_AGENCY : null;
    }
    c.outcome ??= null;
    c.closedOn ??= null;
    c.intelligenceSummary ??= `Concern about ${d.location.type!.toLowerCase().replace(/_/g, " ")} premises in ${d.location.ward}: ${c.exploitationTypes!.map((t) => t.toLowerCase().replace(/_/g, " ")).join(" and ")} exploitation suspected.`;
    for (const v of rows.victims.filter((victim) => victim.concernId === c.id && victim.supportProviderAgencyId))
      if (
        v.supportProviderAgencyId !== c.leadAgencyId &&
        !c.participatingAgencyIds!.includes(v.supportProviderAgencyId!)
      )
        c.participatingAgencyIds!.push(v.supportProviderAgencyId!);
    rows.concerns.push(c);
  }
  // References follow the order concerns came in, numbered within their year.
  rows.concerns.sort((a, b) => a.receivedOn!.localeCompare(b.receivedOn!) || a.id!.localeCompare(b.id!));
  const numbers = new Map<string, number>();
  for (const c of rows.concerns) {
    const year = c.receivedOn!.slice(0, 4);
    numbers.set(year, (numbers.get(year) ?? 0) + 1);
    c.reference = `SHOP-${year}-${String(numbers.get(year)).padStart(4, "0")}`;
  }
  return rows;
}

async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  values: Array<Partial<T>>,
) {
  for (let i = 0; i < values.length; i += 500) await manager.insert(entity, values.slice(i, i + 500) as never);
}

/** Sandwell's areas: its six towns and the bucket outside the borough, by name (added where missing). */
async function sandwellAreas(dataSource: DataSource): Promise<Map<string, string>> {
  for (const town of Object.values(Town))
    await dataSource.query(
      `INSERT INTO area (partnership_id, name, kind) VALUES ($1, $2, $3)
       ON CONFLICT (partnership_id, lower(name)) DO NOTHING`,
      [SANDWELL, SANDWELL_AREA_NAMES[town], town === Town.OUTSIDE_SANDWELL ? AreaKind.OUTSIDE : AreaKind.TOWN],
    );
  const areas = await dataSource.getRepository(Area).findBy({ partnershipId: SANDWELL });
  return new Map(areas.map((area) => [area.name, area.id]));
}

/**
 * Loads Sandwell's areas and its 2019/20 demo year, and the second partnership's small year,
 * each unless its concerns are already there.
 */
export async function seedDemo(dataSource: DataSource, logger: Logger, clock: Clock): Promise<void> {
  await seedSecondPartnership(dataSource, clock);
  const areas = await sandwellAreas(dataSource);
  if ((await dataSource.getRepository(Concern).countBy({ partnershipId: SANDWELL })) > 0) return;
  const started = performance.now();
  const rows = buildDemoYear();
  await dataSource.transaction(async (manager) => {
    await insertAll(
      manager,
      Location,
      rows.locations.map(({ town, ...location }) => ({ ...location, areaId: areas.get(SANDWELL_AREA_NAMES[town])! })),
    );
    await insertAll(manager, Concern, rows.concerns);
    await insertAll(
      manager,
      ConcernChange,
      rows.concerns.map((concern) => ({
        concernId: concern.id!,
        version: 1,
        changedAt: new Date(`${concern.receivedOn}T09:00:00Z`),
        changedByUser: "demo:seed",
        changedByAgency: concern.leadAgencyId!,
        reason: null,
        changes: diffConcern({}, concern) as never,
      })),
    );
    await insertAll(manager, DisruptionVisit, rows.visits);
    await insertAll(manager, PotentialVictim, rows.victims);
    await insertAll(manager, NrmReferral, rows.referrals);
    await insertAll(manager, DutyToNotify, rows.reports);
    await insertAll(manager, Intervention, rows.interventions);
    await insertAll(manager, Offender, rows.offenders);
    await insertAll(manager, PreventionOrder, rows.orders);
    const years = new Map<number, number>();
    for (const c of rows.concerns) years.set(Number(c.receivedOn!.slice(0, 4)), Number(c.reference!.slice(-4)));
    for (const [year, last] of years)
      await manager.query(
        `INSERT INTO concern_reference_counter (partnership_id, year, last) VALUES ($1, $2, $3)
         ON CONFLICT (partnership_id, year) DO UPDATE SET last = GREATEST(concern_reference_counter.last, EXCLUDED.last)`,
        [SANDWELL, year, last],
      );
  });
  logger.info(
    { concerns: rows.concerns.length, peopleScreened: rows.victims.length, ms: performance.now() - started },
    "cases demo year loaded",
  );
}
