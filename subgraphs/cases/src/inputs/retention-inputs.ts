import { LocalDate, NotBlank } from "@partnership/runtime";
import { ArrayMaxSize, IsOptional, Length, Matches, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { AgeGroup, Gender } from "../entities/index.js";
import { LegalHoldKind } from "../entities/index.js";

const REASON = 1_000;

@InputType({ description: "A legal hold to place on a concern." })
export class PlaceLegalHoldInput {
  @Field(() => ID, { description: "The concern to hold." })
  concernId: string;

  @Field(() => LegalHoldKind, { description: "Why the records are held." })
  kind: LegalHoldKind;

  @Field(() => String, { description: "The reason: the investigation, prosecution or review it serves." })
  @NotBlank()
  @Length(1, REASON)
  reason: string;

  @Field(() => LocalDate, { description: "The last day the hold counts; after today. Place a new hold to extend it." })
  until: string;
}

@InputType({ description: "The release of a legal hold before its last day." })
export class ReleaseLegalHoldInput {
  @Field(() => ID, { description: "The hold to release." })
  holdId: string;

  @Field(() => String, { description: "Why it is released, e.g. 'No further action: CPS decision of 3 March'." })
  @NotBlank()
  @Length(1, REASON)
  reason: string;
}

/**
 * A correction of a person's recorded values: a field left out stays as it is; a nullable field
 * given null is cleared.
 */
@InputType({
  description:
    "A correction of what is recorded about a person screened (rectification, UK GDPR Art. 16): each field given replaces the recorded value, the old value kept in the concern's history with the reason. Fields left out are unchanged; null clears a field that may be empty.",
})
export class CorrectPotentialVictimInput {
  @Field(() => ID, { description: "The person's record." })
  personId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The concern's version you read: the correction is applied on top of the current version unless one of the values it corrects was changed since (then CONFLICT, naming each). Left out, it applies to the current version.",
  })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => String, { description: "Why the record is corrected, e.g. 'Name misspelt at screening'." })
  @NotBlank()
  @Length(1, REASON)
  reason: string;

  @Field(() => String, { nullable: true, description: "Their name, as they gave it." })
  @NotBlank()
  @IsOptional()
  @Length(1, 200)
  fullName?: string | null;

  @Field(() => [String], { nullable: true, description: "Other names they are known by (the whole list)." })
  @NotBlank({ each: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @Length(1, 200, { each: true })
  aliases?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: "Date of birth." })
  @IsOptional()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: "A safe phone number." })
  @NotBlank()
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: "must be a phone number" })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Where they are living now." })
  @NotBlank()
  @IsOptional()
  @Length(3, 300)
  currentAddress?: string | null;

  @Field(() => String, { nullable: true, description: "Nationality as given, e.g. 'Romanian'." })
  @NotBlank()
  @IsOptional()
  @Length(2, 60)
  nationality?: string | null;

  @Field(() => Gender, { nullable: true, description: "Gender." })
  @IsOptional()
  gender?: Gender | null;

  @Field(() => AgeGroup, { nullable: true, description: "Adult, minor or not known." })
  @IsOptional()
  ageGroup?: AgeGroup | null;
}

@InputType({ description: "A data subject's request that what is held about them be erased (UK GDPR Art. 17)." })
export class ErasePotentialVictimInput {
  @Field(() => ID, { description: "The person's record." })
  personId: string;

  @Field(() => String, {
    description: "The request, as received: who asked, when and how (e.g. 'Email of 2 Dec 2026').",
  })
  @NotBlank()
  @Length(1, REASON)
  reason: string;
}
