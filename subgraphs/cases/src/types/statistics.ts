import { LocalDate, Public } from "@partnership/runtime";
import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "One partnership's figures for a period and an area, counted in the database. Each needs STATISTICS. Callers whose agreements grant the category of what is counted (shown beside each figure) see exact counts; for everyone else every count goes through the platform's suppression routine: counts from 1 to 4 are withheld, every other count is rounded to a multiple of 5, and a breakdown's withheld rows are folded into one row keyed SUPPRESSED, so no figure or difference of figures reveals a small count or names its key.",
})
export class CaseStatistics {
  /** The partnership counted: the one the request acts in. */
  partnershipId: string;

  @Field(() => LocalDate, { description: "First day of the period." })
  @Public()
  from: string;

  @Field(() => LocalDate, { description: "Last day of the period." })
  @Public()
  to: string;

  /** The area the figures are limited to (a town's wards included), if any; see the `area` field. */
  areaId: string | null;

  @Field(() => String, { nullable: true, description: "The ward the figures are limited to, if any." })
  @Public()
  ward: string | null;
}
