import { badUserInput, forbidden, isUuid, PageArgs, paginate, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Agency, Course, CourseLevel } from "../entities/index.js";
import { CreateCourseInput } from "../inputs/training-inputs.js";
import { CourseConnection } from "./types.js";

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => Course, { nullable: true, description: "One course, or null when there is none with this id." })
  course(@Arg("id", () => ID, { description: "The course's id." }) id: string, @Ctx() ctx: TrainingContext) {
    return isUuid(id) ? ctx.loaders.course.load(id) : null;
  }

  @Query(() => CourseConnection, { description: "The courses on offer, by title." })
  courses(
    @Arg("level", () => CourseLevel, { nullable: true, description: "Only courses of this level." })
    level: CourseLevel | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TrainingContext,
  ) {
    const query = ctx.dataSource.getRepository(Course).createQueryBuilder("course");
    if (level) query.andWhere("course.level = :level", { level });
    return paginate(query, "title", page);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The agency that provides the course; empty when the directory no longer resolves it.",
  })
  @Public()
  provider(@Root() course: Course): Agency {
    return { id: course.providerAgencyId };
  }

  @Mutation(() => Course, {
    description:
      "Adds a course provided by the caller's own agency (FORBIDDEN naming input.providerAgencyId otherwise). Training administrators only.",
  })
  @Roles(Role.TRAINING_ADMIN)
  async createCourse(
    @Arg("input", () => CreateCourseInput, { description: "The course." }) input: CreateCourseInput,
    @Ctx() ctx: TrainingContext,
  ) {
    // A course is offered in its provider's name: an agency offers only its own.
    if (input.providerAgencyId !== ctx.caller.agencyId)
      throw forbidden(
        "input.providerAgencyId: you add courses only for your own agency to provide",
        "input.providerAgencyId",
      );
    const repository = ctx.dataSource.getRepository(Course);
    if (await repository.existsBy({ title: input.title }))
      throw badUserInput("input.title", `a course is already called ${input.title}`);
    return repository.save(repository.create({ ...input, validityMonths: input.validityMonths ?? null }));
  }
}
