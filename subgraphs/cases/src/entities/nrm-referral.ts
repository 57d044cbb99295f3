import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { AgeGroup, NrmDecision } from "./enums.js";

/** A referral into the National Referral Mechanism by a first responder organisation. */
@ObjectType({
  description:
    "A referral of a potential victim into the National Referral Mechanism (NRM) by a first responder organisation, and the decisions on it. SAFEGUARDING detail.",
})
@Entity({ name: "nrm_referral" })
@Index("nrm_referral_partnership_referred_on_idx", ["partnershipId", "referredOn"])
export class NrmReferral {
  @Field(() => ID, { description: "Stable identifier of the referral." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index({ unique: true })
  @Column("uuid", { name: "victim_id" })
  victimId: string;

  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  /** The concern's partnership, which the database fills from the concern: figures are read by partnership and day. */
  @Column({ type: "uuid", name: "partnership_id", insert: false, update: false })
  partnershipId: string;

  @Field(() => LocalDate, { nullable: true, description: "The day the referral was made." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("date", { name: "referred_on" })
  referredOn: string;

  @Index()
  @Column("uuid", { name: "referring_agency_id" })
  referringAgencyId: string;

  @Index()
  @Column("text", { name: "referrer_email" })
  referrerEmail: string;

  /**
   * The referrer's id in the directory (governance's Person), checked when the referral was made;
   * empty for referrals made before the check existed.
   */
  @Column("uuid", { name: "referrer_person_id", nullable: true })
  referrerPersonId: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "For an adult: that they consented to the referral (always true). Empty for a minor, who needs none.",
  })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("boolean", { name: "consent_given", nullable: true })
  consentGiven: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the person was treated as a minor when referred: a minor, or a person of unknown age (statutory guidance presumes a child). Figures count by ageGroup instead.",
  })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("boolean")
  minor: boolean;

  @Field(() => AgeGroup, {
    nullable: true,
    description:
      "The person's age group when referred: adult, minor or age unknown, kept apart as the Home Office's NRM statistics keep them.",
  })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("text", { name: "age_group" })
  ageGroup: AgeGroup;

  @Field(() => NrmDecision, { nullable: true, description: "The reasonable grounds decision." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("text", { name: "reasonable_grounds", default: NrmDecision.PENDING })
  reasonableGrounds: NrmDecision;

  @Field(() => LocalDate, { nullable: true, description: "The day of the reasonable grounds decision." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("date", { name: "reasonable_grounds_on", nullable: true })
  reasonableGroundsOn: string | null;

  @Field(() => NrmDecision, { nullable: true, description: "The conclusive grounds decision." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("text", { name: "conclusive_grounds", default: NrmDecision.PENDING })
  conclusiveGrounds: NrmDecision;

  @Field(() => LocalDate, { nullable: true, description: "The day of the conclusive grounds decision." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("date", { name: "conclusive_grounds_on", nullable: true })
  conclusiveGroundsOn: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
