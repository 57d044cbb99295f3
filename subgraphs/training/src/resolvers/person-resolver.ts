import { DataCategory, LocalDate, Sensitive } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Completion, CourseLevel, Person } from "../entities/index.js";
import { certificateHolds } from "../services/certificates.js";

/**
 * Training facts about a directory person, as the partnership the request acts in recorded them (the
 * delegate and completion loaders see only its records): PERSONNEL, like their contact details. The
 * person's own agency is the one of training's delegate row (see the reference resolver), so no
 * field requires the directory's `agency`, which a representation could claim.
 */
@Resolver(() => Person)
export class PersonTrainingResolver {
  @FieldResolver(() => [Completion], {
    nullable: true,
    description: "Every course the person attended or completed in the partnership the request acts in, newest first.",
  })
  @Sensitive(DataCategory.PERSONNEL)
  trainingRecord(@Root() person: Person, @Ctx() ctx: TrainingContext) {
    return person.delegateId ? ctx.loaders.completionsOfDelegate.load(person.delegateId) : [];
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the person holds a Level 3 first responder certificate of the partnership the request acts in, valid on the day given (today when empty).",
  })
  @Sensitive(DataCategory.PERSONNEL)
  async qualifiedFirstResponder(
    @Root() person: Person,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "The day to judge; today when empty." })
    asOf: string | null,
    @Ctx() ctx: TrainingContext,
  ): Promise<boolean> {
    return (await this.firstResponderCertificates(person, ctx)).some((c) =>
      certificateHolds(c.completedOn!, c.expiresOn, asOf ?? ctx.clock.today()),
    );
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description:
      "The last valid day of the person's latest first responder certificate: a refresh is due by then. Null when they have none, or it never expires.",
  })
  @Sensitive(DataCategory.PERSONNEL)
  async firstResponderRefreshDueOn(@Root() person: Person, @Ctx() ctx: TrainingContext): Promise<string | null> {
    const expiries = (await this.firstResponderCertificates(person, ctx)).map((c) => c.expiresOn);
    if (expiries.length === 0 || expiries.includes(null)) return null;
    return (expiries as string[]).sort().at(-1)!;
  }

  private async firstResponderCertificates(person: Person, ctx: TrainingContext): Promise<Completion[]> {
    if (!person.delegateId) return [];
    const completions = (await ctx.loaders.completionsOfDelegate.load(person.delegateId)).filter(
      (c) => c.completedOn !== null,
    );
    const courses = await ctx.loaders.course.loadMany([...new Set(completions.map((c) => c.courseId))]);
    const firstResponderCourses = new Set(
      courses.flatMap((course) =>
        course && !(course instanceof Error) && course.level === CourseLevel.LEVEL_3_FIRST_RESPONDER ? [course.id] : [],
      ),
    );
    return completions.filter((c) => firstResponderCourses.has(c.courseId));
  }
}
