import { LocalDate, Public } from "@partnership/runtime";
import { Field, ObjectType } from "type-graphql";
import { ActionPlan, PlanAction, RagCount } from "../entities/index.js";

@ObjectType({
  description: "Where an action plan stands on a day: its actions by RAG status, and the overdue and red ones.",
})
@Public()
export class ActionPlanSummary {
  @Field(() => ActionPlan, { description: "The plan." })
  plan: ActionPlan;

  @Field(() => LocalDate, { description: "The day the summary is of." })
  asOf: string;

  @Field(() => [RagCount], {
    description:
      "Actions on the plan by that day (added on or before it) by RAG status on that day, every status listed (red first).",
  })
  rag: RagCount[];

  @Field(() => [PlanAction], {
    description: "Actions on the plan by that day, past their delivery date and not complete on it.",
  })
  overdue: PlanAction[];

  @Field(() => [PlanAction], { description: "Actions on the plan by that day whose latest update by then is RED." })
  red: PlanAction[];
}
