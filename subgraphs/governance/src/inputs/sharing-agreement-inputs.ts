import { DataCategory, LocalDate, NotBlank } from "@partnership/runtime";
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { AgencySector, AgreementStatus, MAX_RETENTION_YEARS, RetentionEvent } from "../entities/index.js";

@InputType({
  description:
    "One grant: data categories to a recipient named either as an agency or as a sector (exactly one of the two).",
})
export class GrantInput {
  @Field(() => ID, { nullable: true, description: "The recipient agency; leave empty when granting to a sector." })
  @IsOptional()
  @IsUUID("all", { message: "must be an agency id" })
  recipientAgencyId?: string | null;

  @Field(() => AgencySector, {
    nullable: true,
    description: "The recipient sector; leave empty when granting to an agency.",
  })
  recipientSector?: AgencySector | null;

  @Field(() => [DataCategory], { description: "The data categories granted (at least one)." })
  @ArrayMinSize(1, { message: "must name at least one data category" })
  categories: DataCategory[];
}

@InputType({
  description:
    "How long the agreement's records of one data category are kept, and from which event: e.g. VICTIM_IDENTITY, 6 years, CONCERN_CLOSED.",
})
export class RetentionTermInput {
  @Field(() => DataCategory, { description: "A category the agreement grants; each has exactly one term." })
  category: DataCategory;

  @Field(() => Int, { description: `Whole years kept after the event (0 to ${MAX_RETENTION_YEARS}).` })
  @Min(0, { message: `must be a whole number of years from 0 to ${MAX_RETENTION_YEARS}` })
  @Max(MAX_RETENTION_YEARS, { message: `must be a whole number of years from 0 to ${MAX_RETENTION_YEARS}` })
  years: number;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: "Months kept on top of the years (0 to 11)." })
  @IsOptional()
  @Min(0, { message: "must be from 0 to 11 (state whole years in `years`)" })
  @Max(11, { message: "must be from 0 to 11 (state whole years in `years`)" })
  months?: number | null;

  @Field(() => RetentionEvent, {
    description:
      "The event the period runs from; one the category's records have (CONCERN_CLOSED for casework, EMPLOYMENT_ENDED for personnel, CONTRACT_ENDED for commercial records; RECORD_CREATED and AGREEMENT_ENDED for any).",
  })
  after: RetentionEvent;
}

@InputType({
  description: "A new sharing agreement. It starts as a DRAFT and becomes ACTIVE when every party has signed.",
})
export class CreateSharingAgreementInput {
  @Field(() => String, { description: "The partnership's reference, e.g. 'ISA-2024-003'; must be unused." })
  @NotBlank()
  @Length(3, 40)
  reference: string;

  @Field(() => String, { description: "Title of the agreement." })
  @NotBlank()
  @Length(3, 200)
  title: string;

  @Field(() => String, { description: "Why the information is shared." })
  @NotBlank()
  @Length(10, 4000)
  purpose: string;

  @Field(() => String, { description: "The lawful basis for sharing." })
  @NotBlank()
  @Length(3, 2000)
  lawfulBasis: string;

  @Field(() => LocalDate, { description: "First day the agreement may be in force." })
  startDate: string;

  @Field(() => LocalDate, { description: "Last day the agreement is in force; must be after the start date." })
  endDate: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "When the parties review it; between the start and end dates.",
  })
  reviewDate?: string | null;

  @Field(() => [ID], { description: "The agencies party to the agreement (at least two); each must sign." })
  @ArrayMinSize(2, { message: "must name at least two agencies" })
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true, message: "must be agency ids" })
  partyAgencyIds: string[];

  @Field(() => [GrantInput], { description: "What the agreement grants to whom (at least one grant)." })
  @ArrayMinSize(1, { message: "must contain at least one grant" })
  @ArrayMaxSize(100)
  @ValidateNested()
  grants: GrantInput[];

  @Field(() => [RetentionTermInput], {
    nullable: true,
    description:
      "How long records of each granted category are kept and from which event: exactly one term for every category the grants name, and none for others. Left out (or null), each granted category takes the platform's default schedule (casework 6 years after the concern closes, health 8, supplier signals 3 years after they are made, commercial records 6 years after the contract ends, staff details 1 year after employment ends, figures 10 years), stored with the agreement as if stated.",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested()
  retention?: RetentionTermInput[] | null;
}

@InputType({ description: "A party's signature on a draft agreement." })
export class SignSharingAgreementInput {
  @Field(() => ID, { description: "The agreement being signed." })
  @IsUUID("all", { message: "must be an agreement id" })
  agreementId: string;

  @Field(() => ID, { description: "The signing party's agency." })
  @IsUUID("all", { message: "must be an agency id" })
  agencyId: string;

  @Field(() => String, { description: "Name and role of who signs for the agency." })
  @NotBlank()
  @Length(3, 200)
  signedBy: string;
}

@InputType({ description: "Suspends an active agreement: it grants nothing until re-activated." })
export class SuspendSharingAgreementInput {
  @Field(() => ID, { description: "The agreement to suspend." })
  @IsUUID("all", { message: "must be an agreement id" })
  agreementId: string;

  @Field(() => String, { description: "Why it is suspended; shown to every party." })
  @NotBlank()
  @Length(5, 2000)
  reason: string;
}

@InputType({ description: "Re-activates a suspended agreement that is still within its dates." })
export class ReactivateSharingAgreementInput {
  @Field(() => ID, { description: "The agreement to re-activate." })
  @IsUUID("all", { message: "must be an agreement id" })
  agreementId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Why it is re-activated; kept in the agreement's history. Required from the partnership's administrator when it is no party.",
  })
  @NotBlank()
  @IsOptional()
  @Length(5, 2000)
  reason?: string | null;
}

@InputType({ description: "Narrows the list of sharing agreements." })
export class SharingAgreementFilter {
  @Field(() => AgreementStatus, { nullable: true, description: "Only agreements in this status today." })
  status?: AgreementStatus | null;

  @Field(() => ID, { nullable: true, description: "Only agreements this agency is a party to." })
  @IsOptional()
  @IsUUID("all", { message: "must be an agency id" })
  partyAgencyId?: string | null;
}
