import { NotBlank } from "@partnership/runtime";
import { IsEmail, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AgencySector } from "../entities/enums.js";

@InputType({ description: "Narrows the list of agencies." })
export class AgencyFilter {
  @Field(() => AgencySector, { nullable: true, description: "Only agencies of this sector." })
  sector?: AgencySector | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only first responder organisations (true) or only the others (false).",
  })
  firstResponder?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Only agencies whose name or short name contains this text (any case).",
  })
  @NotBlank()
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@InputType({ description: "A new agency in the partnership's directory." })
export class CreateAgencyInput {
  @Field(() => String, { description: "Full name." })
  @NotBlank()
  @Length(2, 200)
  name: string;

  @Field(() => String, { description: "Short name: 2 to 20 letters, digits or hyphens, unique." })
  @NotBlank()
  @Matches(/^[A-Za-z0-9-]{2,20}$/, { message: "must be 2 to 20 letters, digits or hyphens" })
  shortName: string;

  @Field(() => AgencySector, { description: "The kind of organisation." })
  sector: AgencySector;

  @Field(() => Boolean, { defaultValue: false, description: "Whether it is a first responder organisation." })
  firstResponder: boolean;
}

@InputType({
  description:
    "A correction to an agency in the directory: each field given replaces the agency's; one left out (or null) stays as it is.",
})
export class UpdateAgencyInput {
  @Field(() => ID, { description: "The agency." })
  @IsUUID("all", { message: "must be an agency id" })
  agencyId: string;

  @Field(() => String, { nullable: true, description: "Its full name." })
  @NotBlank()
  @IsOptional()
  @Length(2, 200)
  name?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether it is on the statutory list of first responder organisations: only those refer people into the NRM.",
  })
  firstResponder?: boolean | null;
}

@InputType({ description: "Narrows the staff directory." })
export class PersonFilter {
  @Field(() => ID, { nullable: true, description: "Only staff of this agency." })
  @IsOptional()
  @IsUUID("all", { message: "must be an agency id" })
  agencyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only people whose name or email contains this text (any case).",
  })
  @NotBlank()
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@InputType({ description: "A new person in the staff directory." })
export class CreatePersonInput {
  @Field(() => String, { description: "Full name." })
  @NotBlank()
  @Length(2, 200)
  name: string;

  @Field(() => String, { description: "Work email address; must not be in the directory already." })
  @NotBlank()
  @IsEmail({}, { message: "must be an email address" })
  email: string;

  @Field(() => String, { nullable: true, description: "Job title." })
  @NotBlank()
  @IsOptional()
  @Length(2, 200)
  jobTitle?: string | null;

  @Field(() => ID, { description: "The agency the person works for." })
  @IsUUID("all", { message: "must be an agency id" })
  agencyId: string;
}

@InputType({
  description:
    "A CSV file of a partnership's people: a header row, then one person a row. Columns: name, email, job_title (may be empty), agency (the agency's short name; it must be a member of the partnership), and optionally user_id (their sign-in identity at their agency's identity provider, the token's subject), roles (partnership roles separated by spaces or semicolons; they need a user_id) and start_date (the day their roles start, DD/MM/YYYY or YYYY-MM-DD; today when empty).",
})
export class ImportDirectoryInput {
  @Field(() => String, { description: "The file's text (UTF-8, comma-separated, fields quoted where needed)." })
  @NotBlank()
  @Length(1, 1_000_000)
  csv: string;
}
