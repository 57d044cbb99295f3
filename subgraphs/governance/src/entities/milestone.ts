import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "A milestone of an action: a step on the way to delivering it, done on a day." })
@Public()
@Entity({ name: "plan_milestone" })
@Index("plan_milestone_position_key", ["actionId", "position"], { unique: true })
export class Milestone {
  @Field(() => ID, { description: "Stable identifier of the milestone." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "action_id" })
  actionId: string;

  @Field(() => Int, { description: "Its place among the action's milestones (1, 2, …)." })
  @Column("int")
  position: number;

  @Field(() => String, {
    description: "What is to be reached, e.g. 'Clear referral pathways for adult and child victims'.",
  })
  @Column("text")
  title: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "When it is due, within the plan's period; null when undated.",
  })
  @Column("date", { name: "due_on", nullable: true })
  dueOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The day it was reached; null while it is still to do." })
  @Column("date", { name: "done_on", nullable: true })
  doneOn: string | null;
}
