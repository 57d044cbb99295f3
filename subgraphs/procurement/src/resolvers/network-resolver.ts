import { suppress } from "@partnership/runtime";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import { Network } from "../entities/index.js";
import { NetworkProcurementStatistics } from "../types/outputs.js";

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
    const counts = await ctx.statistics.ofNetwork(network.id, ctx.caller);
    return {
      contracts: suppress(counts.contracts, false),
      contractsWithoutClause: suppress(counts.withoutClause, false),
      overdueCorrectiveActions: suppress(counts.overdueCorrectiveActions, false),
    };
  }
}
