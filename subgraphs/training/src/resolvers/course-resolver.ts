import { Connection, PageArgs, paginate } from "@partnership/runtime";
import { Args, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Course } from "../entities/index.js";

@ObjectType({ description: "A page of courses." })
export class CourseConnection extends Connection(Course) {}

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => CourseConnection, { description: "Courses, by title." })
  courses(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: TrainingContext) {
    return paginate(ctx.dataSource.getRepository(Course).createQueryBuilder("course"), "title", page);
  }
}
