import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A suspected offender. */
@ObjectType({ description: "A suspected offender in a concern. OFFENDER_IDENTITY detail." })
@Entity({ name: "offender" })
export class Offender {
  @Field(() => ID, { description: "Stable identifier of the offender's record." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  @Field(() => String, { nullable: true, description: "The suspect's name; empty once anonymised." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("text", { name: "full_name", nullable: true })
  fullName: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date of birth, if known." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("date", { name: "date_of_birth", nullable: true })
  dateOfBirth: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Their part in the exploitation, e.g. 'gangmaster', 'landlord'.",
  })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("text", { nullable: true })
  role: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The day they were arrested, if they were." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("date", { name: "arrested_on", nullable: true })
  arrestedOn: string | null;

  @Field(() => String, { nullable: true, description: "What they were charged with, if they were." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("text", { nullable: true })
  charge: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** When the retention run or an erasure last anonymised some of the record; null while it is whole. */
  @Column("timestamptz", { name: "anonymised_at", nullable: true })
  anonymisedAt: Date | null;

  /** The categories already anonymised (services/anonymisation.ts): a later run leaves them alone. */
  @Column("text", { name: "anonymised_categories", array: true, default: () => "'{}'" })
  anonymisedCategories: string[];
}
