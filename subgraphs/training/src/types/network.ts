import { LocalDate, Public } from "@partnership/runtime";
import { Field, Int, ObjectType } from "type-graphql";
import { CourseLevel } from "../entities/index.js";

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
