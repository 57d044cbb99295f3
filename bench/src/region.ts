import type { LargePartnership } from "@partnership/cases/seed";
import { AgencySector, MembershipRole } from "@partnership/governance";
import type { RegionalPartnership } from "@partnership/governance/seed";
import { demoAgencyId, demoPartnershipId } from "@partnership/runtime";

/** The many-partnerships seed: a region of partnerships sharing one police force. */
export const REGION = {
  partnerships: 100,
  /** Each partnership's concerns, and people screened (four a concern, as the single-partnership seed had). */
  concerns: 10_000,
  people: 40_000,
} as const;

/** The regional police force, a member of every partnership: the demo's West Midlands Police. */
export const REGIONAL_POLICE = "WMP";

/** Agencies of the demo's directory every partnership of the region shares with the police. */
const SHARED = [
  { shortName: "GLAA", role: MembershipRole.CORE_MEMBER },
  { shortName: "HFJ", role: MembershipRole.MEMBER },
  { shortName: "IE", role: MembershipRole.MEMBER },
  { shortName: "HMRC", role: MembershipRole.MEMBER },
  { shortName: "SALV", role: MembershipRole.MEMBER },
];
const TOWNS = ["North", "South", "East", "West", "Central", "Riverside"];

/** One partnership of the region, as the directory and the casework each need it. */
export interface RegionPartnership {
  directory: RegionalPartnership;
  casework: LargePartnership;
}

/**
 * The n-th partnership of the region (from 1): its own council (the chair) and NGO, the regional
 * police and the shared agencies as members. Derived from n alone, so the one-partnership
 * database holds exactly the first partnership of the regional one.
 */
export function regionPartnership(n: number): RegionPartnership {
  if (!Number.isInteger(n) || n < 1 || n > 26 * 26) throw new Error(`a region holds partnerships 1 to ${26 * 26}`);
  const number = String(n).padStart(3, "0");
  const letters = String.fromCharCode(65 + Math.floor((n - 1) / 26), 65 + ((n - 1) % 26));
  const area = `District ${number}`;
  const council = { shortName: `RG${number}-C`, name: `${area} Council`, sector: AgencySector.LOCAL_AUTHORITY };
  const ngo = { shortName: `RG${number}-N`, name: `${area} Survivor Support`, sector: AgencySector.NGO };
  const id = demoPartnershipId(`REGION-${number}`);
  const police = demoAgencyId(REGIONAL_POLICE);
  return {
    directory: {
      id,
      shortName: `REGION-${number}`,
      name: `${area} Anti-Slavery Partnership`,
      area,
      referencePrefix: `RG${letters}`,
      ownAgencies: [council, ngo].map((agency) => ({
        ...agency,
        id: demoAgencyId(agency.shortName),
        firstResponder: agency === council,
      })),
      members: [
        { agencyId: demoAgencyId(council.shortName), role: MembershipRole.CHAIR },
        { agencyId: police, role: MembershipRole.CORE_MEMBER },
        { agencyId: demoAgencyId(ngo.shortName), role: MembershipRole.MEMBER },
        ...SHARED.map(({ shortName, role }) => ({ agencyId: demoAgencyId(shortName), role })),
      ],
    },
    casework: {
      id,
      referencePrefix: `RG${letters}`,
      areaNames: TOWNS.map((town) => `${area} ${town}`),
      leadAgencyIds: [police, demoAgencyId(council.shortName)],
      agencyIds: [REGIONAL_POLICE, council.shortName, "GLAA", ngo.shortName, "HFJ", "IE", "HMRC", "SALV"].map(
        demoAgencyId,
      ),
    },
  };
}

/** The first `count` partnerships of the region. */
export function regionPartnerships(count: number): RegionPartnership[] {
  return Array.from({ length: count }, (_, index) => regionPartnership(index + 1));
}
