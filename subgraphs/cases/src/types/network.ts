import { LocalDate, Public } from "@partnership/runtime";
import { Field, ObjectType } from "type-graphql";
import { CountByKey, Figure } from "./outputs.js";

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
