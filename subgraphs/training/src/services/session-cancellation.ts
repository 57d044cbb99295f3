import { actingPartnership, badUserInput, type Caller, type Clock, notFound } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { SessionStatus, TrainingSession } from "../entities/index.js";
import type { CancelSessionInput } from "../inputs/training-inputs.js";

/**
 * Cancels a scheduled session of the acting partnership. The session keeps its record (course,
 * time, venue) with when and why it was cancelled, and takes no attendance afterwards. A delivered
 * session is not cancelled: its register and certificates stand.
 */
export async function cancelSession(
  dataSource: DataSource,
  clock: Clock,
  input: CancelSessionInput,
  caller: Caller,
): Promise<TrainingSession> {
  const partnershipId = actingPartnership(caller).id;
  return dataSource.transaction(async (manager) => {
    const session = await manager
      .getRepository(TrainingSession)
      .createQueryBuilder("s")
      .setLock("pessimistic_write")
      .where("s.id = :id AND s.partnershipId = :partnershipId", { id: input.sessionId, partnershipId })
      .getOne();
    // Another partnership's session is as unknown as one that does not exist.
    if (!session) throw notFound("TrainingSession", input.sessionId);
    if (session.status === SessionStatus.CANCELLED)
      throw badUserInput("input.sessionId", "the session is already cancelled");
    if (session.status === SessionStatus.DELIVERED)
      throw badUserInput("input.sessionId", "the session was delivered; its attendance and certificates stand");
    session.status = SessionStatus.CANCELLED;
    session.cancelledAt = clock.now();
    session.cancellationReason = input.reason.trim();
    return manager.getRepository(TrainingSession).save(session);
  });
}
