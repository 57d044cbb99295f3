import { demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

const YEAR = { from: "2019-04-01", to: "2020-03-31" };

const STATISTICS = `query Year($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
  concerns { count suppressed }
  peopleScreened { count }
  visits { count }
  interventions { count }
  arrests { count }
  concernsByQuarter { key count }
  concernsByArea { area { name } count }
  concernsByLocationType { key count }
  peopleScreenedByGender { key count }
  peopleScreenedByNationality { key count }
  interventionsByType { key count suppressed }
  nrmReferrals { count }
  nrmReferralsByAgeGroup { key count }
  dutyToNotifyReports { count }
  ordersByKind { key count }
} }`;

const asMap = (rows: Array<{ key: string; count: number | null }>) =>
  Object.fromEntries(rows.map((row) => [row.key, row.count]));
const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

describe("the demo year reproduces the 2019/20 annual report's headline figures", () => {
  let t: TestPlatform;
  let police: Client;
  let year: any;

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    const result = await police.query<any>(STATISTICS, YEAR);
    expect(result.errors).toBeUndefined();
    year = result.data!.caseStatistics;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("171 concerns, 406 people screened, 98 multi-agency visits, 468 interventions", () => {
    expect(year.concerns).toEqual({ count: 171, suppressed: false });
    expect(year.peopleScreened.count).toBe(406);
    expect(year.visits.count).toBe(98);
    expect(year.interventions.count).toBe(468);
    expect(year.concernsByQuarter.reduce((sum: number, q: any) => sum + q.count, 0)).toBe(171);
    expect(year.concernsByQuarter.map((q: any) => q.key)).toEqual([
      "2019-04-01",
      "2019-07-01",
      "2019-10-01",
      "2020-01-01",
    ]);
  });

  it("38% of concerns in West Bromwich, 35% in Smethwick, 59% in private dwellings", () => {
    const towns = Object.fromEntries(
      year.concernsByArea.map((row: { area: { name: string } | null; count: number }) => [row.area?.name, row.count]),
    );
    expect(percent(towns["West Bromwich"]!, 171)).toBe(38);
    expect(percent(towns.Smethwick!, 171)).toBe(35);
    const types = asMap(year.concernsByLocationType);
    expect(percent(types.PRIVATE_DWELLING!, 171)).toBe(59);
    // The report's location table, whose 159 rows leave 12 concerns with premises not yet known.
    expect(types).toEqual({
      PRIVATE_DWELLING: 101,
      CAR_WASH: 21,
      FACTORY: 13,
      NOT_KNOWN: 12,
      TAKEAWAY: 8,
      OTHER: 3,
      RESTAURANT: 3,
      WASTE_RECYCLING: 2,
      GP_SURGERY: 1,
      HOSPITAL: 1,
      HOTEL: 1,
      LETTING_AGENT: 1,
      NIGHT_CLUB: 1,
      PUBLIC_PLACE: 1,
      SHOP: 1,
      SUPPORTED_HOUSING: 1,
    });
  });

  it("261 male and 145 female, with the report's nationality table", () => {
    expect(asMap(year.peopleScreenedByGender)).toEqual({ MALE: 261, FEMALE: 145 });
    expect(asMap(year.peopleScreenedByNationality)).toEqual({
      NOT_RECORDED: 235,
      Unknown: 52,
      Romanian: 31,
      Indian: 28,
      Polish: 15,
      Albanian: 12,
      British: 9,
      Chinese: 6,
      Vietnamese: 5,
      Pakistani: 4,
      Bulgarian: 2,
      Irish: 2,
      Latvian: 2,
      Israeli: 1,
      Kurdish: 1,
      Lithuanian: 1,
    });
  });

  it("arrests, NRM referrals, duty-to-notify reports and orders are there", () => {
    expect(year.arrests.count).toBe(11);
    expect(year.nrmReferrals.count).toBeGreaterThan(60);
    expect(year.dutyToNotifyReports.count).toBeGreaterThan(30);
    expect(asMap(year.ordersByKind)).toEqual({ STRO: 2, STPO: 1 });
  });

  it("NRM referrals by age group keep the children whose age was not known apart from the minors", async () => {
    const ages = asMap(year.nrmReferralsByAgeGroup);
    expect(Object.keys(ages)).toEqual(["ADULT", "MINOR", "UNKNOWN"]);
    expect(ages.ADULT! + ages.MINOR! + ages.UNKNOWN!).toBe(year.nrmReferrals.count);
    const [people] = await t.database.query<{ minor: number; unknown: number }>(
      `SELECT count(*) FILTER (WHERE v.age_group = 'MINOR')::int AS minor, count(*) FILTER (WHERE v.age_group = 'UNKNOWN')::int AS unknown
         FROM cases.nrm_referral n JOIN cases.potential_victim v ON v.id = n.victim_id JOIN cases.concern c ON c.id = n.concern_id
        WHERE c.partnership_id = $1 AND n.referred_on BETWEEN $2 AND $3`,
      [demoPartnershipId("SANDWELL"), YEAR.from, YEAR.to],
    );
    expect(people!.unknown).toBeGreaterThan(0);
    expect({ MINOR: ages.MINOR, UNKNOWN: ages.UNKNOWN }).toEqual({ MINOR: people!.minor, UNKNOWN: people!.unknown });
  });

  it("an NGO sees the same totals, but interventions (ENFORCEMENT, not granted to it) with small counts withheld", async () => {
    const ngo = await t.as("HFJ", Role.CASEWORKER);
    const result = await ngo.query<any>(STATISTICS, YEAR);
    const asNgo = result.data!.caseStatistics;
    expect(asNgo.concerns.count).toBe(171);
    expect(asMap(asNgo.peopleScreenedByGender)).toEqual({ MALE: 261, FEMALE: 145 });
    const small = year.interventionsByType.filter((row: any) => row.count >= 1 && row.count <= 4);
    expect(small.length).toBeGreaterThan(0);
    // Withheld rows are folded into one that names no type; the rest are rounded to base 5.
    const keys = asNgo.interventionsByType.map((row: any) => row.key);
    for (const row of small) expect(keys).not.toContain(row.key);
    expect(asNgo.interventionsByType).toContainEqual({ key: "SUPPRESSED", count: null, suppressed: true });
    for (const row of year.interventionsByType.filter((r: any) => r.count > 4))
      expect(asNgo.interventionsByType).toContainEqual({
        key: row.key,
        count: Math.round(row.count / 5) * 5,
        suppressed: false,
      });
    for (const row of year.interventionsByType) expect(row.suppressed).toBe(false);
  });

  describe("the report's case studies, as worked concerns", () => {
    const DETAIL = `query($from: LocalDate!, $to: LocalDate!) { concerns(first: 100, filter: { receivedFrom: $from, receivedTo: $to }) {
      nodes { reference status outcome responseLevel location { type area { name } address businessName companyNumber }
        visits { visitedOn agenciesPresent { shortName } peopleScreened { nationality ageGroup nrmReferral { minor } dutyToNotify { reportedOn } } }
        interventions { type agency { shortName } } offenders { fullName arrestedOn } orders { kind } } } }`;
    // The council takes part in all four, so its coordinator sees their detail.
    const concernOn = async (day: string) => {
      const council = await t.as("SMBC", Role.COORDINATOR);
      const result = await council.query<any>(DETAIL, { from: day, to: day });
      return result.data!.concerns.nodes.find(
        (c: any) => c.visits?.length > 0 && c.outcome?.length > 0 && c.location.businessName,
      );
    };

    it("the Anne Road factory: 60 workers screened, 16 Indian nationals, a child referred, the business shut down", async () => {
      const factory = await concernOn("2019-10-16");
      expect(factory).toMatchObject({ status: "CLOSED", responseLevel: "SIGNIFICANT_PRE_PLANNED" });
      expect(factory.location).toMatchObject({
        type: "FACTORY",
        area: { name: "Smethwick" },
        address: "Unit 3, Anne Road",
      });
      const visit = factory.visits[0];
      expect(visit.agenciesPresent).toHaveLength(14);
      expect(visit.peopleScreened).toHaveLength(60);
      expect(visit.peopleScreened.filter((p: any) => p.nationality === "Indian")).toHaveLength(16);
      expect(visit.peopleScreened.filter((p: any) => p.ageGroup === "MINOR")).toEqual([
        expect.objectContaining({ nrmReferral: { minor: true } }),
      ]);
      const types = factory.interventions.map((i: any) => i.type);
      expect(types.filter((type: string) => type === "IMMIGRATION_PENALTY")).toHaveLength(16);
      expect(types).toEqual(expect.arrayContaining(["ELECTRICITY_CUT_OFF", "CLOSURE", "FIRE_SAFETY_NOTICE"]));
    });

    it("the waste recycling plant: three men who declined the NRM, three MS1 reports, a risk order; premises of a procurement supplier", async () => {
      const plant = await concernOn("2019-06-12");
      expect(plant.location).toMatchObject({
        type: "WASTE_RECYCLING",
        area: { name: "Tipton" },
        companyNumber: "90000102",
      });
      const men = plant.visits[0].peopleScreened;
      expect(men).toHaveLength(3);
      for (const man of men)
        expect(man).toMatchObject({ nrmReferral: null, dutyToNotify: { reportedOn: "2019-07-04" } });
      expect(plant.orders).toEqual([{ kind: "STRO" }]);
    });

    it("the nail bar: a victim of domestic servitude referred with consent, the trafficker arrested", async () => {
      const nailBar = await concernOn("2019-08-20");
      expect(nailBar.location.businessName).toBe("Polished Nail Bar");
      expect(nailBar.visits[0].peopleScreened[0].nrmReferral).toEqual({ minor: false });
      expect(nailBar.offenders).toEqual([{ fullName: "Mai Tran", arrestedOn: "2019-09-04" }]);
    });

    it("the bakery: a man who declined the NRM, reported under the duty to notify", async () => {
      const bakery = await concernOn("2020-01-14");
      expect(bakery.location.businessName).toBe("Langley Bakery");
      expect(bakery.visits[0].peopleScreened[0]).toMatchObject({
        nationality: "Polish",
        dutyToNotify: { reportedOn: "2020-01-30" },
      });
    });
  });

  it("new concerns continue the year's numbering", async () => {
    const areas = await police.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
    const tipton = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Tipton").id;
    const recorded = await police.query<any>(
      `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { reference } }`,
      {
        input: {
          receivedOn: "2020-03-31",
          source: "POLICE",
          exploitationTypes: ["LABOUR"],
          participatingAgencyIds: [],
          location: {
            type: "CAR_WASH",
            areaId: tipton,
            ward: "Tipton Green",
            address: "1 Owen Street",
            postcode: "DY4 8HE",
          },
        },
      },
    );
    const [{ n }] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases.concern WHERE received_on >= '2020-01-01' AND received_on < '2021-01-01'`,
    );
    expect(recorded.data!.recordConcern.reference).toBe(`SHOP-2020-${String(n).padStart(4, "0")}`);
  });
});
