import { actingPartnership, DataCategory, hasDetailAccess, LocalDate, Sensitive, suppress } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Agency } from "../entities/index.js";
import { publishedLevels, TRAINING_FIGURES_CATEGORY } from "./statistics-resolver.js";
import { LevelCount } from "../types/outputs.js";

/** An agency's own figures are its own records: exact for its staff; PERSONNEL gives the same to others. */
const detailAccess = (agency: Agency, ctx: TrainingContext) =>
  agency.id === ctx.caller.agencyId || hasDetailAccess(ctx.caller, TRAINING_FIGURES_CATEGORY);

/**
 * An agency's training figures in the partnership the request acts in (an agency in several
 * partnerships has separate figures in each); its own staff see them without an agreement.
 */
@Resolver(() => Agency)
export class AgencyTrainingResolver {
  @FieldResolver(() => [LevelCount], {
    nullable: true,
    description:
      "The agency's people who completed a course of each level in the period, in the partnership the request acts in. Exact for the agency's own staff and callers granted PERSONNEL; for others through the suppression routine (from 1 to 4 withheld and folded into one row naming no level, others rounded to a multiple of 5).",
  })
  @Sensitive(DataCategory.STATISTICS)
  async peopleTrainedByLevel(
    @Root() agency: Agency,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period." }) to: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<LevelCount[]> {
    const partnershipId = actingPartnership(ctx.caller).id;
    const rows = await ctx.statistics.peopleTrainedByAgency({ partnershipId, from, to }, agency.id);
    return publishedLevels(rows, detailAccess(agency, ctx));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The agency's people holding a valid Level 3 first responder certificate of the partnership the request acts in on the day given. Exact for the agency's own staff and callers granted PERSONNEL; for others null when from 1 to 4, else rounded to a multiple of 5.",
  })
  @Sensitive(DataCategory.STATISTICS)
  async qualifiedFirstResponders(
    @Root() agency: Agency,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "The day; today when empty." }) asOf: string | null,
    @Ctx() ctx: TrainingContext,
  ): Promise<number | null> {
    const count = await ctx.statistics.qualifiedFirstResponders(
      actingPartnership(ctx.caller).id,
      asOf ?? ctx.clock.today(),
      agency.id,
    );
    return suppress(count, detailAccess(agency, ctx)).count;
  }
}
