import { actingNetwork, Public, suppress } from "@partnership/runtime";
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import { Network } from "../entities/index.js";
import { networkProcurementCounts } from "../services/statistics-service.js";

@ObjectType({
  description: "A count of a network's, withheld when it is from 1 to 4 (no one sees a network's records).",
})
@Public()
export class NetworkFigure {
  @Field(() => Int, { nullable: true, description: "The figure; null when suppressed." })
  count: number | null;

  @Field(() => Boolean, { description: "True when the figure was from 1 to 4 and is withheld." })
  suppressed: boolean;
}

@ObjectType({
  description: "A network's procurement figures today: sums across its partnerships, small counts withheld.",
})
@Public()
export class NetworkProcurementStatistics {
  @Field(() => NetworkFigure, { description: "The partnerships' contracts." })
  contracts: NetworkFigure;

  @Field(() => NetworkFigure, { description: "Their contracts without a modern slavery clause." })
  contractsWithoutClause: NetworkFigure;

  @Field(() => NetworkFigure, { description: "Their audits' corrective actions past their due date and not done." })
  overdueCorrectiveActions: NetworkFigure;
}

/** A network's aggregate procurement figures, for users of its member partnerships only. */
@Resolver(() => Network)
export class NetworkProcurementResolver {
  @FieldResolver(() => NetworkProcurementStatistics, {
    nullable: true,
    description:
      "The procurement figures across the network's partnerships today: aggregates only, counts from 1 to 4 withheld. FORBIDDEN unless the request acts in one of its partnerships.",
  })
  async procurementStatistics(
    @Root() network: Network,
    @Ctx() ctx: ProcurementContext,
  ): Promise<NetworkProcurementStatistics> {
    const { partnershipIds } = actingNetwork(ctx.caller, network.id);
    const counts = await networkProcurementCounts(ctx.dataSource, partnershipIds, ctx.clock.today());
    return {
      contracts: suppress(counts.contracts, false),
      contractsWithoutClause: suppress(counts.withoutClause, false),
      overdueCorrectiveActions: suppress(counts.overdueCorrectiveActions, false),
    };
  }
}
