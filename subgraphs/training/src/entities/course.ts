import { Public } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "A training course." })
@Directive('@key(fields: "id")')
@Public()
@Entity({ name: "course" })
export class Course {
  @Field(() => ID, { description: "Stable identifier of the course." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Title." })
  @Column("text")
  title: string;
}
