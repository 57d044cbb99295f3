import { DataCategory } from "@partnership/runtime";
import { AgencySector, MembershipRole, RetentionEvent } from "../entities/enums.js";

/**
 * The demo partnership, modelled on the agencies named in Sandwell's 2019/20 annual report.
 * Agencies are real public bodies and charities; every person is fictional.
 */
export const DEMO_PARTNERSHIP = {
  shortName: "SANDWELL",
  referencePrefix: "SHOP",
  name: "Sandwell Anti-Slavery Partnership",
  area: "Sandwell",
  parentNetwork: "West Midlands Anti-Slavery Network",
  termsOfReference:
    "Adopt and keep under review an effective plan for the implementation of the Modern Slavery Act; promote awareness of slavery; " +
    "co-ordinate the operational response through SHOP (the Slavery and Human trafficking Operational Partnership); " +
    "work with the regional network; publish an annual report.",
};

/**
 * A second, fictional partnership in the same region: it shares the police force, the regional
 * organised crime unit and one NGO with Sandwell, and has a council and an NGO of its own.
 */
export const DEMO_SECOND_PARTNERSHIP = {
  shortName: "TAME",
  referencePrefix: "TVASP",
  name: "Tame Valley Anti-Slavery Partnership",
  area: "Tame Valley",
  parentNetwork: "West Midlands Anti-Slavery Network",
  termsOfReference:
    "Co-ordinate the response to modern slavery across the Tame Valley's towns, share what the agreements allow, and report each year.",
};

export interface DemoAgency {
  shortName: string;
  name: string;
  sector: AgencySector;
  firstResponder: boolean;
  role: MembershipRole;
  people: Array<[name: string, jobTitle: string]>;
}

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    shortName: "WMP",
    name: "West Midlands Police",
    sector: AgencySector.POLICE,
    firstResponder: true,
    role: MembershipRole.CORE_MEMBER,
    people: [
      ["Dana Whitlock", "Inspector, Sandwell Neighbourhood Team"],
      ["Marcus Oyelaran", "Detective Constable, Modern Slavery Unit"],
    ],
  },
  {
    shortName: "ROCU",
    name: "West Midlands Regional Organised Crime Unit",
    sector: AgencySector.POLICE,
    firstResponder: true,
    role: MembershipRole.MEMBER,
    people: [["Priya Chandran", "Detective Sergeant"]],
  },
  {
    shortName: "SMBC",
    name: "Sandwell Metropolitan Borough Council",
    sector: AgencySector.LOCAL_AUTHORITY,
    firstResponder: true,
    role: MembershipRole.CHAIR,
    people: [
      ["Helen Marsh", "Modern Slavery and Human Trafficking Programme Manager"],
      ["Tomasz Nowicki", "Trading Standards Officer"],
      ["Aisha Rahman", "Housing Options Officer"],
      ["Gareth Lloyd", "Training and Development Lead"],
    ],
  },
  {
    shortName: "SMBC-PROC",
    name: "Sandwell Council Procurement and Commissioning",
    sector: AgencySector.LOCAL_AUTHORITY,
    firstResponder: false,
    role: MembershipRole.MEMBER,
    people: [["Ruth Adeyemi", "Category Manager"]],
  },
  {
    shortName: "SCT",
    name: "Sandwell Children's Trust",
    sector: AgencySector.CHILDRENS_TRUST,
    firstResponder: true,
    role: MembershipRole.CORE_MEMBER,
    people: [["Joanne Pike", "Exploitation Team Manager"]],
  },
  {
    shortName: "GLAA",
    name: "Gangmasters and Labour Abuse Authority",
    sector: AgencySector.REGULATOR,
    firstResponder: true,
    role: MembershipRole.CORE_MEMBER,
    people: [["Sam Kettering", "Labour Abuse Prevention Officer"]],
  },
  {
    shortName: "HMRC",
    name: "HM Revenue and Customs",
    sector: AgencySector.REGULATOR,
    firstResponder: false,
    role: MembershipRole.MEMBER,
    people: [["Neil Okafor", "National Minimum Wage Compliance Officer"]],
  },
  {
    shortName: "IE",
    name: "Home Office Immigration Enforcement",
    sector: AgencySector.REGULATOR,
    firstResponder: true,
    role: MembershipRole.MEMBER,
    people: [["Claire Donnelly", "Immigration Officer"]],
  },
  {
    shortName: "EA",
    name: "Environment Agency",
    sector: AgencySector.REGULATOR,
    firstResponder: false,
    role: MembershipRole.ADVISORY,
    people: [["Owen Price", "Environment Officer, Waste Crime"]],
  },
  {
    shortName: "WMFS",
    name: "West Midlands Fire Service",
    sector: AgencySector.FIRE,
    firstResponder: false,
    role: MembershipRole.MEMBER,
    people: [["Lee Brannigan", "Fire Safety Officer"]],
  },
  {
    shortName: "WPD",
    name: "Western Power Distribution",
    sector: AgencySector.UTILITY,
    firstResponder: false,
    role: MembershipRole.ADVISORY,
    people: [["Karen Holt", "Revenue Protection Officer"]],
  },
  {
    shortName: "BG",
    name: "British Gas",
    sector: AgencySector.UTILITY,
    firstResponder: false,
    role: MembershipRole.ADVISORY,
    people: [["Imran Shah", "Revenue Protection Officer"]],
  },
  {
    shortName: "SWBH",
    name: "Sandwell and West Birmingham NHS Trust",
    sector: AgencySector.HEALTH,
    firstResponder: false,
    role: MembershipRole.MEMBER,
    people: [["Dr Fiona Grant", "Named Nurse for Adult Safeguarding"]],
  },
  {
    shortName: "HFJ",
    name: "Hope for Justice",
    sector: AgencySector.NGO,
    firstResponder: true,
    role: MembershipRole.CORE_MEMBER,
    people: [
      ["Beth Morley", "Independent Modern Slavery Advocate"],
      ["Daniel Reyes", "Regional Manager"],
    ],
  },
  {
    shortName: "BCWA",
    name: "Black Country Women's Aid",
    sector: AgencySector.NGO,
    firstResponder: true,
    role: MembershipRole.CORE_MEMBER,
    people: [["Sophie Turner", "Modern Slavery Caseworker"]],
  },
  {
    shortName: "BRC",
    name: "British Red Cross",
    sector: AgencySector.NGO,
    firstResponder: true,
    role: MembershipRole.MEMBER,
    people: [["Yusuf Ali", "Refugee Support Caseworker"]],
  },
  {
    shortName: "SALV",
    name: "The Salvation Army",
    sector: AgencySector.NGO,
    firstResponder: true,
    role: MembershipRole.MEMBER,
    people: [["Grace Whitfield", "Victim Care Co-ordinator"]],
  },
  {
    shortName: "SACC",
    name: "St Albans Community Centre",
    sector: AgencySector.FAITH_COMMUNITY,
    firstResponder: false,
    role: MembershipRole.ADVISORY,
    people: [["Pastor James Adu", "Community Lead"]],
  },
];

/** The second partnership's own agencies (it shares WMP, ROCU and HFJ with Sandwell). */
export const DEMO_SECOND_AGENCIES: DemoAgency[] = [
  {
    shortName: "TVC",
    name: "Tame Valley Council",
    sector: AgencySector.LOCAL_AUTHORITY,
    firstResponder: true,
    role: MembershipRole.CHAIR,
    people: [
      ["Rhiannon Pryce", "Community Safety Manager"],
      ["Olusegun Bakare", "Safeguarding Adults Lead"],
    ],
  },
  {
    shortName: "TVRC",
    name: "Tame Valley Refugee and Migrant Centre",
    sector: AgencySector.NGO,
    firstResponder: false,
    role: MembershipRole.MEMBER,
    people: [["Mariam Haddad", "Casework Manager"]],
  },
];

/** Who belongs to the second partnership: its own agencies and the three it shares with Sandwell. */
export const DEMO_SECOND_MEMBERS: Array<[shortName: string, role: MembershipRole]> = [
  ["TVC", MembershipRole.CHAIR],
  ["TVRC", MembershipRole.MEMBER],
  ["WMP", MembershipRole.CORE_MEMBER],
  ["ROCU", MembershipRole.MEMBER],
  ["HFJ", MembershipRole.MEMBER],
];

const C = DataCategory;

interface DemoGrant {
  agency?: string;
  sector?: AgencySector;
  categories: DataCategory[];
}

export interface DemoAgreement {
  reference: string;
  title: string;
  purpose: string;
  lawfulBasis: string;
  startDate: string;
  endDate: string;
  reviewDate: string | null;
  parties: string[];
  /** Parties that have signed; all of them makes the agreement ACTIVE. */
  signed: string[];
  suspendedReason?: string;
  /** The party that suspended it (a party may; see SharingAgreementService.suspend). */
  suspendedBy?: string;
  grants: DemoGrant[];
  /** How long each granted category is kept, and from which event: one term per granted category. */
  retention: DemoRetention[];
}

export interface DemoRetention {
  category: DataCategory;
  years: number;
  months: number;
  after: RetentionEvent;
}

const { RECORD_CREATED, CONCERN_CLOSED, EMPLOYMENT_ENDED, AGREEMENT_ENDED } = RetentionEvent;

/** A term of `years` (and `months`) after `after`, for each of `categories`. */
function kept(categories: DataCategory[], years: number, after: RetentionEvent, months = 0): DemoRetention[] {
  return categories.map((category) => ({ category, years, months, after }));
}

const PUBLIC_TASK =
  "UK GDPR Art. 6(1)(e) public task; Art. 9(2)(g) substantial public interest; DPA 2018 Sch. 1 para 10 (preventing or detecting unlawful acts) and para 18 (safeguarding)";

/** The 31 March that ends the UK financial year `years` after the one `today` falls in. */
function financialYearEnd(today: string, years: number): string {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return `${(month >= 4 ? year + 1 : year) + years}-03-31`;
}

/**
 * Agreements in every state, chosen so that police, council, NGOs and procurement each see
 * something different. Their start dates are history; the current ones run to the end of the next
 * financial year after `today` (the clock's, when the demo is loaded), so the demo's grants are in
 * force whenever it is loaded.
 */
/** The second partnership's agreements: police and council share casework; NGOs get what supports victims. */
export function demoSecondAgreements(today: string): DemoAgreement[] {
  return [
    {
      reference: "ISA-TVASP-2024-01",
      title: "Tame Valley casework sharing",
      purpose: "Screening and working concerns of modern slavery across the Tame Valley.",
      lawfulBasis: PUBLIC_TASK,
      startDate: "2024-04-01",
      endDate: financialYearEnd(today, 1),
      reviewDate: null,
      parties: ["TVC", "WMP", "ROCU", "HFJ", "TVRC"],
      signed: ["TVC", "WMP", "ROCU", "HFJ", "TVRC"],
      grants: [
        {
          sector: AgencySector.POLICE,
          categories: [
            C.CASE_SUMMARY,
            C.LOCATION_ADDRESS,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.POLICE_INTELLIGENCE,
            C.STATISTICS,
            C.PERSONNEL,
          ],
        },
        {
          agency: "TVC",
          categories: [
            C.CASE_SUMMARY,
            C.LOCATION_ADDRESS,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.STATISTICS,
            C.PERSONNEL,
          ],
        },
        { sector: AgencySector.NGO, categories: [C.CASE_SUMMARY, C.SAFEGUARDING, C.STATISTICS] },
      ],
      retention: [
        ...kept(
          [
            C.CASE_SUMMARY,
            C.LOCATION_ADDRESS,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.POLICE_INTELLIGENCE,
          ],
          6,
          CONCERN_CLOSED,
        ),
        ...kept([C.PERSONNEL], 1, EMPLOYMENT_ENDED),
        ...kept([C.STATISTICS], 10, RECORD_CREATED),
      ],
    },
  ];
}

export function demoAgreements(today: string): DemoAgreement[] {
  const inForceUntil = financialYearEnd(today, 1);
  // Reviewed at the start of the next financial year, or six months into it.
  const nextYear = financialYearEnd(today, 0).slice(0, 4);
  const nextReview = `${nextYear}-04-01`;
  const midYearReview = `${nextYear}-10-01`;
  return [
    {
      reference: "ISA-SHOP-2019-01",
      title: "SHOP operational information sharing: police and council",
      purpose: "Screening, scoping and planning the joint response to concerns of modern slavery in Sandwell.",
      lawfulBasis: PUBLIC_TASK,
      startDate: "2019-04-01",
      endDate: inForceUntil,
      reviewDate: nextReview,
      parties: ["WMP", "ROCU", "SMBC"],
      signed: ["WMP", "ROCU", "SMBC"],
      grants: [
        {
          sector: AgencySector.POLICE,
          categories: [
            C.CASE_SUMMARY,
            C.LOCATION_ADDRESS,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.POLICE_INTELLIGENCE,
            C.OFFENDER_IDENTITY,
            C.ENFORCEMENT,
            C.STATISTICS,
            C.PERSONNEL,
          ],
        },
        {
          agency: "SMBC",
          categories: [
            C.CASE_SUMMARY,
            C.LOCATION_ADDRESS,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.POLICE_INTELLIGENCE,
            C.OFFENDER_IDENTITY,
            C.ENFORCEMENT,
            C.STATISTICS,
            C.PERSONNEL,
          ],
        },
      ],
      retention: [
        ...kept(
          [
            C.CASE_SUMMARY,
            C.LOCATION_ADDRESS,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.POLICE_INTELLIGENCE,
            C.ENFORCEMENT,
          ],
          6,
          CONCERN_CLOSED,
        ),
        // Suspects and the subjects of orders outlive the concern: an STPO runs for years.
        ...kept([C.OFFENDER_IDENTITY], 10, CONCERN_CLOSED),
        ...kept([C.STATISTICS], 10, RECORD_CREATED),
        ...kept([C.PERSONNEL], 1, EMPLOYMENT_ENDED),
      ],
    },
    {
      reference: "ISA-VSP-2019-02",
      title: "Victim support pathway: NGOs supporting potential victims",
      purpose:
        "Safeguarding and supporting potential victims referred through SHOP, including NRM referrals and accommodation.",
      lawfulBasis: PUBLIC_TASK,
      startDate: "2019-04-01",
      endDate: inForceUntil,
      reviewDate: nextReview,
      parties: ["SMBC", "WMP", "HFJ", "BCWA", "BRC", "SALV", "SCT"],
      signed: ["SMBC", "WMP", "HFJ", "BCWA", "BRC", "SALV", "SCT"],
      grants: [
        {
          sector: AgencySector.NGO,
          categories: [
            C.CASE_SUMMARY,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.HEALTH,
            C.STATISTICS,
          ],
        },
        {
          agency: "SCT",
          categories: [
            C.CASE_SUMMARY,
            C.VICTIM_IDENTITY,
            C.VICTIM_DEMOGRAPHICS,
            C.SAFEGUARDING,
            C.HEALTH,
            C.STATISTICS,
          ],
        },
      ],
      retention: [
        ...kept([C.CASE_SUMMARY, C.VICTIM_IDENTITY, C.VICTIM_DEMOGRAPHICS, C.SAFEGUARDING], 6, CONCERN_CLOSED),
        // Health records follow the NHS records management code: eight years for adults.
        ...kept([C.HEALTH], 8, CONCERN_CLOSED),
        ...kept([C.STATISTICS], 10, RECORD_CREATED),
      ],
    },
    {
      reference: "ISA-ENF-2019-03",
      title: "Multi-agency disruption: enforcement partners",
      purpose: "Planning and recording joint disruption visits, and each agency's interventions with its own powers.",
      lawfulBasis: PUBLIC_TASK,
      startDate: "2019-04-01",
      endDate: inForceUntil,
      reviewDate: midYearReview,
      parties: ["WMP", "SMBC", "GLAA", "HMRC", "IE", "EA", "WMFS"],
      signed: ["WMP", "SMBC", "GLAA", "HMRC", "IE", "EA", "WMFS"],
      grants: [
        {
          sector: AgencySector.REGULATOR,
          categories: [C.CASE_SUMMARY, C.LOCATION_ADDRESS, C.OFFENDER_IDENTITY, C.ENFORCEMENT, C.STATISTICS],
        },
        { sector: AgencySector.FIRE, categories: [C.CASE_SUMMARY, C.LOCATION_ADDRESS, C.ENFORCEMENT, C.STATISTICS] },
      ],
      retention: [
        ...kept([C.CASE_SUMMARY, C.LOCATION_ADDRESS, C.OFFENDER_IDENTITY, C.ENFORCEMENT], 6, CONCERN_CLOSED),
        ...kept([C.STATISTICS], 10, RECORD_CREATED),
      ],
    },
    {
      reference: "ISA-PROC-2023-04",
      title: "Supplier risk signals for procurement",
      purpose:
        "Telling the council's procurement team how many concerns, visits and interventions are linked to a supplier's premises.",
      lawfulBasis: "UK GDPR Art. 6(1)(e) public task; no personal data is shared",
      startDate: "2023-04-01",
      endDate: inForceUntil,
      reviewDate: nextReview,
      parties: ["WMP", "SMBC", "SMBC-PROC"],
      signed: ["WMP", "SMBC", "SMBC-PROC"],
      grants: [{ agency: "SMBC-PROC", categories: [C.SUPPLIER_RISK, C.STATISTICS] }],
      retention: [...kept([C.SUPPLIER_RISK], 3, RECORD_CREATED), ...kept([C.STATISTICS], 3, RECORD_CREATED)],
    },
    {
      reference: "ISA-UTIL-2025-05",
      title: "Utilities at disruption visits",
      purpose:
        "Letting utility revenue protection officers prepare for visits to premises suspected of abstracting electricity or gas.",
      lawfulBasis: PUBLIC_TASK,
      startDate: "2025-10-01",
      endDate: financialYearEnd(today, 2),
      reviewDate: null,
      parties: ["WMP", "WPD", "BG"],
      signed: ["WMP", "WPD"],
      grants: [{ sector: AgencySector.UTILITY, categories: [C.LOCATION_ADDRESS] }],
      // Only to prepare a visit: half a year after it is shared.
      retention: kept([C.LOCATION_ADDRESS], 0, RECORD_CREATED, 6),
    },
    {
      reference: "ISA-HEALTH-2021-06",
      title: "Health disclosures for safeguarding",
      purpose: "Sharing health needs of potential victims with the hospital trust's safeguarding team.",
      lawfulBasis: "UK GDPR Art. 6(1)(e); Art. 9(2)(h) health and social care",
      startDate: "2021-04-01",
      endDate: inForceUntil,
      reviewDate: "2025-04-01",
      parties: ["SMBC", "SWBH"],
      signed: ["SMBC", "SWBH"],
      suspendedReason: "Suspended pending the annual review of the trust's data protection impact assessment.",
      suspendedBy: "SMBC",
      grants: [{ agency: "SWBH", categories: [C.CASE_SUMMARY, C.SAFEGUARDING, C.HEALTH] }],
      retention: kept([C.CASE_SUMMARY, C.SAFEGUARDING, C.HEALTH], 8, CONCERN_CLOSED),
    },
    {
      reference: "ISA-PILOT-2017-00",
      title: "SHOP pilot (superseded)",
      purpose: "The first year of the operational partnership, before the current agreements.",
      lawfulBasis: PUBLIC_TASK,
      startDate: "2017-04-01",
      endDate: "2019-03-31",
      reviewDate: null,
      parties: ["WMP", "SMBC"],
      signed: ["WMP", "SMBC"],
      grants: [{ sector: AgencySector.POLICE, categories: [C.CASE_SUMMARY, C.LOCATION_ADDRESS] }],
      retention: kept([C.CASE_SUMMARY, C.LOCATION_ADDRESS], 6, AGREEMENT_ENDED),
    },
  ];
}
