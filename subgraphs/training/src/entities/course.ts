import { Public } from "@partnership/runtime";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CourseFormat, CourseLevel } from "./enums.js";

@ObjectType({ description: "A modern slavery training course offered to partner agencies." })
@Directive('@key(fields: "id")')
@Public()
@Entity({ name: "course" })
export class Course {
  @Field(() => ID, { description: "Stable identifier of the course." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Title, e.g. 'First Responder Training'." })
  @Column("text", { unique: true })
  title: string;

  @Field(() => CourseLevel, { description: "The training level the course gives." })
  @Column("text")
  level: CourseLevel;

  @Field(() => CourseFormat, { description: "How it is delivered." })
  @Column("text")
  format: CourseFormat;

  @Column("uuid", { name: "provider_agency_id" })
  providerAgencyId: string;

  @Field(() => Int, { description: "Length in minutes." })
  @Column("integer", { name: "duration_minutes" })
  durationMinutes: number;

  @Field(() => Int, {
    nullable: true,
    description: "How many months a certificate stays valid (when a refresh is due); null when it does not expire.",
  })
  @Column("integer", { name: "validity_months", nullable: true })
  validityMonths: number | null;

  @Field(() => String, { description: "Who the course is for." })
  @Column("text")
  audience: string;
}
