import type { DataSource } from "typeorm";
import { Course, type CourseLevel } from "../entities/index.js";

/** The courses on offer, of one level when given; the caller pages them. */
export function coursesQuery(dataSource: DataSource, level: CourseLevel | null) {
  const query = dataSource.getRepository(Course).createQueryBuilder("course");
  if (level) query.andWhere("course.level = :level", { level });
  return query;
}
