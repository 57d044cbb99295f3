import {
  actingNetwork,
  badUserInput,
  LocalDate,
  type Period,
  SUPPRESSED_KEY,
  suppressBreakdown,
} from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { Network } from "../entities/index.js";
import type { NetworkCaseCounts } from "../services/network-statistics.js";
import { NetworkCaseStatistics } from "../types/network.js";
import { FigureSource } from "../types/outputs.js";

/** A network's aggregate casework figures, for users of its member partnerships only. */
@Resolver(() => Network)
export class NetworkCasesResolver {
  @FieldResolver(() => NetworkCaseStatistics, {
    nullable: true,
    description:
      "The casework figures across the network's partnerships for a period: aggregates only, through the suppression routine (from 1 to 4 withheld, others rounded to a multiple of 5). FORBIDDEN unless the request acts in one of its partnerships.",
  })
  async caseStatistics(
    @Root() network: Network,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Ctx() ctx: CasesContext,
  ): Promise<NetworkCaseStatistics> {
    const { partnershipIds } = actingNetwork(ctx.caller, network.id);
    if (to < from) throw badUserInput("to", `must not be before from (${from})`);
    // One statement per period counts every figure: the period asked for, and each earlier one a
    // figure is compared with.
    const periods = new Map<string, Promise<NetworkCaseCounts>>();
    const countsOver = ({ from, to }: Period) => {
      const key = `${from}..${to}`;
      if (!periods.has(key)) periods.set(key, ctx.networkStatistics.counts(partnershipIds, from, to));
      return periods.get(key)!;
    };
    const counts = await countsOver({ from, to });
    // No one has detail access to a network's records.
    const figure = (of: (counts: NetworkCaseCounts) => number) =>
      new FigureSource(async (period) => of(await countsOver(period)), false).figure({ from, to });
    return {
      from,
      to,
      concerns: await figure((c) => c.concerns),
      peopleScreened: await figure((c) => c.peopleScreened),
      visits: await figure((c) => c.visits),
      interventions: await figure((c) => c.interventions),
      nrmReferrals: await figure((c) => c.nrmReferrals),
      concernsByExploitationType: suppressBreakdown(counts.concernsByExploitationType, false).map(
        ({ key, ...count }) => ({ key: key ?? SUPPRESSED_KEY, ...count }),
      ),
    };
  }
}
