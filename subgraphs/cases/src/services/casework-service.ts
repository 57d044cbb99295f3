import {
  badUserInput,
  type Caller,
  type Clock,
  isUuid,
  notFound,
  recordEvent,
  requireMembers,
} from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import {
  type Concern,
  ConcernStatus,
  DisruptionVisit,
  DutyToNotify,
  exploitationTypesOf,
  Intervention,
  isAdult,
  NrmDecision,
  NrmDecisionStage,
  NrmReferral,
  Offender,
  PotentialVictim,
  PreventionOrder,
  VictimOutcome,
} from "../entities/index.js";
import type {
  DutyToNotifyInput,
  NrmDecisionInput,
  NrmReferralInput,
  OffenderInput,
  OrderInput,
  RecordVisitInput,
  ScreenPersonInput,
} from "../inputs/case-inputs.js";
import { nrmDecisionRecorded } from "./concern-events.js";
import { checkNotFuture, type ConcernService, lockConcern } from "./concern-service.js";
import { type DirectoryClient, directoryEmail, type DirectoryPerson } from "./directory-client.js";
import {
  checkMayWriteFields,
  requireFirstResponder,
  requireOwnAgency,
  requireOwnReportingAgency,
  requireReadableLocation,
} from "./write-rules.js";

/** The directory's answer for a set of emails, by lower-cased email (DirectoryClient.peopleByEmail). */
export type DirectoryPeople = ReadonlyMap<string, DirectoryPerson>;

/** The concern a piece of casework is added to: the caller takes part, and it is open. */
async function openConcern(
  manager: EntityManager,
  caller: Caller,
  concernId: string,
  field: string,
  lock: "pessimistic_write" | "pessimistic_read" = "pessimistic_read",
) {
  const concern = await lockConcern(manager, caller, concernId, lock);
  if (concern.status === ConcernStatus.CLOSED)
    throw badUserInput(field, `concern ${concern.reference} is closed; reopen it before adding to it`);
  return concern;
}

function checkScreening(concern: Concern, input: ScreenPersonInput, field: string, today: string) {
  checkNotFuture(`${field}.screenedOn`, input.screenedOn, today);
  if (input.screenedOn < concern.receivedOn)
    throw badUserInput(
      `${field}.screenedOn`,
      `a person cannot be screened before the concern came in (${concern.receivedOn})`,
    );
  if (input.dateOfBirth && input.dateOfBirth > input.screenedOn)
    throw badUserInput(`${field}.dateOfBirth`, "is after the day they were screened");
  // The outcome "referred to the NRM" stands for a referral: only referToNrm, which records one, sets it.
  if (input.outcome === VictimOutcome.REFERRED_TO_NRM)
    throw badUserInput(
      `${field}.outcome`,
      "a person is referred into the NRM after screening (referToNrm), which records the referral and sets this outcome; screen them with another outcome first",
    );
}

function victimValues(concern: Concern, visitId: string | null, input: ScreenPersonInput): Partial<PotentialVictim> {
  return {
    concernId: concern.id,
    visitId,
    screenedOn: input.screenedOn,
    ageGroup: input.ageGroup,
    gender: input.gender,
    nationality: input.nationality?.trim() ?? null,
    exploitationType: input.exploitationType,
    exploitationTypes: exploitationTypesOf(input.exploitationType, input.additionalExploitationTypes),
    fullName: input.fullName ?? null,
    aliases: input.aliases ?? [],
    dateOfBirth: input.dateOfBirth ?? null,
    phone: input.phone ?? null,
    currentAddress: input.currentAddress ?? null,
    supportNeeds: input.supportNeeds ?? null,
    healthNeeds: input.healthNeeds ?? null,
    outcome: input.outcome,
    supportProviderAgencyId: input.supportProviderAgencyId ?? null,
    accommodation: input.accommodation ?? null,
  };
}

/** A screening's values less the outcome nobody chose ("not yet known" says nothing to guard). */
function said(values: Partial<PotentialVictim>): Partial<PotentialVictim> {
  const { outcome, ...rest } = values;
  return outcome === VictimOutcome.NOT_YET_KNOWN ? rest : values;
}

/**
 * The work on a concern: screening people, the NRM and duty to notify, visits with their
 * interventions, offenders and orders. Each write checks the workflow's rules first and runs in one
 * transaction, so a refused input leaves nothing behind.
 */
export class CaseworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** The partnership's staff directory (governance): who may be named as a referrer. */
    private readonly directory: DirectoryClient,
    /** Concerns: an agency whose work is recorded in one comes to take part in it. */
    private readonly concerns: ConcernService,
  ) {}

  screenPerson(caller: Caller, concernId: string, input: ScreenPersonInput): Promise<PotentialVictim> {
    return this.dataSource.transaction((manager) => this.screenPersonWith(manager, caller, concernId, input));
  }

  /** screenPerson inside a transaction the caller holds (an import writing many rows all or nothing). */
  async screenPersonWith(
    manager: EntityManager,
    caller: Caller,
    concernId: string,
    input: ScreenPersonInput,
  ): Promise<PotentialVictim> {
    const concern = await openConcern(manager, caller, concernId, "concernId");
    checkScreening(concern, input, "input", this.clock.today());
    requireMembers(caller, [input.supportProviderAgencyId], "input.supportProviderAgencyId");
    const values = victimValues(concern, null, input);
    checkMayWriteFields(caller, PotentialVictim, said(values), "input");
    const repo = manager.getRepository(PotentialVictim);
    return repo.save(repo.create(values));
  }

  /**
   * An adult is referred only with their consent (one who declines gets a duty-to-notify report
   * instead); a minor, or a person whose age is not known, is referred without consent.
   */
  referToNrm(caller: Caller, victimId: string, input: NrmReferralInput): Promise<NrmReferral> {
    return this.dataSource.transaction((manager) => this.referToNrmWith(manager, caller, victimId, input));
  }

  /**
   * referToNrm inside a transaction the caller holds. The referral is made by the caller's own
   * agency, a first responder organisation, and by a person of it in the directory. `referrers` is
   * the directory's answer when the caller already asked it (an import asks once for all its rows);
   * without it the directory is asked here, once, after every other check has passed, so a refused
   * input costs no lookup and the lookup decides only what is left.
   */
  async referToNrmWith(
    manager: EntityManager,
    caller: Caller,
    victimId: string,
    input: NrmReferralInput,
    referrers?: DirectoryPeople,
  ): Promise<NrmReferral> {
    requireOwnReportingAgency(caller, input.referringAgencyId, "input.referringAgencyId", "NRM referrals");
    requireFirstResponder(caller, "input.referringAgencyId");
    const victim = await this.victimForWrite(manager, caller, victimId);
    const adult = isAdult(victim.ageGroup);
    if (adult && input.consentGiven !== true)
      throw badUserInput(
        "input.consentGiven",
        input.consentGiven === false
          ? "an adult who declines the NRM is not referred: record a duty-to-notify report (recordDutyToNotify) instead"
          : "an adult's NRM referral needs their recorded consent",
      );
    checkNotFuture("input.referredOn", input.referredOn, this.clock.today());
    if (input.referredOn < victim.screenedOn)
      throw badUserInput("input.referredOn", `a referral cannot predate the screening (${victim.screenedOn})`);
    if (await manager.existsBy(NrmReferral, { victimId }))
      throw badUserInput("victimId", "this person has already been referred into the NRM");
    if (await manager.existsBy(DutyToNotify, { victimId }))
      throw badUserInput("victimId", "this person declined the NRM and a duty-to-notify report was made");
    const values: Partial<NrmReferral> = {
      victimId,
      concernId: victim.concernId,
      referredOn: input.referredOn,
      referringAgencyId: caller.agencyId,
      referrerEmail: directoryEmail(input.referrerEmail),
      consentGiven: adult ? true : null,
      minor: !adult,
      ageGroup: victim.ageGroup,
    };
    checkMayWriteFields(caller, NrmReferral, values, "input");
    checkMayWriteFields(caller, PotentialVictim, { outcome: VictimOutcome.REFERRED_TO_NRM }, "victimId");
    values.referrerPersonId = await this.referrerOf(caller, input.referrerEmail, referrers);
    const repo = manager.getRepository(NrmReferral);
    const referral = await repo.save(repo.create(values));
    await manager.getRepository(PotentialVictim).update({ id: victimId }, { outcome: VictimOutcome.REFERRED_TO_NRM });
    return referral;
  }

  /** The directory id of the person making a referral: a person of the caller's agency, or refused. */
  private async referrerOf(caller: Caller, email: string, known?: DirectoryPeople): Promise<string> {
    const people = known ?? (await this.directory.peopleByEmail(caller, [email]));
    const person = people.get(directoryEmail(email));
    if (!person)
      throw badUserInput(
        "input.referrerEmail",
        "names nobody of your agency in the partnership's directory: the referrer is a person of the referring agency, recorded in the directory first (createPerson)",
      );
    if (person.agencyId !== caller.agencyId)
      throw badUserInput(
        "input.referrerEmail",
        "names a person of another agency: the referrer is a person of the referring agency (your own)",
      );
    return person.personId;
  }

  /** Only an adult declines the NRM; a minor is always referred. */
  recordDutyToNotify(caller: Caller, victimId: string, input: DutyToNotifyInput): Promise<DutyToNotify> {
    return this.dataSource.transaction(async (manager) => {
      requireOwnReportingAgency(caller, input.reportingAgencyId, "input.reportingAgencyId", "duty-to-notify reports");
      const victim = await this.victimForWrite(manager, caller, victimId);
      if (!isAdult(victim.ageGroup))
        throw badUserInput(
          "victimId",
          "a minor (or a person whose age is not known) is referred into the NRM without consent, not reported under the duty to notify",
        );
      checkNotFuture("input.reportedOn", input.reportedOn, this.clock.today());
      if (input.reportedOn < victim.screenedOn)
        throw badUserInput("input.reportedOn", `a report cannot predate the screening (${victim.screenedOn})`);
      if (await manager.existsBy(NrmReferral, { victimId }))
        throw badUserInput("victimId", "this person consented and was referred into the NRM");
      if (await manager.existsBy(DutyToNotify, { victimId }))
        throw badUserInput("victimId", "a duty-to-notify report was already made for this person");
      const values: Partial<DutyToNotify> = {
        victimId,
        concernId: victim.concernId,
        reportedOn: input.reportedOn,
        reportingAgencyId: caller.agencyId,
      };
      checkMayWriteFields(caller, DutyToNotify, values, "input");
      if (victim.outcome === VictimOutcome.NOT_YET_KNOWN)
        checkMayWriteFields(caller, PotentialVictim, { outcome: VictimOutcome.DECLINED_SUPPORT }, "victimId");
      const repo = manager.getRepository(DutyToNotify);
      const report = await repo.save(repo.create(values));
      if (victim.outcome === VictimOutcome.NOT_YET_KNOWN)
        await manager
          .getRepository(PotentialVictim)
          .update({ id: victimId }, { outcome: VictimOutcome.DECLINED_SUPPORT });
      return report;
    });
  }

  /**
   * A decision cannot predate its referral; conclusive grounds follow a positive reasonable grounds
   * decision. Either is announced in the outbox, for the concern, in the same transaction.
   */
  recordNrmDecision(caller: Caller, referralId: string, input: NrmDecisionInput): Promise<NrmReferral> {
    return this.dataSource.transaction(async (manager) => {
      const referral = isUuid(referralId)
        ? await manager
            .getRepository(NrmReferral)
            .findOne({ where: { id: referralId }, lock: { mode: "pessimistic_write" } })
        : null;
      if (!referral) throw notFound("NrmReferral", referralId);
      const concern = await lockConcern(manager, caller, referral.concernId, "pessimistic_read", () =>
        notFound("NrmReferral", referralId),
      );
      if (input.decision === NrmDecision.PENDING)
        throw badUserInput("input.decision", "a decision is POSITIVE or NEGATIVE");
      checkNotFuture("input.decidedOn", input.decidedOn, this.clock.today());
      if (input.decidedOn < referral.referredOn)
        throw badUserInput("input.decidedOn", `a decision cannot predate its referral (${referral.referredOn})`);
      if (input.stage === NrmDecisionStage.REASONABLE_GROUNDS) {
        if (referral.reasonableGrounds !== NrmDecision.PENDING)
          throw badUserInput("input.stage", "the reasonable grounds decision is already recorded");
        referral.reasonableGrounds = input.decision;
        referral.reasonableGroundsOn = input.decidedOn;
      } else {
        if (referral.reasonableGrounds !== NrmDecision.POSITIVE)
          throw badUserInput(
            "input.stage",
            "a conclusive grounds decision follows a positive reasonable grounds decision",
          );
        if (referral.conclusiveGrounds !== NrmDecision.PENDING)
          throw badUserInput("input.stage", "the conclusive grounds decision is already recorded");
        if (input.decidedOn < referral.reasonableGroundsOn!)
          throw badUserInput(
            "input.decidedOn",
            `a conclusive grounds decision cannot predate the reasonable grounds one (${referral.reasonableGroundsOn})`,
          );
        referral.conclusiveGrounds = input.decision;
        referral.conclusiveGroundsOn = input.decidedOn;
      }
      checkMayWriteFields(caller, NrmReferral, referral, "input");
      const saved = await manager.getRepository(NrmReferral).save(referral);
      await recordEvent(manager, "cases", nrmDecisionRecorded(concern, referral.referringAgencyId, this.clock.now()));
      return saved;
    });
  }

  /**
   * A visit, its interventions and the people screened at it, in one transaction. The lead agency
   * records what each agency present did there, any other its own; an agency present with an intervention
   * of its own comes to take part in the concern (see takePartThroughWork), so it sees its own work.
   */
  recordVisit(caller: Caller, concernId: string, input: RecordVisitInput): Promise<DisruptionVisit> {
    return this.dataSource.transaction(async (manager) => {
      // Locked for writing: the visit may add parties to the concern.
      const concern = await openConcern(manager, caller, concernId, "concernId", "pessimistic_write");
      checkNotFuture("input.visitedOn", input.visitedOn, this.clock.today());
      if (input.visitedOn < concern.receivedOn)
        throw badUserInput("input.visitedOn", `a visit cannot predate the concern (${concern.receivedOn})`);
      const locationId = input.locationId ?? concern.locationId;
      if (input.locationId && input.locationId !== concern.locationId)
        await requireReadableLocation(manager, caller, concern.partnershipId, input.locationId, "input.locationId");
      requireMembers(caller, input.agencyIds, "input.agencyIds");
      input.peopleScreened.forEach((person, index) =>
        requireMembers(
          caller,
          [person.supportProviderAgencyId],
          `input.peopleScreened[${index}].supportProviderAgencyId`,
        ),
      );
      input.interventions.forEach((intervention, index) => {
        // The lead writes the record of a joint visit, what each agency present did included; any
        // other agency records only its own acts (issue #18). Either way, only an agency present.
        if (caller.agencyId !== concern.leadAgencyId)
          requireOwnAgency(caller, intervention.agencyId, `input.interventions[${index}].agencyId`);
        if (!input.agencyIds.includes(intervention.agencyId))
          throw badUserInput(`input.interventions[${index}].agencyId`, "the agency was not at the visit (agencyIds)");
        checkMayWriteFields(caller, Intervention, intervention, `input.interventions[${index}]`);
      });
      checkMayWriteFields(caller, DisruptionVisit, input, "input");
      input.peopleScreened.forEach((person, index) => {
        checkScreening(concern, person, `input.peopleScreened[${index}]`, this.clock.today());
        checkMayWriteFields(
          caller,
          PotentialVictim,
          victimValues(concern, null, person),
          `input.peopleScreened[${index}]`,
        );
        if (person.screenedOn !== input.visitedOn)
          throw badUserInput(
            `input.peopleScreened[${index}].screenedOn`,
            "people screened at a visit are screened that day",
          );
      });
      const visits = manager.getRepository(DisruptionVisit);
      const visit = await visits.save(
        visits.create({
          concernId,
          locationId,
          visitedOn: input.visitedOn,
          agencyIds: input.agencyIds,
          notes: input.notes ?? null,
        }),
      );
      if (input.interventions.length > 0)
        await manager.getRepository(Intervention).insert(
          input.interventions.map((intervention) => ({
            concernId,
            visitId: visit.id,
            agencyId: intervention.agencyId,
            type: intervention.type,
            carriedOutOn: input.visitedOn,
            outcome: intervention.outcome ?? null,
          })),
        );
      if (input.peopleScreened.length > 0)
        await manager
          .getRepository(PotentialVictim)
          .insert(input.peopleScreened.map((person) => victimValues(concern, visit.id, person)));
      await this.concerns.takePartThroughWork(
        manager,
        caller,
        concern,
        input.interventions.map((intervention) => intervention.agencyId),
        `Present at the visit of ${input.visitedOn} with an intervention of its own`,
      );
      return visit;
    });
  }

  recordOffender(caller: Caller, concernId: string, input: OffenderInput): Promise<Offender> {
    return this.dataSource.transaction(async (manager) => {
      await openConcern(manager, caller, concernId, "concernId");
      if (input.arrestedOn) checkNotFuture("input.arrestedOn", input.arrestedOn, this.clock.today());
      checkMayWriteFields(caller, Offender, input, "input");
      const repo = manager.getRepository(Offender);
      return repo.save(
        repo.create({
          concernId,
          fullName: input.fullName,
          dateOfBirth: input.dateOfBirth ?? null,
          role: input.role ?? null,
          arrestedOn: input.arrestedOn ?? null,
          charge: input.charge ?? null,
        }),
      );
    });
  }

  recordOrder(caller: Caller, concernId: string, input: OrderInput): Promise<PreventionOrder> {
    return this.dataSource.transaction(async (manager) => {
      await lockConcern(manager, caller, concernId, "pessimistic_read");
      checkNotFuture("input.grantedOn", input.grantedOn, this.clock.today());
      checkMayWriteFields(caller, PreventionOrder, input, "input");
      if (input.expiresOn <= input.grantedOn)
        throw badUserInput("input.expiresOn", "an order expires after the day it was granted");
      if (input.offenderId && !(await manager.existsBy(Offender, { id: input.offenderId, concernId })))
        throw badUserInput("input.offenderId", "no offender with this id is recorded in the concern");
      const repo = manager.getRepository(PreventionOrder);
      return repo.save(
        repo.create({
          concernId,
          offenderId: input.offenderId ?? null,
          kind: input.kind,
          subject: input.subject,
          grantedOn: input.grantedOn,
          expiresOn: input.expiresOn,
        }),
      );
    });
  }

  private async victimForWrite(manager: EntityManager, caller: Caller, victimId: string) {
    const victim = isUuid(victimId)
      ? await manager
          .getRepository(PotentialVictim)
          .findOne({ where: { id: victimId }, lock: { mode: "pessimistic_write" } })
      : null;
    if (!victim) throw notFound("PotentialVictim", victimId);
    // A person screened in another partnership's concern is not found, as an unknown id is.
    await lockConcern(manager, caller, victim.concernId, "pessimistic_read", () =>
      notFound("PotentialVictim", victimId),
    );
    return victim;
  }
}
