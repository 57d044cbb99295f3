import {
  actingPartnership,
  type AuditTrail,
  badUserInput,
  type Caller,
  ErrorCode,
  type Clock,
  hasRole,
  isUuid,
  notFound,
  type PageArgs,
  recordEvent,
  recordEvents,
  requireMembers,
  Role,
} from "@partnership/runtime";
import { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import {
  Concern,
  ConcernChange,
  ConcernStatus,
  Location,
  partiesOf,
  type StoredFieldChange,
} from "../entities/index.js";
import type {
  ChangeConcernStatusInput,
  ConcernFilter,
  LocationInput,
  RecordConcernInput,
  UpdateConcernInput,
} from "../inputs/case-inputs.js";
import { concernChanged, concernCreated } from "./concern-events.js";
import type { ConcernChangeEntry } from "../types/outputs.js";
import { diffConcern, mayRead, TRACKED_FIELDS, type TrackedColumn } from "./concern-history.js";
import { listConcerns } from "./concern-list.js";
import { checkPremises } from "./area-service.js";
import { checkStatusChange } from "./concern-workflow.js";
import { refuseConcurrentEdits, type SentField } from "./concurrent-edits.js";
import { checkMayChangeParties, requireOwnAgency, requireReadableLocation } from "./write-rules.js";

/**
 * The concern a write is about, locked for the rest of the transaction, after checking the caller
 * takes part. A concern the caller takes no part in, or another partnership's, is not found,
 * exactly as an unknown id is: the answer neither confirms it exists nor names its reference
 * (`missing` names what the caller asked for, when they reached the concern through a record under it).
 */
export async function lockConcern(
  manager: EntityManager,
  caller: Caller,
  id: string,
  lock: "pessimistic_write" | "pessimistic_read" = "pessimistic_write",
  missing: () => GraphQLError = () => notFound("Concern", id),
): Promise<Concern> {
  const partnershipId = actingPartnership(caller).id;
  const concern = isUuid(id)
    ? await manager.getRepository(Concern).findOne({ where: { id, partnershipId }, lock: { mode: lock } })
    : null;
  if (!concern || !partiesOf(concern).includes(caller.agencyId)) throw missing();
  return concern;
}

/** A write to a field needs the same category its reading needs: no writing what you may not see. */
function checkMayWrite(caller: Caller, changes: StoredFieldChange[]) {
  for (const change of changes) {
    if (!caller.grants[change.category])
      throw new GraphQLError(
        `Restricted: changing ${change.field} needs ${change.category} under a sharing agreement, and no active agreement grants it to your agency`,
        {
          extensions: {
            code: ErrorCode.FORBIDDEN_BY_SHARING_AGREEMENT,
            category: change.category,
            field: change.field,
          },
        },
      );
  }
}

/**
 * The participating agencies, each once, with the agency that recorded the concern among them when
 * it is not already the lead or the referrer: the recording agency always takes part in its own
 * concern, whoever it names as lead and however the list is later replaced.
 */
function withRecorder(
  recorder: string,
  parties: Pick<Concern, "leadAgencyId" | "referringAgencyId" | "participatingAgencyIds">,
): string[] {
  const participating = [...new Set(parties.participatingAgencyIds)];
  return partiesOf({ ...parties, participatingAgencyIds: participating }).includes(recorder)
    ? participating
    : [...participating, recorder];
}

export function checkNotFuture(field: string, day: string, today: string) {
  if (day > today) throw badUserInput(field, `${day} is in the future`);
}

/** The fields of a patch as the concern's history names them, with the values it writes. */
function sentFields(patch: Partial<Concern>): SentField[] {
  return (Object.keys(TRACKED_FIELDS) as TrackedColumn[])
    .filter((column) => column in patch)
    .map((column) => ({ field: TRACKED_FIELDS[column].field, value: patch[column] }));
}

/**
 * Concerns: recording, editing against a version (merged field by field with what changed since,
 * concurrent-edits.ts), moving through the workflow; every change kept.
 */
export class ConcernService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Where the values a conflict shows the caller are accounted for. */
    private readonly audit: AuditTrail,
  ) {}

  /** A concern's recorded changes as this caller may see them: each withheld or returned value is audited. */
  historySeenBy(caller: Caller, concernId: string, stored: readonly ConcernChange[]): ConcernChangeEntry[] {
    return stored.map((entry) => ({
      version: entry.version,
      changedAt: entry.changedAt,
      changedBy: entry.changedByUser,
      changedByAgency: { id: entry.changedByAgency },
      reason: entry.reason,
      changes: entry.changes.map((change) => {
        if (!mayRead(caller, change)) {
          this.audit.record({
            entityType: "Concern",
            entityId: concernId,
            field: `history.${change.field}`,
            category: change.category,
            agreementId: null,
            outcome: "DENIED",
            reason: "NO_AGREEMENT",
          });
          return {
            field: change.field,
            category: change.category,
            oldValue: null,
            newValue: null,
            restricted: `Restricted — needs ${change.category} under a sharing agreement`,
          };
        }
        this.audit.record({
          entityType: "Concern",
          entityId: concernId,
          field: `history.${change.field}`,
          category: change.category,
          agreementId: caller.grants[change.category] ?? null,
          outcome: "RETURNED",
          reason: null,
        });
        return {
          field: change.field,
          category: change.category,
          oldValue: change.old,
          newValue: change.new,
          restricted: null,
        };
      }),
    }));
  }

  list(caller: Caller, filter: ConcernFilter | null, page: PageArgs) {
    return listConcerns(this.dataSource, caller, filter, page);
  }

  async record(caller: Caller, input: RecordConcernInput): Promise<Concern> {
    const partnership = actingPartnership(caller);
    checkNotFuture("input.receivedOn", input.receivedOn, this.clock.today());
    if (Boolean(input.locationId) === Boolean(input.location))
      throw badUserInput("input.location", "give either an existing locationId or a new location, not both or neither");
    requireOwnAgency(caller, input.referringAgencyId, "input.referringAgencyId");
    const leadAgencyId = input.leadAgencyId ?? caller.agencyId;
    requireMembers(caller, [leadAgencyId], "input.leadAgencyId");
    requireMembers(caller, [input.referringAgencyId], "input.referringAgencyId");
    requireMembers(caller, input.participatingAgencyIds, "input.participatingAgencyIds");
    return this.dataSource.transaction(async (manager) => {
      let locationId = input.locationId ?? null;
      if (locationId) {
        await requireReadableLocation(manager, caller, partnership.id, locationId, "input.locationId");
      } else {
        locationId = await this.newPremises(manager, partnership.id, input.location!);
      }
      const year = Number(input.receivedOn.slice(0, 4));
      // One counter per partnership and year, taken in this transaction: concurrent writers queue on
      // its row, and a refused write gives its number back. Numbers may still have gaps (a seed or
      // an import sets the counter to at least its highest number); nothing relies on them having none.
      const [{ last }]: Array<{ last: number }> = await manager.query(
        `INSERT INTO concern_reference_counter (partnership_id, year, last) VALUES ($1, $2, 1)
         ON CONFLICT (partnership_id, year) DO UPDATE SET last = concern_reference_counter.last + 1 RETURNING last`,
        [partnership.id, year],
      );
      const values: Partial<Concern> = {
        partnershipId: partnership.id,
        reference: `${partnership.referencePrefix}-${year}-${String(last).padStart(4, "0")}`,
        receivedOn: input.receivedOn,
        source: input.source,
        referringAgencyId: input.referringAgencyId ?? null,
        exploitationTypes: input.exploitationTypes,
        status: ConcernStatus.RECEIVED,
        responseLevel: null,
        leadAgencyId,
        participatingAgencyIds: withRecorder(caller.agencyId, {
          leadAgencyId,
          referringAgencyId: input.referringAgencyId ?? null,
          participatingAgencyIds: input.participatingAgencyIds,
        }),
        locationId,
        intelligenceSummary: input.intelligenceSummary ?? null,
        crimeReference: null,
        outcome: null,
        closedOn: null,
        version: 1,
      };
      const changes = diffConcern({}, values);
      checkMayWrite(caller, changes);
      const concern = await manager.getRepository(Concern).save(manager.getRepository(Concern).create(values));
      await this.keep(manager, caller, concern, changes, null);
      await recordEvent(manager, "cases", concernCreated(concern, this.clock.now()));
      return concern;
    });
  }

  async update(caller: Caller, id: string, version: number, input: UpdateConcernInput): Promise<Concern> {
    return this.dataSource.transaction(async (manager) => {
      const concern = await lockConcern(manager, caller, id);
      if (concern.status === ConcernStatus.CLOSED)
        throw badUserInput("id", `concern ${concern.reference} is closed; reopen it before changing it`);
      checkMayChangeParties(caller, concern, input, hasRole(caller, Role.COORDINATOR));
      // Agencies the concern already names stay (one may have left the partnership since); a newly named one must be a member.
      if (input.leadAgencyId && input.leadAgencyId !== concern.leadAgencyId)
        requireMembers(caller, [input.leadAgencyId], "input.leadAgencyId");
      requireMembers(
        caller,
        (input.participatingAgencyIds ?? []).filter((agency) => !concern.participatingAgencyIds.includes(agency)),
        "input.participatingAgencyIds",
      );
      if (input.referringAgencyId && input.referringAgencyId !== concern.referringAgencyId)
        requireMembers(caller, [input.referringAgencyId], "input.referringAgencyId");
      if (input.locationId && input.location)
        throw badUserInput("input.location", "give either an existing locationId or new premises, not both");
      if (input.locationId && input.locationId !== concern.locationId)
        await requireReadableLocation(manager, caller, concern.partnershipId, input.locationId, "input.locationId");
      const patch: Partial<Concern> = {};
      for (const [key, value] of Object.entries(input) as Array<[keyof UpdateConcernInput, unknown]>) {
        if (value === undefined || key === "location") continue;
        if (
          value === null &&
          (key === "exploitationTypes" || key === "participatingAgencyIds" || key === "locationId" || key === "source")
        )
          throw badUserInput(`input.${key}`, "cannot be emptied");
        (patch as Record<string, unknown>)[key] =
          key === "participatingAgencyIds" ? [...new Set(value as string[])] : value;
      }
      if (input.location) patch.locationId = await this.newPremises(manager, concern.partnershipId, input.location);
      if (
        patch.leadAgencyId !== undefined ||
        patch.participatingAgencyIds !== undefined ||
        patch.referringAgencyId !== undefined
      ) {
        const recorder = await this.recordingAgency(manager, concern.id);
        if (recorder) patch.participatingAgencyIds = withRecorder(recorder, { ...concern, ...patch });
      }
      await refuseConcurrentEdits(manager, caller, this.audit, concern, version, sentFields(patch));
      return this.apply(manager, caller, concern, patch, null);
    });
  }

  async changeStatus(caller: Caller, id: string, version: number, input: ChangeConcernStatusInput): Promise<Concern> {
    return this.dataSource.transaction(async (manager) => {
      const concern = await lockConcern(manager, caller, id);
      // What the change sets, refused first if changed since: the workflow's rules then judge the current state.
      const sent: SentField[] = [{ field: "status", value: input.status }];
      if (input.responseLevel) sent.push({ field: "responseLevel", value: input.responseLevel });
      if (input.status === ConcernStatus.CLOSED)
        sent.push(
          { field: "outcome", value: input.outcome?.trim() ?? null },
          { field: "closedOn", value: input.closedOn ?? null },
        );
      await refuseConcurrentEdits(manager, caller, this.audit, concern, version, sent);
      checkStatusChange(concern, input);
      const patch: Partial<Concern> = { status: input.status };
      if (input.responseLevel) patch.responseLevel = input.responseLevel;
      if (input.status === ConcernStatus.CLOSED) {
        const closedOn = input.closedOn ?? this.clock.today();
        checkNotFuture("input.closedOn", closedOn, this.clock.today());
        if (closedOn < concern.receivedOn)
          throw badUserInput("input.closedOn", `a concern cannot close before it was received (${concern.receivedOn})`);
        patch.outcome = input.outcome!.trim();
        patch.closedOn = closedOn;
      } else if (concern.status === ConcernStatus.CLOSED) {
        patch.closedOn = null;
      }
      return this.apply(manager, caller, concern, patch, input.reason?.trim() ?? null);
    });
  }

  /**
   * Makes agencies take part in a concern because of work recorded in it (an agency present at a
   * visit with an intervention of its own), inside the transaction that records the work and with
   * the concern locked for writing: a new version, kept in the history with the reason, like any
   * change. Not a choice of parties, so not the lead's alone: the work recorded is the reason.
   */
  async takePartThroughWork(
    manager: EntityManager,
    caller: Caller,
    concern: Concern,
    agencyIds: readonly string[],
    reason: string,
  ): Promise<Concern> {
    const joining = [...new Set(agencyIds)].filter((agency) => !partiesOf(concern).includes(agency));
    if (joining.length === 0) return concern;
    const patch: Partial<Concern> = { participatingAgencyIds: [...concern.participatingAgencyIds, ...joining] };
    return this.apply(manager, caller, concern, patch, reason);
  }

  /** Premises recorded with a concern, or with a change to it: checked against the partnership's areas. */
  private async newPremises(manager: EntityManager, partnershipId: string, location: LocationInput): Promise<string> {
    await checkPremises(manager, partnershipId, location, "input.location");
    const saved = await manager.getRepository(Location).save(
      manager.getRepository(Location).create({
        type: location.type,
        areaId: location.areaId ?? null,
        ward: location.ward ?? null,
        address: location.address ?? null,
        partnershipId,
        postcode: location.postcode?.toUpperCase() ?? null,
        businessName: location.businessName ?? null,
        companyNumber: location.companyNumber?.toUpperCase() ?? null,
      }),
    );
    return saved.id;
  }

  /** The agency that recorded the concern: the one that wrote its first version. */
  private async recordingAgency(manager: EntityManager, concernId: string): Promise<string | null> {
    const first = await manager
      .getRepository(ConcernChange)
      .findOne({ where: { concernId, version: 1 }, select: { changedByAgency: true } });
    return first?.changedByAgency ?? null;
  }

  /**
   * Writes the changed fields with the next version, keeps the change, and announces it in the
   * outbox (a new assignment, a new status) in the same transaction; no change, no new version.
   */
  private async apply(
    manager: EntityManager,
    caller: Caller,
    concern: Concern,
    patch: Partial<Concern>,
    reason: string | null,
  ): Promise<Concern> {
    const changes = diffConcern(concern, patch);
    if (changes.length === 0 && !reason) return concern;
    checkMayWrite(caller, changes);
    const changedColumns = Object.fromEntries(
      (Object.keys(TRACKED_FIELDS) as TrackedColumn[])
        .filter((column) => changes.some((change) => change.field === TRACKED_FIELDS[column].field))
        .map((column) => [column, patch[column]]),
    );
    const next = { ...concern, ...changedColumns, version: concern.version + 1 };
    await manager.getRepository(Concern).update({ id: concern.id }, { ...changedColumns, version: next.version });
    await this.keep(manager, caller, next, changes, reason);
    await recordEvents(manager, "cases", concernChanged(concern, next, this.clock.now()));
    return manager.getRepository(Concern).findOneByOrFail({ id: concern.id });
  }

  private async keep(
    manager: EntityManager,
    caller: Caller,
    concern: Concern,
    changes: StoredFieldChange[],
    reason: string | null,
  ) {
    await manager.getRepository(ConcernChange).insert({
      concernId: concern.id,
      version: concern.version,
      changedByUser: caller.userId,
      changedByAgency: caller.agencyId,
      reason,
      // jsonb: TypeORM's deep-partial typing does not reach into unknown values.
      changes: changes as never,
    });
  }
}
