import { badUserInput, type Caller, type Clock, isUuid, notFound } from "@partnership/runtime";
import { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import { holdCounts, LegalHold } from "../entities/index.js";
import type { PlaceLegalHoldInput, ReleaseLegalHoldInput } from "../inputs/retention-inputs.js";
import { lockConcern } from "./concern-service.js";

/** The holds on a concern that count today, in words for a record of why something was kept. */
export async function holdsInForce(manager: EntityManager, concernId: string, today: string): Promise<LegalHold[]> {
  const holds = await manager.getRepository(LegalHold).find({ where: { concernId }, order: { until: "DESC" } });
  return holds.filter((hold) => holdCounts(hold, today));
}

/** A hold as the basis of keeping records: "legal hold: PROSECUTION until 2027-06-30 (Operation …)". */
export const holdBasis = (hold: Pick<LegalHold, "kind" | "until" | "reason">) =>
  `legal hold: ${hold.kind} until ${hold.until} (${hold.reason})`;

const withField = (error: GraphQLError, field: string) =>
  new GraphQLError(error.message, { extensions: { ...error.extensions, field } });

/**
 * Legal holds: an agency taking part in a concern places one with a reason and a last day after
 * today, and releases it with a reason; a released hold stays on the concern's record.
 */
export class LegalHoldService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async place(caller: Caller, input: PlaceLegalHoldInput): Promise<LegalHold> {
    const today = this.clock.today();
    const reason = input.reason.trim();
    if (!reason) throw badUserInput("input.reason", "give the reason for the hold (the investigation, case or review)");
    if (input.until <= today)
      throw badUserInput("input.until", `must be after today (${today}): a hold runs until a day still to come`);
    return this.dataSource.transaction(async (manager) => {
      await lockConcern(manager, caller, input.concernId, "pessimistic_write", () =>
        withField(notFound("Concern", input.concernId), "input.concernId"),
      );
      const repository = manager.getRepository(LegalHold);
      return repository.save(
        repository.create({
          concernId: input.concernId,
          kind: input.kind,
          reason,
          until: input.until,
          placedByUser: caller.userId,
          placedByAgencyId: caller.agencyId,
          placedAt: this.clock.now(),
          releasedAt: null,
          releasedByUser: null,
          releasedByAgencyId: null,
          releaseReason: null,
        }),
      );
    });
  }

  async release(caller: Caller, input: ReleaseLegalHoldInput): Promise<LegalHold> {
    const reason = input.reason.trim();
    if (!reason) throw badUserInput("input.reason", "give the reason the hold is released");
    const missing = () => withField(notFound("LegalHold", input.holdId), "input.holdId");
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(LegalHold);
      const found = isUuid(input.holdId) ? await repository.findOneBy({ id: input.holdId }) : null;
      if (!found) throw missing();
      await lockConcern(manager, caller, found.concernId, "pessimistic_write", missing);
      const hold = await repository.findOneByOrFail({ id: found.id });
      if (hold.releasedAt)
        throw badUserInput(
          "input.holdId",
          `the hold was already released on ${hold.releasedAt.toISOString().slice(0, 10)}`,
        );
      Object.assign(hold, {
        releasedAt: this.clock.now(),
        releasedByUser: caller.userId,
        releasedByAgencyId: caller.agencyId,
        releaseReason: reason,
      });
      return repository.save(hold);
    });
  }
}
