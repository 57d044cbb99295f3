import { Public } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { AgencySector } from "./enums.js";

@ObjectType({
  description:
    "An organisation taking part in the partnership: a police force, a council service, an NGO, a regulator.",
})
@Directive('@key(fields: "id")')
@Public()
@Entity({ name: "agency" })
export class Agency {
  @Field(() => ID, { description: "Stable identifier of the agency." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Full name, e.g. 'West Midlands Police'." })
  @Column("text")
  name: string;

  @Field(() => String, { description: "Short name used on screens and in tokens, e.g. 'WMP'. Unique." })
  @Column("text", { name: "short_name", unique: true })
  shortName: string;

  @Field(() => AgencySector, { description: "The kind of organisation." })
  @Column("text")
  sector: AgencySector;

  @Field(() => Boolean, {
    description:
      "Whether the agency is a first responder organisation, able to refer people to the National Referral Mechanism.",
  })
  @Column("boolean", { name: "first_responder", default: false })
  firstResponder: boolean;

  @Field(() => Date, { description: "When the agency was added to the directory." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
