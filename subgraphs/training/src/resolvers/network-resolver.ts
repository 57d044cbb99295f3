import { actingNetwork, badUserInput, LocalDate, suppress, suppressBreakdown } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { CourseLevel, Network } from "../entities/index.js";
import { NetworkTrainingStatistics } from "../types/network.js";

/** A network's aggregate training figures, for users of its member partnerships only. */
@Resolver(() => Network)
export class NetworkTrainingResolver {
  @FieldResolver(() => NetworkTrainingStatistics, {
    nullable: true,
    description:
      "The training figures across the network's partnerships for a period: aggregates only, through the suppression routine (from 1 to 4 withheld, others rounded to a multiple of 5). FORBIDDEN unless the request acts in one of its partnerships.",
  })
  async trainingStatistics(
    @Root() network: Network,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<NetworkTrainingStatistics> {
    const { partnershipIds } = actingNetwork(ctx.caller, network.id);
    if (to < from) throw badUserInput("to", `must not be before from (${from})`);
    const counts = await ctx.statistics.network(partnershipIds, from, to);
    const levels = (list: Array<{ level: CourseLevel; count: number }>) =>
      suppressBreakdown(
        list.map(({ level, count }) => ({ key: level, count })),
        false,
        { order: "given" },
      ).map(({ key, ...count }) => ({ level: key, ...count }));
    const qualified = suppress(counts.qualifiedFirstResponders, false);
    return {
      from,
      to,
      peopleTrainedByLevel: levels(counts.peopleTrainedByLevel),
      sessionsDelivered: levels(counts.sessionsDelivered),
      qualifiedFirstResponders: qualified.count,
      qualifiedFirstRespondersSuppressed: qualified.suppressed,
    };
  }
}
