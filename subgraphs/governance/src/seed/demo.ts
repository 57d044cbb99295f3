import { type Clock, demoAgencyId, demoPartnershipId, type Logger, Role, USER_ROLES } from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import {
  AgreementEvent,
  AgreementGrant,
  AgreementParty,
  Agency,
  Membership,
  Network,
  NetworkMember,
  Partnership,
  PartnershipRole,
  Person,
  RetentionTerm,
  SharingAgreement,
} from "../entities/index.js";
import { AgreementActingAs, AgreementAction, AgreementState, type MembershipRole } from "../entities/enums.js";
import {
  DEMO_AGENCIES,
  DEMO_PARTNERSHIP,
  DEMO_SECOND_AGENCIES,
  DEMO_SECOND_MEMBERS,
  DEMO_SECOND_PARTNERSHIP,
  type DemoAgreement,
  demoAgreements,
  demoSecondAgreements,
} from "./demo-data.js";
import { seedGovernanceRecords } from "./demo-governance.js";
import { consentProblem } from "../services/consent-rules.js";
import { retentionProblem } from "../services/retention-rules.js";

const SECTOR_OF = new Map([...DEMO_AGENCIES, ...DEMO_SECOND_AGENCIES].map((a) => [a.shortName, a.sector]));

function emailOf(name: string, shortName: string): string {
  const local = name
    .replace(/^(Dr|Pastor) /, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/ +/g, ".");
  return `${local}@${shortName.toLowerCase()}.example.org`;
}

/** Every role a partnership can give its users (PLATFORM_ADMIN and SYSTEM are not held in one). */
const PARTNERSHIP_ROLES: readonly Role[] = USER_ROLES.filter((role) => role !== Role.PLATFORM_ADMIN);

/** The demo's platform administrator (the platform operator's, here a council officer): `demoUser("SMBC", [PLATFORM_ADMIN])`. */
export const DEMO_PLATFORM_ADMIN_USER_ID = "demo:smbc:platform_admin";

async function seedAgencies(manager: EntityManager, agencies: typeof DEMO_AGENCIES): Promise<void> {
  for (const demo of agencies) {
    const agency = await manager.save(
      manager.create(Agency, {
        id: demoAgencyId(demo.shortName),
        name: demo.name,
        shortName: demo.shortName,
        sector: demo.sector,
        firstResponder: demo.firstResponder,
      }),
    );
    await manager.insert(
      Person,
      demo.people.map(([name, jobTitle]) => ({
        name,
        jobTitle,
        email: emailOf(name, demo.shortName),
        agencyId: agency.id,
      })),
    );
  }
}

/**
 * Members join on `since`; every user of each member holds every role in the partnership (an
 * agency-wide holding, as release 1 gave), unless `agencyWide` leaves an agency out.
 */
async function seedMembers(
  manager: EntityManager,
  partnershipId: string,
  members: Array<[shortName: string, role: MembershipRole]>,
  since: string,
  agencyWide: (shortName: string) => boolean,
): Promise<void> {
  await manager.insert(
    Membership,
    members.map(([shortName, role]) => ({ partnershipId, agencyId: demoAgencyId(shortName), role, since })),
  );
  await manager.insert(
    PartnershipRole,
    members
      .filter(([shortName]) => agencyWide(shortName))
      .flatMap(([shortName]) =>
        PARTNERSHIP_ROLES.map((role) => ({
          partnershipId,
          agencyId: demoAgencyId(shortName),
          userId: null,
          role,
          grantedOn: since,
        })),
      ),
  );
}

/**
 * The demo's agreements, each held to the consent and retention rules createSharingAgreement
 * enforces (a demo that broke them would show what the platform refuses), with their retention
 * terms and a history: drawn up, signed by each party that signed, and suspended by the party
 * that did so.
 */
async function seedAgreements(manager: EntityManager, partnershipId: string, agreements: DemoAgreement[]) {
  for (const demo of agreements) {
    const problem = consentProblem(
      demo.parties.map((party) => ({ id: demoAgencyId(party), sector: SECTOR_OF.get(party)! })),
      demo.grants.map((g) => ({
        recipientAgencyId: g.agency ? demoAgencyId(g.agency) : null,
        recipientSector: g.sector ?? null,
        categories: g.categories,
      })),
    );
    if (problem) throw new Error(`demo agreement ${demo.reference} breaks the consent rules: ${problem.message}`);
    const granted = [...new Set(demo.grants.flatMap((grant) => grant.categories))];
    const retention = retentionProblem(granted, demo.retention, "retention");
    if (retention)
      throw new Error(`demo agreement ${demo.reference} states its retention wrongly: ${retention.message}`);
    const allSigned = demo.parties.every((p) => demo.signed.includes(p));
    const state = !allSigned
      ? AgreementState.DRAFT
      : demo.suspendedReason
        ? AgreementState.SUSPENDED
        : AgreementState.ACTIVE;
    const agreement = await manager.save(
      manager.create(SharingAgreement, {
        partnershipId,
        reference: demo.reference,
        title: demo.title,
        purpose: demo.purpose,
        lawfulBasis: demo.lawfulBasis,
        startDate: demo.startDate,
        endDate: demo.endDate,
        reviewDate: demo.reviewDate,
        state,
        suspendedReason: demo.suspendedReason ?? null,
      }),
    );
    await manager.insert(
      AgreementParty,
      demo.parties.map((party) => {
        const signed = demo.signed.includes(party);
        return {
          agreementId: agreement.id,
          agencyId: demoAgencyId(party),
          signedAt: signed ? new Date(`${demo.startDate}T09:00:00Z`) : null,
          signedBy: signed ? `Information governance lead, ${party}` : null,
        };
      }),
    );
    await manager.insert(
      AgreementGrant,
      demo.grants.map((grant) => ({
        agreementId: agreement.id,
        recipientAgencyId: grant.agency ? demoAgencyId(grant.agency) : null,
        recipientSector: grant.sector ?? null,
        categories: grant.categories,
      })),
    );
    await manager.insert(
      RetentionTerm,
      demo.retention.map((term) => ({ agreementId: agreement.id, ...term })),
    );
    const at = new Date(`${demo.startDate}T09:00:00Z`);
    const step = (action: AgreementAction, party: string, reason: string | null = null) => ({
      agreementId: agreement.id,
      action,
      agencyId: demoAgencyId(party),
      userId: `demo:${party.toLowerCase()}:information-governance`,
      actingAs: AgreementActingAs.PARTY,
      reason,
      at,
    });
    await manager.insert(AgreementEvent, [
      step(AgreementAction.CREATED, demo.parties[0]!),
      ...demo.parties.filter((p) => demo.signed.includes(p)).map((p) => step(AgreementAction.SIGNED, p)),
      ...(demo.suspendedReason && allSigned
        ? [step(AgreementAction.SUSPENDED, demo.suspendedBy ?? demo.parties[0]!, demo.suspendedReason)]
        : []),
    ]);
  }
}

/**
 * Loads the demo in one transaction, once (a second run finds it and does nothing): Sandwell's
 * partnership with its agencies, staff, agreements, plan, meetings and assessments; a second
 * partnership in the region sharing the police, the regional crime unit and one NGO with it; and a
 * platform administrator. Agreements in force are placed relative to the clock's today.
 */
export async function seedDemo(dataSource: DataSource, logger: Logger, clock: Clock): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts (several replicas) so only one seeds.
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('governance.seed'))");
    if (await manager.existsBy(Partnership, { name: DEMO_PARTNERSHIP.name })) return;
    const today = clock.today();

    const sandwell = await manager.save(
      manager.create(Partnership, { id: demoPartnershipId(DEMO_PARTNERSHIP.shortName), ...DEMO_PARTNERSHIP }),
    );
    await seedAgencies(manager, DEMO_AGENCIES);
    await seedMembers(
      manager,
      sandwell.id,
      DEMO_AGENCIES.map((a) => [a.shortName, a.role]),
      "2018-04-01",
      () => true,
    );
    const agreements = demoAgreements(today);
    await seedAgreements(manager, sandwell.id, agreements);
    await seedGovernanceRecords(manager, sandwell.id);

    // The shared agencies' users act in the second partnership only where it names them.
    const second = await manager.save(
      manager.create(Partnership, {
        id: demoPartnershipId(DEMO_SECOND_PARTNERSHIP.shortName),
        ...DEMO_SECOND_PARTNERSHIP,
      }),
    );
    await seedAgencies(manager, DEMO_SECOND_AGENCIES);
    const ownAgencies = new Set(DEMO_SECOND_AGENCIES.map((a) => a.shortName));
    await seedMembers(manager, second.id, DEMO_SECOND_MEMBERS, "2024-04-01", (shortName) => ownAgencies.has(shortName));
    await seedAgreements(manager, second.id, demoSecondAgreements(today));

    // The regional network over both: its partnerships see its aggregate figures.
    const network = await manager.save(
      manager.create(Network, { name: "West Midlands Anti-Slavery Network", shortName: "WMASN" }),
    );
    await manager.insert(NetworkMember, [
      { networkId: network.id, partnershipId: sandwell.id },
      { networkId: network.id, partnershipId: second.id },
    ]);

    await manager.insert(PartnershipRole, {
      partnershipId: null,
      agencyId: demoAgencyId("SMBC"),
      userId: DEMO_PLATFORM_ADMIN_USER_ID,
      role: Role.PLATFORM_ADMIN,
      grantedOn: "2018-04-01",
    });
    logger.info(
      { agencies: DEMO_AGENCIES.length + DEMO_SECOND_AGENCIES.length, agreements: agreements.length },
      "loaded the demo partnerships (governance)",
    );
  });
}
