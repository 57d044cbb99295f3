import type { DataSource } from "typeorm";
import {
  AgreementGrant,
  AgreementParty,
  AgreementState,
  Agency,
  Membership,
  Partnership,
  Person,
  SharingAgreement,
} from "../entities/index.js";
import { DEMO_AGENCIES, DEMO_PARTNERSHIP, demoAgreements } from "./demo-data.js";
import { seedGovernanceRecords } from "./demo-governance.js";
import { type Clock, demoAgencyId, type Logger } from "@partnership/runtime";

function emailOf(name: string, shortName: string): string {
  const local = name
    .replace(/^(Dr|Pastor) /, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/ +/g, ".");
  return `${local}@${shortName.toLowerCase()}.example.org`;
}

/** Loads the demo partnership in one transaction, once: a second run finds it and does nothing. */
export async function seedDemo(dataSource: DataSource, logger: Logger, clock: Clock): Promise<void> {
  const agreements = demoAgreements(clock.today());
  await dataSource.transaction(async (manager) => {
    // Serialise concurrent first starts (several replicas) so only one seeds.
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('governance.seed'))");
    if (await manager.existsBy(Partnership, { name: DEMO_PARTNERSHIP.name })) return;

    const partnership = await manager.save(manager.create(Partnership, DEMO_PARTNERSHIP));
    const agencies = new Map<string, Agency>();
    for (const demo of DEMO_AGENCIES) {
      const agency = await manager.save(
        manager.create(Agency, {
          id: demoAgencyId(demo.shortName),
          name: demo.name,
          shortName: demo.shortName,
          sector: demo.sector,
          firstResponder: demo.firstResponder,
        }),
      );
      agencies.set(demo.shortName, agency);
      await manager.insert(Membership, {
        partnershipId: partnership.id,
        agencyId: agency.id,
        role: demo.role,
        since: "2018-04-01",
      });
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
    const agencyId = (shortName: string) => {
      const agency = agencies.get(shortName);
      if (!agency) throw new Error(`demo data names an unknown agency ${shortName}`);
      return agency.id;
    };

    for (const demo of agreements) {
      const allSigned = demo.parties.every((p) => demo.signed.includes(p));
      const state = !allSigned
        ? AgreementState.DRAFT
        : demo.suspendedReason
          ? AgreementState.SUSPENDED
          : AgreementState.ACTIVE;
      const agreement = await manager.save(
        manager.create(SharingAgreement, {
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
            agencyId: agencyId(party),
            signedAt: signed ? new Date(`${demo.startDate}T09:00:00Z`) : null,
            signedBy: signed ? `Information governance lead, ${party}` : null,
          };
        }),
      );
      await manager.insert(
        AgreementGrant,
        demo.grants.map((grant) => ({
          agreementId: agreement.id,
          recipientAgencyId: grant.agency ? agencyId(grant.agency) : null,
          recipientSector: grant.sector ?? null,
          categories: grant.categories,
        })),
      );
    }
    await seedGovernanceRecords(manager, partnership.id);
    logger.info({ agencies: agencies.size, agreements: agreements.length }, "loaded the demo partnership (governance)");
  });
}
