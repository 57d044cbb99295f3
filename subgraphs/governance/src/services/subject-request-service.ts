import {
  actingPartnership,
  badUserInput,
  type Caller,
  chairsPartnership,
  notFound,
  type Page,
  type PageArgs,
  paginate,
  requireMembers,
  Role,
} from "@partnership/runtime";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { SubjectRequest } from "../entities/index.js";
import { SubjectRequestStatus } from "../entities/enums.js";
import type {
  CompleteSubjectRequestInput,
  ExtendSubjectRequestInput,
  RecordSubjectRequestInput,
} from "../inputs/subject-request-inputs.js";
import { requireOwnAgencyOrPartnership } from "./partnership-authority.js";
import { dueOn, MAX_EXTENSION_MONTHS } from "./subject-request-dates.js";

/** Narrows the register. */
export interface SubjectRequestFilter {
  status?: SubjectRequestStatus | null;
  /** Only requests due before this day. */
  dueBefore?: string | null;
}

const ENTITY = "SubjectRequest";

/**
 * The register of data subjects' requests and their due dates. Scoped like the audit trail: a data
 * protection officer reads and answers the requests made to their own agency; the officer of the
 * partnership's chair agency every request of the partnership. A request outside that scope is
 * not found, so its existence is not disclosed either.
 */
export class SubjectRequestService {
  constructor(private readonly dataSource: DataSource) {}

  /** The requests the caller may see, in the partnership the request acts in. */
  private visible(
    caller: Caller,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<SubjectRequest> {
    const query = manager
      .getRepository(SubjectRequest)
      .createQueryBuilder("request")
      .where("request.partnershipId = :partnershipId", { partnershipId: actingPartnership(caller).id });
    if (!chairsPartnership(caller)) query.andWhere("request.madeToAgencyId = :agencyId", { agencyId: caller.agencyId });
    return query;
  }

  find(caller: Caller, id: string): Promise<SubjectRequest | null> {
    return this.visible(caller).andWhere("request.id = :id", { id }).getOne();
  }

  /** The register, soonest due first, a page at a time. */
  list(caller: Caller, filter: SubjectRequestFilter, page: PageArgs): Promise<Page<SubjectRequest>> {
    const query = this.visible(caller);
    if (filter.status) query.andWhere("request.status = :status", { status: filter.status });
    if (filter.dueBefore) query.andWhere("request.dueOn < :dueBefore", { dueBefore: filter.dueBefore });
    return paginate(query, "dueOn", page);
  }

  /** Records a request as received, due one calendar month later. */
  async record(caller: Caller, input: RecordSubjectRequestInput, today: string): Promise<SubjectRequest> {
    const partnershipId = actingPartnership(caller).id;
    // Spelt as subjectAccess reads them (trimmed), so the export finds by what was recorded.
    const trimmed = (value: string | null | undefined) => value?.trim() || null;
    const [name, email, reference] = [
      trimmed(input.search.name),
      trimmed(input.search.email),
      trimmed(input.search.reference),
    ];
    const dateOfBirth = input.search.dateOfBirth ?? null;
    if (name != null && name.length < 2) throw badUserInput("input.search.name", "must be at least 2 characters");
    if (name == null && dateOfBirth == null && email == null && reference == null)
      throw badUserInput("input.search", "give at least one of name, dateOfBirth, email or reference");
    if (input.receivedOn > today)
      throw badUserInput("input.receivedOn", `${input.receivedOn} is after today (${today})`);
    const madeTo = input.madeToAgencyId ?? caller.agencyId;
    requireMembers(caller, [madeTo], "input.madeToAgencyId");
    // An officer answers for their own agency; only the chair's officer records for another member.
    requireOwnAgencyOrPartnership(caller, madeTo, "input.madeToAgencyId", [Role.DATA_PROTECTION_OFFICER]);
    const repository = this.dataSource.getRepository(SubjectRequest);
    return repository.save(
      repository.create({
        partnershipId,
        kind: input.kind,
        subject: input.subject,
        searchName: name,
        searchDateOfBirth: dateOfBirth,
        searchEmail: email?.toLowerCase() ?? null,
        searchReference: reference,
        receivedOn: input.receivedOn,
        dueOn: dueOn(input.receivedOn),
        extensionMonths: 0,
        extensionReason: null,
        status: SubjectRequestStatus.OPEN,
        completedOn: null,
        outcome: null,
        madeToAgencyId: madeTo,
        recordedByUserId: caller.userId,
        recordedByAgencyId: caller.agencyId,
      }),
    );
  }

  /**
   * Extends an open request by one or two further months (at most two in all), with the reason.
   * Art. 12(3) has the subject told of an extension within the first month, so it is refused once
   * the first month has passed.
   */
  extend(caller: Caller, input: ExtendSubjectRequestInput, today: string): Promise<SubjectRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.openForUpdate(caller, input.id, manager);
      const months = request.extensionMonths + input.months;
      if (months > MAX_EXTENSION_MONTHS)
        throw badUserInput(
          "input.months",
          `the request is already extended by ${request.extensionMonths} month(s); at most ${MAX_EXTENSION_MONTHS} in all`,
        );
      const firstDue = dueOn(request.receivedOn);
      if (today > firstDue)
        throw badUserInput(
          "input.id",
          `an extension must be decided, and the subject told, within the first month (by ${firstDue})`,
        );
      request.extensionMonths = months;
      request.extensionReason = request.extensionReason ? `${request.extensionReason}\n${input.reason}` : input.reason;
      request.dueOn = dueOn(request.receivedOn, months);
      return manager.save(request);
    });
  }

  /** Closes an open request: answered, or refused with the reason. */
  complete(caller: Caller, input: CompleteSubjectRequestInput, today: string): Promise<SubjectRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.openForUpdate(caller, input.id, manager);
      if (input.completedOn > today)
        throw badUserInput("input.completedOn", `${input.completedOn} is after today (${today})`);
      if (input.completedOn < request.receivedOn)
        throw badUserInput(
          "input.completedOn",
          `${input.completedOn} is before the request was received (${request.receivedOn})`,
        );
      request.status = input.refused ? SubjectRequestStatus.REFUSED : SubjectRequestStatus.COMPLETED;
      request.completedOn = input.completedOn;
      request.outcome = input.outcome;
      return manager.save(request);
    });
  }

  /** An open request the caller may answer, locked until the transaction ends (two officers at once). */
  private async openForUpdate(caller: Caller, id: string, manager: EntityManager): Promise<SubjectRequest> {
    const request = await this.visible(caller, manager)
      .andWhere("request.id = :id", { id })
      .setLock("pessimistic_write")
      .getOne();
    if (!request) throw notFound(ENTITY, id);
    if (request.status !== SubjectRequestStatus.OPEN)
      throw badUserInput(
        "input.id",
        `the request is ${request.status} (on ${request.completedOn}): only an open one changes`,
      );
    return request;
  }
}
