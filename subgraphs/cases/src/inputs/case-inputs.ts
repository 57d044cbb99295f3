import { LocalDate, NotBlank } from "@partnership/runtime";
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import {
  AgeGroup,
  AreaKind,
  ConcernSource,
  ConcernStatus,
  ExploitationType,
  Gender,
  InterventionType,
  LocationType,
  NrmDecision,
  NrmDecisionStage,
  OrderKind,
  ResponseLevel,
  VictimOutcome,
} from "../entities/index.js";

const TEXT = 2_000;

@InputType({
  description:
    "Premises a concern is about, recorded with it. Known premises need their area, ward, address and postcode; premises NOT_KNOWN (a referral with no place) need none of them.",
})
export class LocationInput {
  @Field(() => LocationType, { description: "The kind of premises; NOT_KNOWN when there is no place yet." })
  type: LocationType;

  @Field(() => ID, {
    nullable: true,
    description: "The area of the partnership it is in (from `areas`), or its 'outside' area; needed unless NOT_KNOWN.",
  })
  @IsOptional()
  @IsUUID()
  areaId?: string | null;

  @Field(() => String, { nullable: true, description: "The electoral ward it is in; needed unless NOT_KNOWN." })
  @NotBlank()
  @IsOptional()
  @Length(2, 100)
  ward?: string | null;

  @Field(() => String, { nullable: true, description: "Street address; needed unless NOT_KNOWN." })
  @NotBlank()
  @IsOptional()
  @Length(3, 300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: "Postcode, e.g. 'B66 2AA'; needed unless NOT_KNOWN." })
  @NotBlank()
  @IsOptional()
  @Matches(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/, { message: "must be a UK postcode, e.g. B66 2AA" })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: "The business trading there, if any." })
  @NotBlank()
  @IsOptional()
  @Length(1, 200)
  businessName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Companies House number of the business, e.g. '01234567'; links the premises to a supplier.",
  })
  @NotBlank()
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{8}$/, { message: "must be 8 letters or digits, e.g. 01234567 or SC123456" })
  companyNumber?: string | null;
}

@InputType({ description: "A new concern of modern slavery." })
export class RecordConcernInput {
  @Field(() => LocalDate, { description: "The day the concern came in; not in the future." })
  receivedOn: string;

  @Field(() => ConcernSource, { description: "Who raised it." })
  source: ConcernSource;

  @Field(() => ID, { nullable: true, description: "The partner agency that referred it, if one did." })
  @IsOptional()
  @IsUUID()
  referringAgencyId?: string | null;

  @Field(() => [ExploitationType], { description: "The kinds of exploitation suspected (at least one)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  exploitationTypes: ExploitationType[];

  @Field(() => ID, { nullable: true, description: "An existing location; give this or `location`." })
  @IsOptional()
  @IsUUID()
  locationId?: string | null;

  @Field(() => LocationInput, { nullable: true, description: "New premises; give this or `locationId`." })
  @IsOptional()
  @ValidateNested()
  location?: LocationInput | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The agency leading the response; the recording agency when empty. The recording agency takes part either way: among the participating agencies when another leads.",
  })
  @IsOptional()
  @IsUUID()
  leadAgencyId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: "Other agencies taking part." })
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true })
  participatingAgencyIds: string[];

  @Field(() => String, { nullable: true, description: "What is known so far (POLICE_INTELLIGENCE)." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  intelligenceSummary?: string | null;
}

@InputType({ description: "Changes to a concern's details; fields left out stay as they are." })
export class UpdateConcernInput {
  @Field(() => [ExploitationType], { nullable: true, description: "The kinds of exploitation suspected." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  exploitationTypes?: ExploitationType[] | null;

  @Field(() => ResponseLevel, { nullable: true, description: "The response decided at screening." })
  @IsOptional()
  responseLevel?: ResponseLevel | null;

  @Field(() => ID, { nullable: true, description: "The agency leading the response." })
  @IsOptional()
  @IsUUID()
  leadAgencyId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "The other agencies taking part (replaces the list). The agency that recorded the concern always remains a party: it is kept in the list unless it leads or referred the concern.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true })
  participatingAgencyIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Premises already recorded that the concern is about; give this or `location`, not both.",
  })
  @IsOptional()
  @IsUUID()
  locationId?: string | null;

  @Field(() => LocationInput, {
    nullable: true,
    description: "New premises the concern is about, recorded with the change; give this or `locationId`, not both.",
  })
  @IsOptional()
  @ValidateNested()
  location?: LocationInput | null;

  @Field(() => ConcernSource, { nullable: true, description: "Who raised it." })
  @IsOptional()
  source?: ConcernSource | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The partner agency that referred it; null removes the referrer. Only the lead agency (or the partnership's chair) changes it: the referrer takes part in the concern.",
  })
  @IsOptional()
  @IsUUID()
  referringAgencyId?: string | null;

  @Field(() => String, { nullable: true, description: "What is known (POLICE_INTELLIGENCE)." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  intelligenceSummary?: string | null;

  @Field(() => String, { nullable: true, description: "The police crime reference (POLICE_INTELLIGENCE)." })
  @NotBlank()
  @IsOptional()
  @Length(3, 50)
  crimeReference?: string | null;
}

@InputType({ description: "Moves a concern on in the workflow." })
export class ChangeConcernStatusInput {
  @Field(() => ConcernStatus, {
    description: "The new status: the next one, CLOSED, or (reopening) SCOPING or ACTIVE.",
  })
  status: ConcernStatus;

  @Field(() => ResponseLevel, { nullable: true, description: "The response decided at screening; needed to plan one." })
  @IsOptional()
  responseLevel?: ResponseLevel | null;

  @Field(() => String, { nullable: true, description: "How the concern ended; needed to close it." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: "Why; needed to reopen a closed concern." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  reason?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The day it closed; today when empty." })
  @IsOptional()
  closedOn?: string | null;
}

@InputType({ description: "A person screened for modern slavery." })
export class ScreenPersonInput {
  @Field(() => LocalDate, { description: "The day they were screened." })
  screenedOn: string;

  @Field(() => AgeGroup, {
    description: "Adult, minor, or not known (treated as a minor for consent, counted as age unknown).",
  })
  ageGroup: AgeGroup;

  @Field(() => Gender, { description: "Gender as recorded." })
  gender: Gender;

  @Field(() => String, { nullable: true, description: "Nationality as given, e.g. 'Romanian'." })
  @NotBlank()
  @IsOptional()
  @Length(2, 60)
  nationality?: string | null;

  @Field(() => ExploitationType, { description: "The (main) kind of exploitation disclosed or shown." })
  exploitationType: ExploitationType;

  @Field(() => [ExploitationType], {
    nullable: true,
    description:
      "Other kinds the person also disclosed or showed (e.g. CRIMINAL beside LABOUR); the main kind repeated here, or a kind repeated, counts once.",
  })
  @IsOptional()
  @ArrayMaxSize(5)
  additionalExploitationTypes?: ExploitationType[] | null;

  @Field(() => String, { nullable: true, description: "Their name, as they gave it." })
  @NotBlank()
  @IsOptional()
  @Length(1, 200)
  fullName?: string | null;

  @Field(() => [String], { defaultValue: [], description: "Other names they are known by." })
  @NotBlank({ each: true })
  @ArrayMaxSize(10)
  @Length(1, 200, { each: true })
  aliases: string[];

  @Field(() => LocalDate, { nullable: true, description: "Date of birth, if known." })
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

  @Field(() => String, { nullable: true, description: "Support needed." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  supportNeeds?: string | null;

  @Field(() => String, { nullable: true, description: "Health needs and disclosures (HEALTH)." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  healthNeeds?: string | null;

  @Field(() => VictimOutcome, {
    defaultValue: VictimOutcome.NOT_YET_KNOWN,
    description:
      "What happened for them. Not REFERRED_TO_NRM: referToNrm records the referral and sets that outcome (BAD_USER_INPUT naming the field).",
  })
  outcome: VictimOutcome;

  @Field(() => ID, { nullable: true, description: "The agency supporting them." })
  @IsOptional()
  @IsUUID()
  supportProviderAgencyId?: string | null;

  @Field(() => String, { nullable: true, description: "Accommodation arranged." })
  @NotBlank()
  @IsOptional()
  @Length(1, 300)
  accommodation?: string | null;
}

@InputType({ description: "A referral into the National Referral Mechanism." })
export class NrmReferralInput {
  @Field(() => LocalDate, { description: "The day the referral was made." })
  referredOn: string;

  @Field(() => ID, {
    description:
      "The first responder organisation making it: the caller's own agency, which must be on the statutory list of first responder organisations.",
  })
  @IsUUID()
  referringAgencyId: string;

  @Field(() => String, {
    description: "Work email of the first responder who made it: a person of the referring agency in the directory.",
  })
  @NotBlank()
  @IsEmail()
  referrerEmail: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether an adult consented. An adult must consent; one who declines gets a duty-to-notify report instead. A minor needs none.",
  })
  @IsOptional()
  consentGiven?: boolean | null;
}

@InputType({ description: "A duty-to-notify (MS1) report for an adult who declined the NRM." })
export class DutyToNotifyInput {
  @Field(() => LocalDate, { description: "The day the report was made." })
  reportedOn: string;

  @Field(() => ID, { description: "The public authority making it: the caller's own agency." })
  @IsUUID()
  reportingAgencyId: string;
}

@InputType({ description: "A decision on an NRM referral." })
export class NrmDecisionInput {
  @Field(() => NrmDecisionStage, { description: "Reasonable or conclusive grounds." })
  stage: NrmDecisionStage;

  @Field(() => NrmDecision, { description: "Positive or negative." })
  decision: NrmDecision;

  @Field(() => LocalDate, { description: "The day of the decision; not before the referral." })
  decidedOn: string;
}

@InputType({ description: "What one agency did during a visit." })
export class InterventionInput {
  @Field(() => ID, { description: "The agency." })
  @IsUUID()
  agencyId: string;

  @Field(() => InterventionType, { description: "What kind of intervention." })
  type: InterventionType;

  @Field(() => String, { nullable: true, description: "What came of it." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  outcome?: string | null;
}

@InputType({ description: "A multi-agency disruption visit, with its interventions and the people screened." })
export class RecordVisitInput {
  @Field(() => LocalDate, { description: "The day of the visit." })
  visitedOn: string;

  @Field(() => ID, { nullable: true, description: "The premises visited; the concern's location when empty." })
  @IsOptional()
  @IsUUID()
  locationId?: string | null;

  @Field(() => [ID], { description: "The agencies present (at least one)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID("all", { each: true })
  agencyIds: string[];

  @Field(() => String, { nullable: true, description: "What was found." })
  @NotBlank()
  @IsOptional()
  @Length(1, TEXT)
  notes?: string | null;

  @Field(() => [InterventionInput], { defaultValue: [], description: "What each agency did." })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  interventions: InterventionInput[];

  @Field(() => [ScreenPersonInput], { defaultValue: [], description: "The people screened during the visit." })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  peopleScreened: ScreenPersonInput[];
}

@InputType({ description: "A suspected offender." })
export class OffenderInput {
  @Field(() => String, { description: "Their name." })
  @NotBlank()
  @Length(1, 200)
  fullName: string;

  @Field(() => LocalDate, { nullable: true, description: "Date of birth, if known." })
  @IsOptional()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: "Their part, e.g. 'gangmaster'." })
  @NotBlank()
  @IsOptional()
  @Length(1, 200)
  role?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The day they were arrested, if they were." })
  @IsOptional()
  arrestedOn?: string | null;

  @Field(() => String, { nullable: true, description: "What they were charged with." })
  @NotBlank()
  @IsOptional()
  @Length(1, 500)
  charge?: string | null;
}

@InputType({ description: "A slavery and trafficking prevention or risk order." })
export class OrderInput {
  @Field(() => OrderKind, { description: "STPO or STRO." })
  kind: OrderKind;

  @Field(() => String, { description: "Who or what it is on." })
  @NotBlank()
  @Length(1, 300)
  subject: string;

  @Field(() => ID, { nullable: true, description: "The offender it is on, if recorded." })
  @IsOptional()
  @IsUUID()
  offenderId?: string | null;

  @Field(() => LocalDate, { description: "The day the court granted it." })
  grantedOn: string;

  @Field(() => LocalDate, { description: "The day it expires; after it was granted." })
  expiresOn: string;
}

@InputType({ description: "A new area of the partnership the request acts in." })
export class DefineAreaInput {
  @Field(() => String, {
    description: "Its name, unique in the partnership (whatever the case), e.g. 'West Bromwich'.",
  })
  @NotBlank()
  @Length(2, 100)
  name: string;

  @Field(() => AreaKind, { description: "What it is; a partnership has one OUTSIDE area at most." })
  kind: AreaKind;

  @Field(() => String, { nullable: true, description: "Its ONS (GSS) code, e.g. 'E05001260', if it has one." })
  @NotBlank()
  @IsOptional()
  @Matches(/^[EWSN][0-9]{8}$/, { message: "must be an ONS (GSS) code: a letter E, W, S or N and eight digits" })
  onsCode?: string | null;

  @Field(() => ID, { nullable: true, description: "For a ward: the town or locality it lies within, if any." })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType({ description: "Narrows a list of concerns." })
export class ConcernFilter {
  @Field(() => ConcernStatus, { nullable: true, description: "Only concerns in this status." })
  status?: ConcernStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only concerns about premises in this area of the partnership (a town's wards included).",
  })
  @IsOptional()
  @IsUUID()
  areaId?: string | null;

  @Field(() => ExploitationType, { nullable: true, description: "Only concerns about this kind of exploitation." })
  exploitationType?: ExploitationType | null;

  @Field(() => LocalDate, { nullable: true, description: "Only concerns received on or after this day." })
  receivedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Only concerns received on or before this day." })
  receivedTo?: string | null;

  @Field(() => ID, { nullable: true, description: "Only concerns this agency leads." })
  @IsOptional()
  @IsUUID()
  leadAgencyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only concerns whose reference contains this text, in any case: '0040' finds 'SHOP-2020-0040', and the full reference finds that one concern. % and _ match themselves.",
  })
  @IsOptional()
  @Length(3, 30)
  reference?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only these concerns (up to 100), e.g. to show the references of the records an audit log names; ids of concerns the caller cannot list are left out.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  ids?: string[] | null;
}
