import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from "typeorm";
import { ConcernSource, ConcernStatus, ExploitationType, ResponseLevel } from "./enums.js";

/**
 * A referral of possible modern slavery and the partnership's work on it. Summary fields are seen by
 * every partner with CASE_SUMMARY; detail only by the agencies taking part (lead, participating, referring).
 */
@ObjectType({
  description:
    "A concern of possible modern slavery and a partnership's work on it; seen only by those acting in that partnership. Summary fields need CASE_SUMMARY; detail fields are seen only by the agencies taking part in the concern (lead, participating or referring).",
})
@Entity({ name: "concern" })
@Index("concern_received_on_idx", ["partnershipId", "receivedOn", "id"])
@Unique("concern_reference_key", ["partnershipId", "reference"])
export class Concern {
  @Field(() => ID, { description: "Stable identifier of the concern." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The partnership the concern belongs to; everything under it is reached through it and so is the partnership's too. */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => String, {
    nullable: true,
    description: "The partnership's reference: its prefix, the year and a number, e.g. 'SHOP-2019-0042'.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("text")
  reference: string;

  @Field(() => LocalDate, { nullable: true, description: "The day the concern came in." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("date", { name: "received_on" })
  receivedOn: string;

  @Field(() => ConcernSource, { nullable: true, description: "Who raised it." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("text")
  source: ConcernSource;

  @Column("uuid", { name: "referring_agency_id", nullable: true })
  referringAgencyId: string | null;

  @Field(() => [ExploitationType], { nullable: true, description: "The kinds of exploitation suspected." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("text", { name: "exploitation_types", array: true })
  exploitationTypes: ExploitationType[];

  @Field(() => ConcernStatus, { nullable: true, description: "Where the concern is in the workflow." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("text")
  status: ConcernStatus;

  @Field(() => ResponseLevel, {
    nullable: true,
    description: "The response decided at screening; empty until it is decided.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("text", { name: "response_level", nullable: true })
  responseLevel: ResponseLevel | null;

  @Index()
  @Column("uuid", { name: "lead_agency_id", nullable: true })
  leadAgencyId: string | null;

  @Column("uuid", { name: "participating_agency_ids", array: true })
  participatingAgencyIds: string[];

  @Index()
  @Column("uuid", { name: "location_id" })
  locationId: string;

  @Field(() => String, {
    nullable: true,
    description: "What is known: the intelligence behind the concern, as the virtual team scoped it.",
  })
  @Sensitive(DataCategory.POLICE_INTELLIGENCE, { detail: true })
  @Column("text", { name: "intelligence_summary", nullable: true })
  intelligenceSummary: string | null;

  @Field(() => String, { nullable: true, description: "The police crime reference, if a crime was recorded." })
  @Sensitive(DataCategory.POLICE_INTELLIGENCE, { detail: true })
  @Column("text", { name: "crime_reference", nullable: true })
  crimeReference: string | null;

  @Field(() => String, { nullable: true, description: "How the concern ended; set when it closes." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  @Column("text", { nullable: true })
  outcome: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The day it closed; empty while it is open." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @Column("date", { name: "closed_on", nullable: true })
  closedOn: string | null;

  @Field(() => Int, {
    description:
      "The concern's version: pass it back with an update. An update carrying an older version is merged with what changed since, and refused with CONFLICT only where someone changed one of the same fields.",
  })
  @Public()
  @Column("int", { default: 1 })
  version: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** When the retention run or an erasure last anonymised some of the record; null while it is whole. */
  @Column("timestamptz", { name: "anonymised_at", nullable: true })
  anonymisedAt: Date | null;

  /** The categories already anonymised (services/anonymisation.ts): a later run leaves them alone. */
  @Column("text", { name: "anonymised_categories", array: true, default: () => "'{}'" })
  anonymisedCategories: string[];

  @Field(() => Date, { nullable: true, description: "When the concern was last changed." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

/** The agencies taking part in a concern: they see its detail. */
export function partiesOf(concern: Pick<Concern, "leadAgencyId" | "referringAgencyId" | "participatingAgencyIds">) {
  return [
    ...new Set(
      [concern.leadAgencyId, concern.referringAgencyId, ...concern.participatingAgencyIds].filter((id): id is string =>
        Boolean(id),
      ),
    ),
  ];
}
