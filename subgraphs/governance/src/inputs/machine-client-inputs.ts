import { Role, NotBlank } from "@partnership/runtime";
import { ArrayMaxSize, ArrayMinSize, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

/** No whitespace or control characters: an issuer or client id is compared byte for byte with a token's claim. */
const TOKEN_CLAIM = /^[^\s\p{Cc}]+$/u;

@InputType({
  description:
    "A partner agency's system to register: the identity provider and client id its client-credentials tokens carry, the member agency it acts for and the roles it acts with.",
})
export class RegisterMachineClientInput {
  @Field(() => String, {
    description:
      "The issuer of its tokens (their `iss`), exactly as the tokens spell it: one of the platform's trusted issuers, trusted to speak for the agency (1 to 500 characters, no spaces).",
  })
  @NotBlank()
  @Length(1, 500)
  @Matches(TOKEN_CLAIM, { message: "must be the tokens' iss exactly, without spaces" })
  issuer: string;

  @Field(() => String, {
    description:
      "Its client id at that provider (its tokens' `client_id`, and their `sub`): 1 to 200 characters, no spaces. Registered in at most one partnership at a time.",
  })
  @NotBlank()
  @Length(1, 200)
  @Matches(TOKEN_CLAIM, { message: "must be the tokens' client_id exactly, without spaces" })
  clientId: string;

  @Field(() => ID, {
    description:
      "The member agency it acts for: the caller's own; another member only by the partnership's chair agency's administrator.",
  })
  @IsUUID("all", { message: "must be an agency id" })
  agencyId: string;

  @Field(() => String, { description: "What the system is, e.g. 'WMP records system' (3 to 200 characters)." })
  @NotBlank()
  @Length(3, 200)
  name: string;

  @Field(() => [Role], {
    description:
      "The roles it acts with (1 to 6): operational roles only, never PARTNERSHIP_ADMIN, DATA_PROTECTION_OFFICER, PLATFORM_ADMIN or SYSTEM.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  roles: Role[];
}
