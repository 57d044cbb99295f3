import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { NrmDecision } from "./enums.js";

/** A referral into the National Referral Mechanism by a first responder organisation. */
@ObjectType({
  description:
    "A referral of a potential victim into the National Referral Mechanism (NRM) by a first responder organisation, and the decisions on it. SAFEGUARDING detail.",
})
@Entity({ name: "nrm_referral" })
@Index("nrm_referral_referred_on_idx", ["referredOn"])
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

  @Field(() => Boolean, {
    nullable: true,
    description: "For an adult: that they consented to the referral (always true). Empty for a minor, who needs none.",
  })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("boolean", { name: "consent_given", nullable: true })
  consentGiven: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the person was a minor (or of unknown age) when referred.",
  })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("boolean")
  minor: boolean;

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
