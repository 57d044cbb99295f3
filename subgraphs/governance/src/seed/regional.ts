import { DataCategory, USER_ROLES, Role } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  AgreementGrant,
  AgreementParty,
  Agency,
  Membership,
  Partnership,
  PartnershipRole,
  RetentionTerm,
  SharingAgreement,
} from "../entities/index.js";
import { AgencySector, AgreementState, MembershipRole, RetentionEvent } from "../entities/enums.js";
import { consentProblem } from "../services/consent-rules.js";
import { retentionProblem } from "../services/retention-rules.js";

/** An agency a regional partnership brings with it (its council, its NGO): created with it. */
export interface RegionalAgency {
  id: string;
  shortName: string;
  name: string;
  sector: AgencySector;
  firstResponder: boolean;
}

/** One partnership of a large synthetic region, for benchmarks. */
export interface RegionalPartnership {
  id: string;
  shortName: string;
  name: string;
  area: string;
  referencePrefix: string;
  /** Agencies of its own, not yet in the directory. */
  ownAgencies: RegionalAgency[];
  /** Every member, its own agencies and those it shares with the region's other partnerships (already in the directory). */
  members: Array<{ agencyId: string; role: MembershipRole }>;
}

/** Fixed, long before any benchmark's year and long after: the grants are in force whenever the seed is used. */
const SINCE = "2009-04-01";
const UNTIL = "2099-03-31";

const C = DataCategory;
const CASEWORK = [
  C.CASE_SUMMARY,
  C.LOCATION_ADDRESS,
  C.VICTIM_IDENTITY,
  C.VICTIM_DEMOGRAPHICS,
  C.SAFEGUARDING,
  C.STATISTICS,
  C.PERSONNEL,
];
/** As the demo's partnerships share: police and council see the casework, NGOs what supports victims. */
const GRANTS = [
  {
    recipientSector: AgencySector.POLICE,
    categories: [...CASEWORK, C.POLICE_INTELLIGENCE, C.OFFENDER_IDENTITY, C.ENFORCEMENT],
  },
  { recipientSector: AgencySector.LOCAL_AUTHORITY, categories: [...CASEWORK, C.ENFORCEMENT] },
  { recipientSector: AgencySector.NGO, categories: [C.CASE_SUMMARY, C.SAFEGUARDING, C.STATISTICS] },
];
const RETENTION = [
  ...[
    C.CASE_SUMMARY,
    C.LOCATION_ADDRESS,
    C.VICTIM_IDENTITY,
    C.VICTIM_DEMOGRAPHICS,
    C.SAFEGUARDING,
    C.POLICE_INTELLIGENCE,
    C.ENFORCEMENT,
  ].map((category) => ({ category, years: 6, months: 0, after: RetentionEvent.CONCERN_CLOSED })),
  // Suspects and the subjects of orders outlive the concern, as the demo keeps them.
  { category: C.OFFENDER_IDENTITY, years: 10, months: 0, after: RetentionEvent.CONCERN_CLOSED },
  { category: C.PERSONNEL, years: 1, months: 0, after: RetentionEvent.EMPLOYMENT_ENDED },
  { category: C.STATISTICS, years: 10, months: 0, after: RetentionEvent.RECORD_CREATED },
];
const PARTNERSHIP_ROLES: readonly Role[] = USER_ROLES.filter((role) => role !== Role.PLATFORM_ADMIN);

/**
 * Adds a region's partnerships to the directory for benchmarks: each with its own agencies, its
 * members (every user of each member holding every role in it, as the demo gives), and one
 * agreement all its members signed, in force on every day a benchmark asks about. The agencies
 * they share (a regional police force) must already be in the directory. One multi-row INSERT per
 * table, in one transaction; outside `npm test`.
 */
export async function seedRegionalPartnerships(
  dataSource: DataSource,
  partnerships: readonly RegionalPartnership[],
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const agencies = partnerships.flatMap((p) => p.ownAgencies);
    const known = await manager.getRepository(Agency).find();
    const sectorOf = new Map([...known, ...agencies].map((a) => [a.id, a.sector]));
    const agreements = partnerships.map((p) => {
      const parties = p.members.map((m) => ({ id: m.agencyId, sector: sectorOf.get(m.agencyId)! }));
      if (parties.some((party) => !party.sector))
        throw new Error(`a member of ${p.shortName} is neither in the directory nor among its own agencies`);
      const grants = GRANTS.filter((grant) => parties.some((party) => party.sector === grant.recipientSector));
      const problem =
        consentProblem(parties, grants) ??
        retentionProblem([...new Set(grants.flatMap((g) => g.categories))], RETENTION, "retention");
      if (problem) throw new Error(`${p.shortName}'s agreement breaks the rules: ${problem.message}`);
      return { partnership: p, grants };
    });
    await manager.insert(
      Agency,
      agencies.map(({ id, shortName, name, sector, firstResponder }) => ({
        id,
        shortName,
        name,
        sector,
        firstResponder,
      })),
    );
    await manager.insert(
      Partnership,
      partnerships.map(({ id, shortName, name, area, referencePrefix }) => ({
        id,
        shortName,
        name,
        area,
        referencePrefix,
        parentNetwork: null,
        termsOfReference: `Co-ordinate the response to modern slavery across ${area}, and report each year.`,
      })),
    );
    await manager.insert(
      Membership,
      partnerships.flatMap((p) =>
        p.members.map((m) => ({ partnershipId: p.id, agencyId: m.agencyId, role: m.role, since: SINCE })),
      ),
    );
    await manager.insert(
      PartnershipRole,
      partnerships.flatMap((p) =>
        p.members.flatMap((m) =>
          PARTNERSHIP_ROLES.map((role) => ({
            partnershipId: p.id,
            agencyId: m.agencyId,
            userId: null,
            role,
            grantedOn: SINCE,
          })),
        ),
      ),
    );
    const saved = await manager.save(
      agreements.map(({ partnership: p }) =>
        manager.create(SharingAgreement, {
          partnershipId: p.id,
          reference: `ISA-${p.referencePrefix}-2009-01`,
          title: `${p.area} casework sharing`,
          purpose: `Screening and working concerns of modern slavery across ${p.area}.`,
          lawfulBasis: "UK GDPR Art. 6(1)(e) public task; Art. 9(2)(g) substantial public interest",
          startDate: SINCE,
          endDate: UNTIL,
          reviewDate: null,
          state: AgreementState.ACTIVE,
          suspendedReason: null,
        }),
      ),
    );
    await manager.insert(
      AgreementParty,
      agreements.flatMap(({ partnership: p }, index) =>
        p.members.map((m) => ({
          agreementId: saved[index]!.id,
          agencyId: m.agencyId,
          signedAt: new Date(`${SINCE}T09:00:00Z`),
          signedBy: `Information governance lead, ${p.shortName}`,
        })),
      ),
    );
    await manager.insert(
      AgreementGrant,
      agreements.flatMap(({ grants }, index) =>
        grants.map((grant) => ({
          agreementId: saved[index]!.id,
          recipientAgencyId: null,
          recipientSector: grant.recipientSector,
          categories: grant.categories,
        })),
      ),
    );
    await manager.insert(
      RetentionTerm,
      saved.flatMap((agreement) => RETENTION.map((term) => ({ agreementId: agreement.id, ...term }))),
    );
  });
}
