import { LocalDate, Role, NotBlank } from "@partnership/runtime";
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MembershipRole } from "../entities/enums.js";

/** A partnership's or network's short name, as the database's check constraint has it. */
const SHORT_NAME = {
  pattern: /^[A-Z][A-Z0-9-]{1,19}$/,
  rule: "2 to 20 capital letters, digits or hyphens, starting with a letter",
};

@InputType({ description: "Who administers a new partnership first: a user of a directory agency." })
export class FirstAdminInput {
  @Field(() => ID, { description: "Their agency, which becomes the partnership's first member." })
  @IsUUID()
  agencyId: string;

  @Field(() => String, {
    description: "Their sign-in identity at their agency's identity provider (the token's subject).",
  })
  @NotBlank()
  @Length(1, 200)
  userId: string;
}

@InputType({ description: "A new partnership on the platform." })
export class CreatePartnershipInput {
  @Field(() => String, { description: "Name, unique on the platform, e.g. 'Tame Valley Anti-Slavery Partnership'." })
  @NotBlank()
  @Length(3, 200)
  name: string;

  @Field(() => String, { description: `Short name: ${SHORT_NAME.rule}.` })
  @NotBlank()
  @Matches(SHORT_NAME.pattern, { message: `must be ${SHORT_NAME.rule}` })
  shortName: string;

  @Field(() => String, { description: "The prefix of its casework references: 2 to 8 capital letters, e.g. 'SHOP'." })
  @NotBlank()
  @Matches(/^[A-Z]{2,8}$/, { message: "must be 2 to 8 capital letters" })
  referencePrefix: string;

  @Field(() => String, { description: "The area it covers, e.g. 'Tame Valley'." })
  @NotBlank()
  @Length(2, 200)
  area: string;

  @Field(() => String, { nullable: true, description: "The regional network it belongs to, if any." })
  @NotBlank()
  @IsOptional()
  @Length(2, 200)
  parentNetwork?: string | null;

  @Field(() => String, { nullable: true, description: "Its terms of reference." })
  @NotBlank()
  @IsOptional()
  @Length(1, 5000)
  termsOfReference?: string | null;

  @Field(() => FirstAdminInput, { description: "Its first administrator." })
  firstAdmin: FirstAdminInput;
}

@InputType({ description: "An agency joining the partnership the request acts in." })
export class AddPartnershipMemberInput {
  @Field(() => ID, { description: "The agency (from the platform's directory)." })
  @IsUUID()
  agencyId: string;

  @Field(() => MembershipRole, { description: "The part it plays." })
  role: MembershipRole;

  @Field(() => LocalDate, { nullable: true, description: "The day it joins; today when empty." })
  since?: string | null;
}

@InputType({ description: "An agency leaving the partnership the request acts in." })
export class EndPartnershipMembershipInput {
  @Field(() => ID, { description: "The member agency." })
  @IsUUID()
  agencyId: string;

  @Field(() => LocalDate, { nullable: true, description: "Its last day as a member; today when empty." })
  until?: string | null;
}

@InputType({ description: "A role given in the partnership the request acts in." })
export class GrantPartnershipRoleInput {
  @Field(() => ID, { description: "The member agency whose user (or users) holds it." })
  @IsUUID()
  agencyId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The user's sign-in identity at their agency's identity provider; empty gives it to every user of the agency.",
  })
  @NotBlank()
  @IsOptional()
  @Length(1, 200)
  userId?: string | null;

  @Field(() => Role, { description: "The role; PLATFORM_ADMIN and SYSTEM are not held in a partnership." })
  role: Role;
}

@InputType({ description: "A new network over existing partnerships." })
export class CreateNetworkInput {
  @Field(() => String, { description: "Name, unique on the platform, e.g. 'West Midlands Anti-Slavery Network'." })
  @NotBlank()
  @Length(3, 200)
  name: string;

  @Field(() => String, { description: `Short name: ${SHORT_NAME.rule}.` })
  @NotBlank()
  @Matches(SHORT_NAME.pattern, { message: `must be ${SHORT_NAME.rule}` })
  shortName: string;

  @Field(() => [ID], { description: "Its member partnerships (at least two)." })
  @ArrayMinSize(2)
  @ArrayMaxSize(200)
  partnershipIds: string[];
}
