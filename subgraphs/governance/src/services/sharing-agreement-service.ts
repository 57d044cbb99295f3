import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  isUuid,
  notFound,
  type PageArgs,
  paginate,
  requireMembers,
} from "@partnership/runtime";
import { type DataSource, type EntityManager, In } from "typeorm";
import {
  AgreementGrant,
  AgreementParty,
  AgreementState,
  type AgreementStatus,
  Agency,
  SharingAgreement,
} from "../entities/index.js";
import type {
  CreateSharingAgreementInput,
  ReactivateSharingAgreementInput,
  SignSharingAgreementInput,
  SuspendSharingAgreementInput,
} from "../inputs/sharing-agreement-inputs.js";
import { agreementStatus, statusCondition } from "./agreement-status.js";

export interface AgreementFilter {
  status?: AgreementStatus | null;
  /** Agreements this agency is a party to. */
  partyAgencyId?: string | null;
}

/** The sharing agreement life cycle: draft → every party signs → active ⇄ suspended; expired after its end date. */
export class SharingAgreementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One agreement of the partnership; another partnership's is as unknown as a made-up id. */
  find(partnershipId: string, id: string): Promise<SharingAgreement | null> {
    return this.dataSource.getRepository(SharingAgreement).findOneBy({ id, partnershipId });
  }

  list(partnershipId: string, filter: AgreementFilter, page: PageArgs) {
    const query = this.dataSource
      .getRepository(SharingAgreement)
      .createQueryBuilder("a")
      .where("a.partnershipId = :partnershipId", { partnershipId });
    if (filter.status) {
      const { sql, params } = statusCondition(filter.status, this.clock.today());
      query.andWhere(sql, params);
    }
    if (filter.partyAgencyId) {
      query.andWhere(
        "EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.agency_id = :partyAgencyId)",
        { partyAgencyId: filter.partyAgencyId },
      );
    }
    return paginate(query, "reference", page);
  }

  /**
   * A draft in the acting partnership: its parties, and the agencies it names as recipients, are
   * the partnership's members (a sector's grant reaches only the sector's members).
   */
  async create(caller: Caller, input: CreateSharingAgreementInput): Promise<SharingAgreement> {
    const partnership = actingPartnership(caller);
    if (input.endDate <= input.startDate) {
      throw badUserInput("input.endDate", `must be after the start date (${input.startDate})`);
    }
    if (input.reviewDate && (input.reviewDate < input.startDate || input.reviewDate > input.endDate)) {
      throw badUserInput(
        "input.reviewDate",
        `must fall between the start date (${input.startDate}) and the end date (${input.endDate})`,
      );
    }
    input.partyAgencyIds.forEach((id, index) => {
      if (input.partyAgencyIds.indexOf(id) !== index) {
        throw badUserInput(`input.partyAgencyIds[${index}]`, "names the same agency twice");
      }
    });
    input.grants.forEach((grant, index) => {
      if (!grant.recipientAgencyId === !grant.recipientSector) {
        throw badUserInput(`input.grants[${index}]`, "must name exactly one recipient: an agency or a sector");
      }
    });

    return this.dataSource.transaction(async (manager) => {
      const referenced = [
        ...input.partyAgencyIds,
        ...input.grants.flatMap((g) => (g.recipientAgencyId ? [g.recipientAgencyId] : [])),
      ];
      const known = new Set(
        (await manager.getRepository(Agency).find({ select: { id: true }, where: { id: In(referenced) } })).map(
          (a) => a.id,
        ),
      );
      input.partyAgencyIds.forEach((id, index) => {
        if (!known.has(id)) throw badUserInput(`input.partyAgencyIds[${index}]`, `no agency has the id ${id}`);
      });
      input.grants.forEach((grant, index) => {
        if (grant.recipientAgencyId && !known.has(grant.recipientAgencyId)) {
          throw badUserInput(
            `input.grants[${index}].recipientAgencyId`,
            `no agency has the id ${grant.recipientAgencyId}`,
          );
        }
      });
      requireMembers(caller, input.partyAgencyIds, (index) => `input.partyAgencyIds[${index}]`);
      requireMembers(
        caller,
        input.grants.map((grant) => grant.recipientAgencyId),
        (index) => `input.grants[${index}].recipientAgencyId`,
      );
      if (await manager.getRepository(SharingAgreement).existsBy({ reference: input.reference })) {
        throw badUserInput("input.reference", `${input.reference} is already used by another agreement`);
      }

      const agreement = await manager.getRepository(SharingAgreement).save(
        manager.getRepository(SharingAgreement).create({
          partnershipId: partnership.id,
          reference: input.reference,
          title: input.title,
          purpose: input.purpose,
          lawfulBasis: input.lawfulBasis,
          startDate: input.startDate,
          endDate: input.endDate,
          reviewDate: input.reviewDate ?? null,
          state: AgreementState.DRAFT,
          suspendedReason: null,
        }),
      );
      await manager.getRepository(AgreementParty).insert(
        input.partyAgencyIds.map((agencyId) => ({
          agreementId: agreement.id,
          agencyId,
          signedAt: null,
          signedBy: null,
        })),
      );
      await manager.getRepository(AgreementGrant).insert(
        input.grants.map((grant) => ({
          agreementId: agreement.id,
          recipientAgencyId: grant.recipientAgencyId ?? null,
          recipientSector: grant.recipientSector ?? null,
          categories: [...new Set(grant.categories)],
        })),
      );
      return agreement;
    });
  }

  /** Records a party's signature; the last signature makes the agreement ACTIVE. */
  async sign(partnershipId: string, input: SignSharingAgreementInput): Promise<SharingAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, partnershipId, input.agreementId);
      if (agreement.state !== AgreementState.DRAFT) {
        throw badUserInput("input.agreementId", `the agreement is ${agreement.state}; only a draft can be signed`);
      }
      const parties = await manager.getRepository(AgreementParty).findBy({ agreementId: agreement.id });
      const party = parties.find((p) => p.agencyId === input.agencyId);
      if (!party) throw badUserInput("input.agencyId", "this agency is not a party to the agreement");
      if (party.signedAt) throw badUserInput("input.agencyId", "this agency has already signed the agreement");
      // eslint-disable-next-line no-restricted-syntax -- when the party signed: a write's timestamp, real time
      party.signedAt = new Date();
      party.signedBy = input.signedBy;
      await manager.getRepository(AgreementParty).save(party);
      if (parties.every((p) => p.signedAt)) agreement.state = AgreementState.ACTIVE;
      return manager.getRepository(SharingAgreement).save(agreement);
    });
  }

  async suspend(partnershipId: string, input: SuspendSharingAgreementInput): Promise<SharingAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, partnershipId, input.agreementId);
      const status = agreementStatus(agreement, this.clock.today());
      if (status !== "ACTIVE")
        throw badUserInput("input.agreementId", `the agreement is ${status}; only an active one can be suspended`);
      agreement.state = AgreementState.SUSPENDED;
      agreement.suspendedReason = input.reason;
      return manager.getRepository(SharingAgreement).save(agreement);
    });
  }

  async reactivate(partnershipId: string, input: ReactivateSharingAgreementInput): Promise<SharingAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, partnershipId, input.agreementId);
      const status = agreementStatus(agreement, this.clock.today());
      if (status !== "SUSPENDED")
        throw badUserInput("input.agreementId", `the agreement is ${status}; only a suspended one can be re-activated`);
      agreement.state = AgreementState.ACTIVE;
      agreement.suspendedReason = null;
      return manager.getRepository(SharingAgreement).save(agreement);
    });
  }

  /**
   * Locks the agreement row so concurrent signatures or state changes apply one after the other.
   * Another partnership's agreement is not found: its administrators alone may change it.
   */
  private async lockAgreement(manager: EntityManager, partnershipId: string, id: string): Promise<SharingAgreement> {
    const agreement = isUuid(id)
      ? await manager
          .getRepository(SharingAgreement)
          .createQueryBuilder("a")
          .setLock("pessimistic_write")
          .where("a.id = :id AND a.partnershipId = :partnershipId", { id, partnershipId })
          .getOne()
      : null;
    if (!agreement) throw notFound("SharingAgreement", id);
    return agreement;
  }
}
