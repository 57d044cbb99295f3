import type { DataSource } from "typeorm";
import { TrainingSession } from "../entities/index.js";
import type { SessionFilter } from "../inputs/training-inputs.js";

/** One partnership's sessions, narrowed by the filter; the caller pages them. */
export function sessionsQuery(dataSource: DataSource, partnershipId: string, filter: SessionFilter | null) {
  const query = dataSource
    .getRepository(TrainingSession)
    .createQueryBuilder("s")
    .where("s.partnershipId = :partnershipId", { partnershipId });
  const f = filter ?? {};
  if (f.courseId) query.andWhere("s.courseId = :courseId", { courseId: f.courseId });
  if (f.status) query.andWhere("s.status = :status", { status: f.status });
  if (f.from) query.andWhere("s.startsAt >= :from", { from: f.from });
  if (f.to) query.andWhere("s.startsAt < (:to::date + 1)", { to: f.to });
  return query;
}
