import { badUserInput, type Caller, forbidden, type PageArgs, paginate } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Course, type CourseLevel } from "../entities/index.js";
import type { CreateCourseInput } from "../inputs/training-inputs.js";
import { coursesQuery } from "../queries/course-queries.js";

/** The courses on offer, and who may add one. */
export class CourseService {
  constructor(private readonly dataSource: DataSource) {}

  list(level: CourseLevel | null, page: PageArgs) {
    return paginate(coursesQuery(this.dataSource, level), "title", page);
  }

  async create(input: CreateCourseInput, caller: Caller): Promise<Course> {
    // A course is offered in its provider's name: an agency offers only its own.
    if (input.providerAgencyId !== caller.agencyId)
      throw forbidden(
        "input.providerAgencyId: you add courses only for your own agency to provide",
        "input.providerAgencyId",
      );
    const repository = this.dataSource.getRepository(Course);
    if (await repository.existsBy({ title: input.title }))
      throw badUserInput("input.title", `a course is already called ${input.title}`);
    return repository.save(repository.create({ ...input, validityMonths: input.validityMonths ?? null }));
  }
}
