import { addDays } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Completion, Course, CourseLevel } from "../entities/index.js";

/** One partnership's completed certificates whose last valid day falls from `from` to `withinDays` later. */
export function refreshListQuery(dataSource: DataSource, partnershipId: string, from: string, withinDays: number) {
  return dataSource
    .getRepository(Completion)
    .createQueryBuilder("c")
    .where("c.partnershipId = :partnershipId AND c.status = 'COMPLETED' AND c.expiresOn BETWEEN :from AND :until", {
      partnershipId,
      from,
      until: addDays(from, withinDays),
    });
}

/**
 * Each person's latest Level 3 first responder certificate in one partnership, completed by
 * `today` and valid on it or expired within `expiredWithinDays` before it.
 */
export function firstRespondersQuery(
  dataSource: DataSource,
  partnershipId: string,
  today: string,
  expiredWithinDays: number,
) {
  return (
    dataSource
      .getRepository(Completion)
      .createQueryBuilder("c")
      .innerJoin(Course, "co", "co.id = c.courseId AND co.level = :level", {
        level: CourseLevel.LEVEL_3_FIRST_RESPONDER,
      })
      .where("c.partnershipId = :partnershipId AND c.status = 'COMPLETED' AND c.completedOn <= :today", {
        partnershipId,
        today,
      })
      .andWhere("c.expiresOn >= :since", { since: addDays(today, -expiredWithinDays) })
      // Only the person's latest certificate: a refreshed qualification replaces the one before.
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM completion later JOIN course lco ON lco.id = later.course_id
           WHERE later.partnership_id = c.partnership_id AND later.delegate_id = c.delegate_id
             AND later.status = 'COMPLETED' AND lco.level = :level AND later.completed_on <= :today
             AND (later.expires_on IS NULL OR later.expires_on > c.expires_on
                  OR (later.expires_on = c.expires_on AND later.id > c.id)))`,
      )
  );
}
