import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * Someone who has been trained. Not a GraphQL type of its own: delegates appear as the directory's
 * `Person` (by email) and on completions, where their details are PERSONNEL.
 */
@Entity({ name: "delegate" })
export class Delegate {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  /** Lower case; matches the directory's Person.email. */
  @Column("text", { unique: true })
  email: string;

  @Index()
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Column("text", { name: "job_title", nullable: true })
  jobTitle: string | null;
}
