import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  isUuid,
  type PageArgs,
  paginate,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Course, SessionStatus, TrainingSession } from "../entities/index.js";
import type { CancelSessionInput, ScheduleSessionInput, SessionFilter } from "../inputs/training-inputs.js";
import { sessionsQuery } from "../queries/session-queries.js";
import { cancelSession } from "./session-cancellation.js";

/** A partnership's training sessions: another partnership's session is as unknown as one that does not exist. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  find(id: string, caller: Caller): Promise<TrainingSession | null> | null {
    const partnershipId = actingPartnership(caller).id;
    return isUuid(id) ? this.dataSource.getRepository(TrainingSession).findOneBy({ id, partnershipId }) : null;
  }

  list(filter: SessionFilter | null, page: PageArgs, caller: Caller) {
    return paginate(sessionsQuery(this.dataSource, actingPartnership(caller).id, filter), "startsAt", page, "DESC");
  }

  async schedule(input: ScheduleSessionInput, caller: Caller): Promise<TrainingSession> {
    const partnershipId = actingPartnership(caller).id;
    if (!(await this.dataSource.getRepository(Course).existsBy({ id: input.courseId }))) {
      throw badUserInput("input.courseId", `no course has the id ${input.courseId}`);
    }
    const repository = this.dataSource.getRepository(TrainingSession);
    return repository.save(
      repository.create({
        ...input,
        partnershipId,
        venue: input.venue ?? null,
        online: !input.venue,
        status: SessionStatus.SCHEDULED,
        cancelledAt: null,
        cancellationReason: null,
      }),
    );
  }

  cancel(input: CancelSessionInput, caller: Caller): Promise<TrainingSession> {
    return cancelSession(this.dataSource, this.clock, input, caller);
  }
}
