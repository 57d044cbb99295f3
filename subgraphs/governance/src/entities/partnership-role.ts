import { LocalDate, Public, Role } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({
  description:
    "A role held in a partnership by an agency's users: every user of the agency, or one named by their sign-in identity.",
})
@Public()
@Entity({ name: "partnership_role" })
export class PartnershipRole {
  @Field(() => ID, { description: "Stable identifier of the role holding." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Null only for PLATFORM_ADMIN, which is held on the platform, not in a partnership. */
  @Column("uuid", { name: "partnership_id", nullable: true })
  partnershipId: string | null;

  @Field(() => ID, { description: "The agency whose user (or users) holds the role." })
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The user's sign-in identity at their agency's identity provider (the token's subject); null when every user of the agency holds the role.",
  })
  @Column("text", { name: "user_id", nullable: true })
  userId: string | null;

  @Field(() => Role, { description: "The role held." })
  @Column("text")
  role: Role;

  @Field(() => LocalDate, { description: "The day it was given." })
  @Column("date", { name: "granted_on" })
  grantedOn: string;
}
