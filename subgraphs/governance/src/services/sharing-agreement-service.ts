import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  EventType,
  forbidden,
  isUuid,
  notFound,
  type PageArgs,
  paginate,
  recordEvent,
  requireMembers,
  Role,
} from "@partnership/runtime";
import { type DataSource, type EntityManager, In } from "typeorm";
import {
  AgreementEvent,
  AgreementGrant,
  AgreementParty,
  Agency,
  RetentionTerm,
  SharingAgreement,
} from "../entities/index.js";
import { AgreementActingAs, AgreementAction, AgreementState, type AgreementStatus } from "../entities/enums.js";
import type {
  CreateSharingAgreementInput,
  ReactivateSharingAgreementInput,
  SignSharingAgreementInput,
  SuspendSharingAgreementInput,
} from "../inputs/sharing-agreement-inputs.js";
import { agreementStatus, statusCondition } from "./agreement-status.js";
import { consentProblem } from "./consent-rules.js";
import { speaksForPartnership } from "./partnership-authority.js";
import { retentionProblem, termsToStore } from "./retention-rules.js";

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
   * A draft in the acting partnership: its parties are the partnership's members; every category
   * it grants is controlled by one of its parties, and every recipient is a party (a sector's grant
   * reaches only the agreement's parties of that sector), so nothing is shared without the consent
   * of the agency that holds it and of the one that receives it, each by signing. It states how
   * long each granted category is kept (the default schedule when no terms are given).
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
    const granted = [...new Set(input.grants.flatMap((grant) => grant.categories))];
    if (input.retention != null) {
      const problem = retentionProblem(granted, input.retention);
      if (problem) throw problem;
    }

    return this.dataSource.transaction(async (manager) => {
      const referenced = [
        ...input.partyAgencyIds,
        ...input.grants.flatMap((g) => (g.recipientAgencyId ? [g.recipientAgencyId] : [])),
      ];
      const found = await manager
        .getRepository(Agency)
        .find({ select: { id: true, sector: true }, where: { id: In(referenced) } });
      const known = new Map(found.map((a) => [a.id, a.sector]));
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
      const consent = consentProblem(
        input.partyAgencyIds.map((id) => ({ id, sector: known.get(id)! })),
        input.grants,
      );
      if (consent) throw consent;
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
      await manager
        .getRepository(RetentionTerm)
        .insert(termsToStore(granted, input.retention).map((term) => ({ agreementId: agreement.id, ...term })));
      await this.record(
        manager,
        agreement.id,
        caller,
        AgreementAction.CREATED,
        AgreementActingAs.PARTNERSHIP_ADMINISTRATOR,
      );
      return agreement;
    });
  }

  /** Records a party's signature; the last signature makes the agreement ACTIVE, which is announced. */
  async sign(caller: Caller, input: SignSharingAgreementInput): Promise<SharingAgreement> {
    if (input.agencyId !== caller.agencyId) throw forbidden("you can sign only for your own agency", "input.agencyId");
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, actingPartnership(caller).id, input.agreementId);
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
      await this.record(manager, agreement.id, caller, AgreementAction.SIGNED, AgreementActingAs.PARTY);
      // Active only when every party, recipients included, has signed.
      if (!parties.every((p) => p.signedAt)) return manager.getRepository(SharingAgreement).save(agreement);
      agreement.state = AgreementState.ACTIVE;
      const saved = await manager.getRepository(SharingAgreement).save(agreement);
      await this.announce(manager, agreement, EventType.AGREEMENT_SIGNED, parties);
      return saved;
    });
  }

  /** Suspends an active agreement: by a party, or by the partnership's administrator with a reason (recorded). */
  async suspend(caller: Caller, input: SuspendSharingAgreementInput): Promise<SharingAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, actingPartnership(caller).id, input.agreementId);
      const actingAs = await this.capacity(manager, caller, agreement.id, "suspend");
      const status = agreementStatus(agreement, this.clock.today());
      if (status !== "ACTIVE")
        throw badUserInput("input.agreementId", `the agreement is ${status}; only an active one can be suspended`);
      agreement.state = AgreementState.SUSPENDED;
      agreement.suspendedReason = input.reason;
      await this.record(manager, agreement.id, caller, AgreementAction.SUSPENDED, actingAs, input.reason);
      const saved = await manager.getRepository(SharingAgreement).save(agreement);
      await this.announce(manager, agreement, EventType.AGREEMENT_SUSPENDED);
      return saved;
    });
  }

  /**
   * Re-activates a suspended agreement: by a party, or by the partnership's administrator, who must
   * say why (a party may too); the reason is kept in the agreement's history.
   */
  async reactivate(caller: Caller, input: ReactivateSharingAgreementInput): Promise<SharingAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, actingPartnership(caller).id, input.agreementId);
      const actingAs = await this.capacity(manager, caller, agreement.id, "re-activate");
      const reason = input.reason?.trim() || null;
      if (actingAs === AgreementActingAs.PARTNERSHIP_ADMINISTRATOR && !reason)
        throw badUserInput(
          "input.reason",
          "the partnership's administrator re-activates an agreement it is no party to only with a recorded reason",
        );
      const status = agreementStatus(agreement, this.clock.today());
      if (status !== "SUSPENDED")
        throw badUserInput("input.agreementId", `the agreement is ${status}; only a suspended one can be re-activated`);
      agreement.state = AgreementState.ACTIVE;
      agreement.suspendedReason = null;
      await this.record(manager, agreement.id, caller, AgreementAction.REACTIVATED, actingAs, reason);
      const saved = await manager.getRepository(SharingAgreement).save(agreement);
      // Back in force: announced as a signing, so a receiver that heard of the suspension hears its end.
      await this.announce(manager, agreement, EventType.AGREEMENT_SIGNED);
      return saved;
    });
  }

  /** An agreement's history, oldest first. */
  history(agreementIds: readonly string[]): Promise<AgreementEvent[]> {
    return this.dataSource.getRepository(AgreementEvent).find({
      where: { agreementId: In([...agreementIds]) },
      order: { position: "ASC" },
    });
  }

  /**
   * In what capacity the caller may change an agreement's state: as a party (its coordinator or
   * administrator), or as the partnership's administrator (its chair agency's); anyone else is
   * refused, FORBIDDEN, whatever roles the directory gives them.
   */
  private async capacity(
    manager: EntityManager,
    caller: Caller,
    agreementId: string,
    verb: string,
  ): Promise<AgreementActingAs> {
    if (await manager.getRepository(AgreementParty).existsBy({ agreementId, agencyId: caller.agencyId }))
      return AgreementActingAs.PARTY;
    if (speaksForPartnership(caller, [Role.PARTNERSHIP_ADMIN])) return AgreementActingAs.PARTNERSHIP_ADMINISTRATOR;
    throw forbidden(
      `only a party to the agreement, or the partnership's administrator with a reason, may ${verb} it`,
      "input.agreementId",
    );
  }

  private async record(
    manager: EntityManager,
    agreementId: string,
    caller: Caller,
    action: AgreementAction,
    actingAs: AgreementActingAs,
    reason: string | null = null,
  ): Promise<void> {
    await manager.getRepository(AgreementEvent).insert({
      agreementId,
      action,
      agencyId: caller.agencyId,
      userId: caller.userId,
      actingAs,
      reason,
      at: this.clock.now(),
    });
  }

  /**
   * Announces a change of the agreement's state in the outbox, in the caller's transaction: its id
   * and its parties' ids, never a value (a receiver fetches the agreement through GraphQL).
   */
  private async announce(
    manager: EntityManager,
    agreement: SharingAgreement,
    type: EventType,
    known?: readonly AgreementParty[],
  ): Promise<void> {
    const parties =
      known ??
      (await manager
        .getRepository(AgreementParty)
        .find({ select: { agencyId: true }, where: { agreementId: agreement.id } }));
    await recordEvent(manager, "governance", {
      partnershipId: agreement.partnershipId,
      type,
      subjectType: "SharingAgreement",
      subjectId: agreement.id,
      agencyIds: parties.map((party) => party.agencyId),
      occurredAt: this.clock.now(),
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
