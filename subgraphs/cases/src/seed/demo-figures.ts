import { ConcernSource, LocationType, Town } from "../entities/enums.js";

/**
 * The headline figures of Sandwell's 2019/20 anti-slavery annual report ("SHOP Data"), which the
 * demo year reproduces exactly. Everything the report does not give is chosen to be plausible.
 */
export const DEMO_YEAR = { from: "2019-04-01", to: "2020-03-31" } as const;

export const HEADLINES = {
  concerns: 171,
  peopleScreened: 406,
  male: 261,
  female: 145,
  visits: 98,
  interventions: 468,
} as const;

/** 65/171 = 38% West Bromwich, 60/171 = 35% Smethwick, as the report says; the rest spread. */
export const CONCERNS_BY_TOWN: Array<[Town, number]> = [
  [Town.WEST_BROMWICH, 65],
  [Town.SMETHWICK, 60],
  [Town.OLDBURY, 14],
  [Town.TIPTON, 12],
  [Town.ROWLEY_REGIS, 10],
  [Town.WEDNESBURY, 10],
];

export const WARDS: Record<Town, string[]> = {
  [Town.WEST_BROMWICH]: ["West Bromwich Central", "Greets Green and Lyng", "Hateley Heath", "Newton"],
  [Town.SMETHWICK]: ["Soho and Victoria", "St Pauls", "Smethwick", "Abbey"],
  [Town.OLDBURY]: ["Oldbury", "Langley", "Bristnall"],
  [Town.TIPTON]: ["Tipton Green", "Great Bridge", "Princes End"],
  [Town.WEDNESBURY]: ["Wednesbury North", "Wednesbury South", "Friar Park"],
  [Town.ROWLEY_REGIS]: ["Blackheath", "Cradley Heath and Old Hill", "Rowley"],
  [Town.OUTSIDE_SANDWELL]: ["Outside Sandwell"],
};

export const POSTCODE_DISTRICTS: Record<Town, string[]> = {
  [Town.WEST_BROMWICH]: ["B70", "B71"],
  [Town.SMETHWICK]: ["B66", "B67"],
  [Town.OLDBURY]: ["B68", "B69"],
  [Town.TIPTON]: ["DY4"],
  [Town.WEDNESBURY]: ["WS10"],
  [Town.ROWLEY_REGIS]: ["B65"],
  [Town.OUTSIDE_SANDWELL]: ["B1"],
};

/**
 * The report's "type of location" table: 13 factories, 101 private dwellings (59%), 2 waste
 * recycling sites, 3 restaurants, 21 car washes, 8 takeaways, one each of eight other kinds and
 * 3 other. It covers 159 of the 171 concerns; the remaining 12 have premises not yet known.
 */
export const CONCERNS_BY_LOCATION_TYPE: Array<[LocationType, number]> = [
  [LocationType.FACTORY, 13],
  [LocationType.PRIVATE_DWELLING, 101],
  [LocationType.WASTE_RECYCLING, 2],
  [LocationType.RESTAURANT, 3],
  [LocationType.CAR_WASH, 21],
  [LocationType.TAKEAWAY, 8],
  [LocationType.PUBLIC_PLACE, 1],
  [LocationType.SHOP, 1],
  [LocationType.LETTING_AGENT, 1],
  [LocationType.HOSPITAL, 1],
  [LocationType.NIGHT_CLUB, 1],
  [LocationType.HOTEL, 1],
  [LocationType.SUPPORTED_HOUSING, 1],
  [LocationType.GP_SURGERY, 1],
  [LocationType.OTHER, 3],
  [LocationType.NOT_KNOWN, 12],
];

/**
 * The report's nationality table. It sums to 171, not to the 406 people screened: the other 235
 * have no nationality recorded. The report lists Vietnamese twice (1 and 4); they are one row here.
 * "unknown" is a row of the report's table and is kept as the recorded value "Unknown".
 */
export const NATIONALITIES: Array<[string, number]> = [
  ["Indian", 28],
  ["Polish", 15],
  ["Albanian", 12],
  ["British", 9],
  ["Pakistani", 4],
  ["Lithuanian", 1],
  ["Chinese", 6],
  ["Vietnamese", 5],
  ["Romanian", 31],
  ["Kurdish", 1],
  ["Irish", 2],
  ["Bulgarian", 2],
  ["Israeli", 1],
  ["Latvian", 2],
  ["Unknown", 52],
];

/** Concerns per quarter of the year (the report's chart is not legible; this split is plausible). */
export const CONCERNS_BY_QUARTER: Array<[from: string, to: string, count: number]> = [
  ["2019-04-01", "2019-06-30", 38],
  ["2019-07-01", "2019-09-30", 44],
  ["2019-10-01", "2019-12-31", 46],
  ["2020-01-01", "2020-03-31", 43],
];

export const CONCERNS_BY_SOURCE: Array<[ConcernSource, number]> = [
  [ConcernSource.POLICE, 52],
  [ConcernSource.COUNCIL_SERVICE, 38],
  [ConcernSource.PUBLIC, 25],
  [ConcernSource.NGO, 22],
  [ConcernSource.HELPLINE, 12],
  [ConcernSource.HEALTH, 9],
  [ConcernSource.BUSINESS, 8],
  [ConcernSource.ANONYMOUS, 5],
];

/** The demo suppliers (procurement) whose premises appear in the casework, by company number. */
export const SUPPLIER_PREMISES = {
  carWash: "90000101",
  wasteRecycling: "90000102",
  foodPackers: "90000103",
} as const;

export const FIRST_NAMES = {
  male: [
    "Andrei",
    "Piotr",
    "Arben",
    "Gurpreet",
    "Mihai",
    "Tomasz",
    "Imran",
    "Ionut",
    "Dritan",
    "Rajesh",
    "Lukas",
    "Florin",
    "Kamal",
    "Marek",
    "Bogdan",
    "Harjit",
  ],
  female: [
    "Elena",
    "Agnieszka",
    "Mirela",
    "Simran",
    "Ioana",
    "Anh",
    "Li",
    "Daniela",
    "Katarzyna",
    "Priya",
    "Violeta",
    "Roksana",
    "Nadia",
    "Ewa",
    "Alina",
    "Thi",
  ],
};
export const LAST_NAMES = [
  "Popescu",
  "Nowak",
  "Hoxha",
  "Singh",
  "Ionescu",
  "Kowalski",
  "Khan",
  "Dumitru",
  "Krasniqi",
  "Patel",
  "Kazlauskas",
  "Stan",
  "Ahmed",
  "Wojcik",
  "Nguyen",
  "Chen",
];
export const STREETS = [
  "High Street",
  "Church Road",
  "Victoria Road",
  "Park Lane",
  "Station Street",
  "Birmingham Road",
  "Oldbury Road",
  "Dudley Port",
  "Holloway Bank",
  "Soho Street",
  "Bearwood Road",
  "Halesowen Street",
  "Lodge Road",
  "Tame Road",
  "Hill Top",
  "Brandon Way",
];
