import { actingPartnership, DataCategory, LocalDate, Sensitive } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Agency } from "../entities/index.js";
import { LevelCount } from "./types.js";

/**
 * An agency's training figures in the partnership the request acts in (an agency in several
 * partnerships has separate figures in each); its own staff see them without an agreement.
 */
@Resolver(() => Agency)
export class AgencyTrainingResolver {
  @FieldResolver(() => [LevelCount], {
    nullable: true,
    description:
      "The agency's people who completed a course of each level in the period, in the partnership the request acts in.",
  })
  @Sensitive(DataCategory.STATISTICS)
  async peopleTrainedByLevel(
    @Root() agency: Agency,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period." }) to: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<LevelCount[]> {
    const partnershipId = actingPartnership(ctx.caller).id;
    return (await ctx.statistics.peopleTrainedByAgency({ partnershipId, from, to }, agency.id)).map(
      ({ level, count }) => ({
        level,
        count,
      }),
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The agency's people holding a valid Level 3 first responder certificate of the partnership the request acts in on the day given.",
  })
  @Sensitive(DataCategory.STATISTICS)
  qualifiedFirstResponders(
    @Root() agency: Agency,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "The day; today when empty." }) asOf: string | null,
    @Ctx() ctx: TrainingContext,
  ): Promise<number> {
    return ctx.statistics.qualifiedFirstResponders(
      actingPartnership(ctx.caller).id,
      asOf ?? ctx.clock.today(),
      agency.id,
    );
  }
}
