import {
  actingNetwork,
  badUserInput,
  LocalDate,
  Public,
  SUPPRESSED_KEY,
  suppress,
  suppressBreakdown,
} from "@partnership/runtime";
import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { Network } from "../entities/index.js";
import { networkCaseCounts } from "../services/network-statistics.js";
import { CountByKey, Figure } from "./types.js";

@ObjectType({
  description:
    "A network's casework figures for a period: sums across its partnerships through the suppression routine (no one sees a network's records): from 1 to 4 withheld, others rounded to a multiple of 5, withheld rows folded into one keyed SUPPRESSED.",
})
@Public()
export class NetworkCaseStatistics {
  @Field(() => LocalDate, { description: "First day of the period." })
  from: string;

  @Field(() => LocalDate, { description: "Last day of the period." })
  to: string;

  @Field(() => Figure, { description: "Concerns received." })
  concerns: Figure;

  @Field(() => Figure, { description: "People screened." })
  peopleScreened: Figure;

  @Field(() => Figure, { description: "Multi-agency disruption visits." })
  visits: Figure;

  @Field(() => Figure, { description: "Interventions by partner agencies." })
  interventions: Figure;

  @Field(() => Figure, { description: "NRM referrals made." })
  nrmReferrals: Figure;

  @Field(() => [CountByKey], { description: "Concerns by exploitation type (a concern may have several)." })
  concernsByExploitationType: CountByKey[];
}

/** A network's aggregate casework figures, for users of its member partnerships only. */
@Resolver(() => Network)
export class NetworkCasesResolver {
  @FieldResolver(() => NetworkCaseStatistics, {
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
    const counts = await networkCaseCounts(ctx.dataSource, partnershipIds, from, to);
    const figure = (count: number) => suppress(count, false);
    return {
      from,
      to,
      concerns: figure(counts.concerns),
      peopleScreened: figure(counts.peopleScreened),
      visits: figure(counts.visits),
      interventions: figure(counts.interventions),
      nrmReferrals: figure(counts.nrmReferrals),
      concernsByExploitationType: suppressBreakdown(counts.concernsByExploitationType, false).map(
        ({ key, ...count }) => ({ key: key ?? SUPPRESSED_KEY, ...count }),
      ),
    };
  }
}
