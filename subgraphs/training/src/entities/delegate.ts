import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";

/**
 * Someone who has been trained. Not a GraphQL type of its own: delegates appear as the directory's
 * `Person` (by email) and on completions, where their details are PERSONNEL.
 */
@Entity({ name: "delegate" })
@Unique("delegate_partnership_email_key", ["partnershipId", "email"])
export class Delegate {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /**
   * The partnership that recorded the person: the same email in another partnership is another
   * delegate, so one partnership's register never rewrites what another holds about them.
   */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Column("text")
  name: string;

  /** Lower case; matches the directory's Person.email. Unique within the partnership. */
  @Column("text")
  email: string;

  @Index()
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Column("text", { name: "job_title", nullable: true })
  jobTitle: string | null;
}
