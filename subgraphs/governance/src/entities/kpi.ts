import { Public } from "@partnership/runtime";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({
  description: "The definition of a key performance indicator the partnership monitors, for a plan or one objective.",
})
@Public()
@Entity({ name: "plan_kpi" })
@Index("plan_kpi_plan_idx", ["planId", "objectiveId", "position"])
export class KpiDefinition {
  @Field(() => ID, { description: "Stable identifier of the KPI." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "plan_id" })
  planId: string;

  /** Null for a KPI of the whole plan. */
  @Index("plan_kpi_objective_idx")
  @Column("uuid", { name: "objective_id", nullable: true })
  objectiveId: string | null;

  @Field(() => Int, { description: "Its place among the plan's (or the objective's) KPIs (1, 2, …)." })
  @Column("int")
  position: number;

  @Field(() => String, { description: "What is measured, e.g. 'Professionals trained'." })
  @Column("text")
  name: string;

  @Field(() => String, { nullable: true, description: "How it is measured and reported, when said." })
  @Column("text", { nullable: true })
  description: string | null;

  @Field(() => Float, { nullable: true, description: "The figure aimed at, in `unit`; null for a KPI without one." })
  @Column("numeric", {
    nullable: true,
    transformer: {
      to: (value: number | null | undefined) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  target: number | null;

  @Field(() => String, { nullable: true, description: "What the target counts, e.g. 'professionals a year' or '%'." })
  @Column("text", { nullable: true })
  unit: string | null;
}
