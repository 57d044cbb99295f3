import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Rag, Theme } from "./enums.js";

@ObjectType({ description: "A partnership's action plan: objectives under the four Ps, with actions." })
@Public()
@Entity({ name: "action_plan" })
export class ActionPlan {
  @Field(() => ID, { description: "Stable identifier of the plan." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => String, { description: "Title, e.g. 'Modern Slavery Action Plan 2023–2026'." })
  @Column("text")
  title: string;

  @Field(() => LocalDate, { description: "First day the plan covers." })
  @Column("date", { name: "starts_on" })
  startsOn: string;

  @Field(() => LocalDate, { description: "Last day the plan covers." })
  @Column("date", { name: "ends_on" })
  endsOn: string;
}

@ObjectType({ description: "One objective of an action plan, under one of the four Ps." })
@Public()
@Entity({ name: "plan_objective" })
export class PlanObjective {
  @Field(() => ID, { description: "Stable identifier of the objective." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "plan_id" })
  planId: string;

  @Field(() => Int, { description: "Its number in the plan (1, 2, …)." })
  @Column("int")
  number: number;

  @Field(() => Theme, { description: "Which of the four Ps it serves." })
  @Column("text")
  theme: Theme;

  @Field(() => String, { description: "What it aims at." })
  @Column("text")
  title: string;
}

@ObjectType({ description: "An action of an objective: who leads it, when it is due, how it is going." })
@Public()
@Entity({ name: "plan_action" })
export class PlanAction {
  @Field(() => ID, { description: "Stable identifier of the action." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "objective_id" })
  objectiveId: string;

  @Index()
  @Column("uuid", { name: "plan_id" })
  planId: string;

  @Field(() => String, { description: "What is to be done." })
  @Column("text")
  title: string;

  @Field(() => LocalDate, { description: "When it is to be delivered; within the plan's period." })
  @Column("date", { name: "delivery_date" })
  deliveryDate: string;

  /** Agencies of the directory; checked when the action is added (an array cannot carry a foreign key). */
  @Column("uuid", { name: "lead_agency_ids", array: true })
  leadAgencyIds: string[];

  /** People of the directory; checked when the action is added. */
  @Column("uuid", { name: "lead_officer_ids", array: true })
  leadOfficerIds: string[];

  @Field(() => LocalDate, {
    description:
      "The day it was added to the plan (by the platform's clock); progress cannot be reported for an earlier day.",
  })
  @Column("date", { name: "added_on" })
  addedOn: string;

  @Field(() => Date, { description: "When the action was recorded (the server's time of the write)." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@ObjectType({ description: "A dated progress update on an action, setting its RAG status." })
@Public()
@Entity({ name: "action_update" })
export class ActionUpdate {
  @Field(() => ID, { description: "Stable identifier of the update." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "action_id" })
  actionId: string;

  @Field(() => LocalDate, { description: "The day the progress was reported." })
  @Column("date", { name: "reported_on" })
  reportedOn: string;

  @Field(() => Rag, { description: "The RAG status this update gives the action." })
  @Column("text")
  rag: Rag;

  @Field(() => String, { description: "What happened, in the lead officer's words." })
  @Column("text")
  note: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the action was marked complete with milestones not reached; null on other updates and when every milestone was reached.",
  })
  @Column("text", { name: "completion_reason", nullable: true })
  completionReason: string | null;

  @Field(() => String, { description: "Who recorded it (their identity provider's user id)." })
  @Column("text", { name: "reported_by" })
  reportedBy: string;

  /** The directory person the update is from (usually a lead officer), when given. */
  @Column("uuid", { name: "reporter_id", nullable: true })
  reporterId: string | null;

  /** The agency of whoever recorded it (null for updates recorded before this was kept). */
  @Column("uuid", { name: "reporter_agency_id", nullable: true })
  reporterAgencyId: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@ObjectType({ description: "How many actions have one RAG status." })
@Public()
export class RagCount {
  @Field(() => Rag, { description: "The status." })
  rag: Rag;

  @Field(() => Int, { description: "How many actions." })
  count: number;
}

/** The order a RAG summary lists its colours in: what needs attention first. */
export const RAG_ORDER: readonly Rag[] = [Rag.RED, Rag.AMBER, Rag.GREEN, Rag.COMPLETE, Rag.NOT_STARTED];

/** Counts by colour from `GROUP BY` rows: every colour listed, in RAG_ORDER, zeros included. */
export function ragSummary(rows: ReadonlyArray<{ rag: Rag; count: number }>): RagCount[] {
  return RAG_ORDER.map((rag) => ({
    rag,
    count: rows.filter((row) => row.rag === rag).reduce((sum, row) => sum + row.count, 0),
  }));
}
