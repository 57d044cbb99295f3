import { isUuid, PageArgs, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Agency, Course, CourseLevel } from "../entities/index.js";
import { CreateCourseInput } from "../inputs/training-inputs.js";
import { CourseConnection } from "../types/outputs.js";

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
    return ctx.courses.list(level, page);
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
  createCourse(
    @Arg("input", () => CreateCourseInput, { description: "The course." }) input: CreateCourseInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.courses.create(input, ctx.caller);
  }
}
