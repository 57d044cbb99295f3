import { LocalDate, NotBlank } from "@partnership/runtime";
import { IsEmail, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { SubjectRequestKind } from "../entities/enums.js";

@InputType({
  description:
    "How a request's data subject is found across the services (as `subjectAccess(search:)` takes it): at least one condition; every condition given must hold.",
})
export class SubjectRequestSearchInput {
  @Field(() => String, { nullable: true, description: "Part of the subject's name or alias (2 to 200 characters)." })
  @NotBlank()
  @IsOptional()
  @Length(2, 200)
  name?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The subject's date of birth." })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: "The subject's email address." })
  @NotBlank()
  @IsOptional()
  @IsEmail({}, { message: "must be an email address" })
  @Length(3, 320)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A record's reference the subject is in, e.g. 'SHOP-2020-0040' (1 to 100 characters).",
  })
  @NotBlank()
  @IsOptional()
  @Length(1, 100)
  reference?: string | null;
}

@InputType({ description: "A data subject's request, as received." })
export class RecordSubjectRequestInput {
  @Field(() => SubjectRequestKind, { description: "What the subject asked for." })
  kind: SubjectRequestKind;

  @Field(() => String, {
    description: "Who the subject is, in a few words (3 to 500 characters), e.g. 'Former resident, asked by letter'.",
  })
  @NotBlank()
  @Length(3, 500)
  subject: string;

  @Field(() => SubjectRequestSearchInput, { description: "How the subject is found across the services." })
  @ValidateNested()
  search: SubjectRequestSearchInput;

  @Field(() => LocalDate, { description: "The day it was received; not after today." })
  receivedOn: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The member agency it was made to: the caller's own when empty; another only by the data protection officer of the partnership's chair agency (FORBIDDEN otherwise).",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be an agency id" })
  madeToAgencyId?: string | null;
}

@InputType({ description: "A further period to answer a request in (UK GDPR Art. 12(3))." })
export class ExtendSubjectRequestInput {
  @Field(() => ID, { description: "The request." })
  @IsUUID("all", { message: "must be a subject request id" })
  id: string;

  @Field(() => Int, { description: "Further months: 1 or 2; with any earlier extension, at most 2 in all." })
  @Min(1)
  @Max(2)
  months: number;

  @Field(() => String, {
    description: "Why (the request is complex, or one of many from the subject): 10 to 2000 characters.",
  })
  @NotBlank()
  @Length(10, 2000)
  reason: string;
}

@InputType({ description: "How a request was answered, or why it was refused." })
export class CompleteSubjectRequestInput {
  @Field(() => ID, { description: "The request." })
  @IsUUID("all", { message: "must be a subject request id" })
  id: string;

  @Field(() => LocalDate, { description: "The day it was answered; on or after its receipt, not after today." })
  completedOn: string;

  @Field(() => String, { description: "What was sent or done, or why it was refused: 3 to 2000 characters." })
  @NotBlank()
  @Length(3, 2000)
  outcome: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "True when the request was refused (e.g. manifestly unfounded or excessive, Art. 12(5)).",
  })
  @IsOptional()
  refused?: boolean | null;
}
