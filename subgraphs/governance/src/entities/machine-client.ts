import { Public, Role } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * The roles a machine client may be given: the operational ones. Administering the partnership,
 * answering data subjects and the platform's own roles stay with people (and the gateway).
 */
export const MACHINE_CLIENT_ROLES: readonly Role[] = [
  Role.COORDINATOR,
  Role.CASEWORKER,
  Role.TRAINING_ADMIN,
  Role.PROCUREMENT_OFFICER,
  Role.AUDITOR,
  Role.READ_ONLY,
];

@ObjectType({
  description:
    "A partner agency's system registered to use the API: it signs in with a client-credentials access token (RFC 9068: `client_id`, and `sub` the client itself) from its agency's identity provider, and acts for that agency, in this partnership only, with the roles registered here. Its reads are audited under `client:<clientId>`. Read and written by partnership administrators.",
})
@Public()
@Entity({ name: "machine_client" })
@Index("machine_client_partnership_idx", ["partnershipId", "name"])
export class MachineClient {
  @Field(() => ID, { description: "Stable identifier of the registration." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => String, {
    description: "The identity provider that issues its tokens: their `iss`, a trusted issuer of the platform.",
  })
  @Column("text")
  issuer: string;

  @Field(() => String, { description: "Its client id at that provider: its tokens' `client_id` (and `sub`)." })
  @Column("text", { name: "client_id" })
  clientId: string;

  @Field(() => String, { description: "What the system is, e.g. 'WMP records system'." })
  @Column("text")
  name: string;

  @Field(() => [Role], { description: "The roles it acts with: operational roles only." })
  @Column("text", { array: true })
  roles: Role[];

  @Field(() => String, { description: "The administrator who registered it (their sign-in identity)." })
  @Column("text", { name: "registered_by_user_id" })
  registeredBy: string;

  @Column("uuid", { name: "registered_by_agency_id" })
  registeredByAgencyId: string;

  @Field(() => Date, { description: "When it was registered." })
  @Column("timestamptz", { name: "registered_at" })
  registeredAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When it was revoked: from then on its tokens are refused. Null while active.",
  })
  @Column("timestamptz", { name: "revoked_at", nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The administrator who revoked it; null while active." })
  @Column("text", { name: "revoked_by_user_id", nullable: true })
  revokedBy: string | null;
}
