import { DataCategory, Public, Sensitive } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from "typeorm";
import { Agency } from "./agency.js";

@ObjectType({
  description:
    "A member of a partner agency's staff, from the directory. Their contact details cross agencies only under an agreement of a partnership both agencies belong to.",
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "email")')
@Entity({ name: "person" })
export class Person {
  @Field(() => ID, { description: "Stable identifier of the person." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Full name." })
  @Public()
  @Column("text")
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Work email address, unique in the directory (stored in lower case). Visible to the person's own agency, and to other agencies holding PERSONNEL under an agreement of the partnership the request acts in when the person's agency is a member of it too.",
  })
  @Sensitive(DataCategory.PERSONNEL, { detail: true })
  @Column("text", { unique: true })
  email: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Job title, e.g. 'Modern Slavery Co-ordinator'. Visible to the person's own agency, and to other agencies holding PERSONNEL under an agreement of the partnership the request acts in when the person's agency is a member of it too.",
  })
  @Sensitive(DataCategory.PERSONNEL, { detail: true })
  @Column("text", { name: "job_title", nullable: true })
  jobTitle: string | null;

  @Index()
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  @Field(() => Date, { description: "When the person was added to the directory." })
  @Public()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
