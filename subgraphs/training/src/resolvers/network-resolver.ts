import { actingNetwork, badUserInput, LocalDate, Public, suppress, suppressBreakdown } from "@partnership/runtime";
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { CourseLevel, Network } from "../entities/index.js";
import { networkTrainingCounts } from "../services/training-statistics-service.js";

@ObjectType({
  description:
    "A count of a network's through the suppression routine (no one sees a network's records): withheld from 1 to 4, otherwise rounded to a multiple of 5.",
})
@Public()
export class NetworkLevelCount {
  @Field(() => CourseLevel, { nullable: true, description: "The course level; empty for the row of withheld levels." })
  level: CourseLevel | null;

  @Field(() => Int, { nullable: true, description: "How many; null when withheld." })
  count: number | null;

  @Field(() => Boolean, {
    description: "True for the row that stands for every withheld count (from 1 to 4); it names no level.",
  })
  suppressed: boolean;
}

@ObjectType({
  description: "A network's training figures for a period: sums across its partnerships, small counts withheld.",
})
@Public()
export class NetworkTrainingStatistics {
  @Field(() => LocalDate, { description: "First day of the period." })
  from: string;

  @Field(() => LocalDate, { description: "Last day of the period." })
  to: string;

  @Field(() => [NetworkLevelCount], {
    description: "People who completed a course of each level (once per partnership).",
  })
  peopleTrainedByLevel: NetworkLevelCount[];

  @Field(() => [NetworkLevelCount], { description: "Sessions delivered, by level." })
  sessionsDelivered: NetworkLevelCount[];

  @Field(() => Int, {
    nullable: true,
    description: "First responders qualified on the period's last day; null when suppressed.",
  })
  qualifiedFirstResponders: number | null;

  @Field(() => Boolean, { description: "True when the number of qualified first responders is withheld." })
  qualifiedFirstRespondersSuppressed: boolean;
}

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
    const counts = await networkTrainingCounts(ctx.dataSource, partnershipIds, from, to);
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
