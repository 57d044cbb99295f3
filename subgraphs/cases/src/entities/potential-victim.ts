import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { AgeGroup, ExploitationType, Gender, VictimOutcome } from "./enums.js";

/** One person screened for modern slavery. Every field is detail of the concern. */
@ObjectType({
  description:
    "A person screened for modern slavery (a potential victim). Only agencies taking part in the concern see any of it, each field under its own category.",
})
@Entity({ name: "potential_victim" })
@Index("potential_victim_partnership_screened_on_idx", ["partnershipId", "screenedOn"])
export class PotentialVictim {
  @Field(() => ID, { description: "Stable identifier of the person's record." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  /** The concern's partnership, which the database fills from the concern: figures are read by partnership and day. */
  @Column({ type: "uuid", name: "partnership_id", insert: false, update: false })
  partnershipId: string;

  @Index()
  @Column("uuid", { name: "visit_id", nullable: true })
  visitId: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The day the person was screened." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  @Column("date", { name: "screened_on" })
  screenedOn: string;

  @Field(() => AgeGroup, {
    nullable: true,
    description: "Adult, minor, or not known (treated as a minor for consent, counted as age unknown).",
  })
  @Sensitive(DataCategory.VICTIM_DEMOGRAPHICS, { detail: true })
  @Column("text", { name: "age_group" })
  ageGroup: AgeGroup;

  @Field(() => Gender, { nullable: true, description: "Gender as recorded at screening." })
  @Sensitive(DataCategory.VICTIM_DEMOGRAPHICS, { detail: true })
  @Column("text")
  gender: Gender;

  @Field(() => String, {
    nullable: true,
    description: "Nationality as given, e.g. 'Romanian'; empty when not recorded.",
  })
  @Sensitive(DataCategory.VICTIM_DEMOGRAPHICS, { detail: true })
  @Column("text", { nullable: true })
  nationality: string | null;

  @Field(() => ExploitationType, {
    nullable: true,
    description: "The main kind of exploitation the person disclosed or showed (the first of exploitationTypes).",
  })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  @Column("text", { name: "exploitation_type" })
  exploitationType: ExploitationType;

  @Field(() => [ExploitationType], {
    nullable: true,
    description:
      "Every kind of exploitation the person disclosed or showed, each once, the main one (exploitationType) first: one person may show several (labour and criminal).",
  })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  @Column("text", { name: "exploitation_types", array: true })
  exploitationTypes: ExploitationType[];

  @Field(() => String, { nullable: true, description: "The person's name, as they gave it." })
  @Sensitive(DataCategory.VICTIM_IDENTITY, { detail: true })
  @Column("text", { name: "full_name", nullable: true })
  fullName: string | null;

  @Field(() => [String], { nullable: true, description: "Other names the person is known by." })
  @Sensitive(DataCategory.VICTIM_IDENTITY, { detail: true })
  @Column("text", { array: true, default: () => "'{}'" })
  aliases: string[];

  @Field(() => LocalDate, { nullable: true, description: "Date of birth, if known." })
  @Sensitive(DataCategory.VICTIM_IDENTITY, { detail: true })
  @Column("date", { name: "date_of_birth", nullable: true })
  dateOfBirth: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The person's age band when screened, e.g. '18-24', kept when their date of birth is removed (retention or erasure); empty until then, or when no date of birth was known.",
  })
  @Sensitive(DataCategory.VICTIM_DEMOGRAPHICS, { detail: true })
  @Column("text", { name: "age_band", nullable: true })
  ageBand: string | null;

  @Field(() => String, { nullable: true, description: "A safe phone number for the person." })
  @Sensitive(DataCategory.VICTIM_IDENTITY, { detail: true })
  @Column("text", { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "Where the person is living now." })
  @Sensitive(DataCategory.VICTIM_IDENTITY, { detail: true })
  @Column("text", { name: "current_address", nullable: true })
  currentAddress: string | null;

  @Field(() => String, { nullable: true, description: "What support the person needs." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("text", { name: "support_needs", nullable: true })
  supportNeeds: string | null;

  @Field(() => String, { nullable: true, description: "Health needs and disclosures." })
  @Sensitive(DataCategory.HEALTH, { detail: true })
  @Column("text", { name: "health_needs", nullable: true })
  healthNeeds: string | null;

  @Field(() => VictimOutcome, { nullable: true, description: "What happened for the person after screening." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("text")
  outcome: VictimOutcome;

  @Column("uuid", { name: "support_provider_agency_id", nullable: true })
  supportProviderAgencyId: string | null;

  @Field(() => String, { nullable: true, description: "Accommodation arranged, e.g. 'Salvation Army safe house'." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("text", { nullable: true })
  accommodation: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** When the retention run or an erasure last anonymised some of the record; null while it is whole. */
  @Column("timestamptz", { name: "anonymised_at", nullable: true })
  anonymisedAt: Date | null;

  /** The categories already anonymised (services/anonymisation.ts): a later run leaves them alone. */
  @Column("text", { name: "anonymised_categories", array: true, default: () => "'{}'" })
  anonymisedCategories: string[];
}

/** A person whose age is not known is treated as a minor until it is (statutory guidance). */
export function isAdult(ageGroup: AgeGroup): boolean {
  return ageGroup === AgeGroup.ADULT;
}

/** The distinct kinds a person showed, the main one first: what `exploitation_types` holds. */
export function exploitationTypesOf(
  main: ExploitationType,
  additional: readonly ExploitationType[] | null | undefined,
): ExploitationType[] {
  return [...new Set([main, ...(additional ?? [])])];
}
