import { Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "Something kept of a person after an erasure request, and the lawful basis that keeps it." })
@Public()
export class KeptUnderBasis {
  @Field(() => String, { description: "What is kept, in words." })
  what: string;

  @Field(() => String, {
    description:
      "The basis that keeps it, e.g. 'Modern Slavery Act 2015 s.49 statutory guidance: NRM referral record' or 'legal hold: PROSECUTION until 2027-06-30 (…)'.",
  })
  basis: string;
}

@ObjectType({
  description:
    "The answer to an erasure request: what was anonymised and what is kept, with the basis for each. Recorded with the request and in the concern's history.",
})
@Public()
export class ErasureResult {
  @Field(() => ID, { description: "The record of the request and its answer." })
  id: string;

  @Field(() => ID, { description: "The person's record (it stays, anonymised)." })
  personId: string;

  @Field(() => [String], {
    description: "The values anonymised, as table.column (e.g. 'potential_victim.full_name'); empty when nothing was.",
  })
  erased: string[];

  @Field(() => [KeptUnderBasis], { description: "What is kept, and why." })
  kept: KeptUnderBasis[];
}
