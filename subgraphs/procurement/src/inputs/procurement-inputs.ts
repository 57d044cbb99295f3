import { LocalDate, NotBlank } from "@partnership/runtime";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  ActionStatus,
  AssessmentOutcome,
  AuditKind,
  FindingSeverity,
  HighRiskCommodity,
  StatementArea,
  SupplierLocation,
  SupplierSector,
  TurnoverBand,
  WorkforceTrait,
} from "../entities/index.js";

const URL_OPTIONS = { protocols: ["http", "https"], require_protocol: true };

@InputType({ description: "A new supplier." })
export class CreateSupplierInput {
  @Field(() => String, { description: "Registered name." })
  @NotBlank()
  @Length(2, 200)
  name: string;

  @Field(() => String, {
    description: "Companies House number, e.g. '01234567' or 'SC123456'; leading zeros may be left out.",
  })
  @NotBlank()
  @Matches(/^[A-Za-z0-9 ]{1,10}$/, { message: "must be 8 letters or digits, e.g. 01234567 or SC123456" })
  companyNumber: string;

  @Field(() => SupplierSector, { description: "What the supplier does." })
  sector: SupplierSector;

  @Field(() => TurnoverBand, { description: "Annual turnover band." })
  turnoverBand: TurnoverBand;

  @Field(() => String, { defaultValue: "03-31", description: "Month and day its financial year ends, 'MM-DD'." })
  @NotBlank()
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { message: "must be MM-DD, e.g. 03-31" })
  financialYearEnd: string;

  @Field(() => String, { nullable: true, description: "The supplier's home page." })
  @NotBlank()
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: "must be an http(s) address" })
  website?: string | null;

  @Field(() => [WorkforceTrait], { defaultValue: [], description: "Workforce characteristics that raise the risk." })
  @ArrayMaxSize(5)
  workforceTraits: WorkforceTrait[];

  @Field(() => SupplierLocation, { defaultValue: SupplierLocation.UK, description: "Where it operates and sources." })
  location: SupplierLocation;

  @Field(() => [HighRiskCommodity], { defaultValue: [], description: "High-risk goods it supplies." })
  @ArrayMaxSize(6)
  commodities: HighRiskCommodity[];
}

@InputType({
  description:
    "A supplier's details as they stand now, replacing the earlier ones. The company number is its key across the platform (casework matches premises by it) and is not changed here.",
})
export class UpdateSupplierInput {
  @Field(() => ID, { description: "The supplier." })
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => String, { description: "Registered name." })
  @NotBlank()
  @Length(2, 200)
  name: string;

  @Field(() => SupplierSector, { description: "What the supplier does." })
  sector: SupplierSector;

  @Field(() => TurnoverBand, { description: "Annual turnover band." })
  turnoverBand: TurnoverBand;

  @Field(() => String, { description: "Month and day its financial year ends, 'MM-DD'." })
  @NotBlank()
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, { message: "must be MM-DD, e.g. 03-31" })
  financialYearEnd: string;

  @Field(() => String, { nullable: true, description: "The supplier's home page; empty when it has none." })
  @NotBlank()
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: "must be an http(s) address" })
  website?: string | null;

  @Field(() => [WorkforceTrait], { description: "Workforce characteristics that raise the risk." })
  @ArrayMaxSize(5)
  workforceTraits: WorkforceTrait[];

  @Field(() => SupplierLocation, { description: "Where it operates and sources." })
  location: SupplierLocation;

  @Field(() => [HighRiskCommodity], { description: "High-risk goods it supplies." })
  @ArrayMaxSize(6)
  commodities: HighRiskCommodity[];
}

@InputType({ description: "A contract with a supplier, held by the caller's agency." })
export class CreateContractInput {
  @Field(() => ID, { description: "The supplier." })
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => String, { description: "The agency's contract reference; must be unused." })
  @NotBlank()
  @Length(3, 60)
  reference: string;

  @Field(() => String, { description: "The department that manages it." })
  @NotBlank()
  @Length(2, 200)
  department: string;

  @Field(() => String, { description: "What is bought." })
  @NotBlank()
  @Length(2, 200)
  category: string;

  @Field(() => Float, { description: "Total value in pounds." })
  @Min(0, { message: "must not be negative" })
  @Max(999_999_999_999, { message: "must be under £1 trillion" })
  value: number;

  @Field(() => LocalDate, { description: "First day." })
  startDate: string;

  @Field(() => LocalDate, { description: "Last day; on or after the first." })
  endDate: string;

  @Field(() => Boolean, { description: "Does it contain the modern slavery clause?" })
  modernSlaveryClause: boolean;

  @Field(() => Boolean, { description: "Has the supplier signed up to the code of conduct?" })
  codeOfConduct: boolean;
}

@InputType({
  description: "A supplier's statement for one financial year; recording the same year again replaces it.",
})
export class RecordStatementInput {
  @Field(() => ID, { description: "The supplier." })
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => LocalDate, { description: "First day of the financial year covered." })
  periodStart: string;

  @Field(() => LocalDate, { description: "Last day of the financial year covered (the year end)." })
  periodEnd: string;

  @Field(() => String, { description: "Where it is published." })
  @NotBlank()
  @IsUrl(URL_OPTIONS, { message: "must be an http(s) address" })
  url: string;

  @Field(() => LocalDate, { nullable: true, description: "When it was published." })
  publishedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "When the board approved it; empty when it did not." })
  approvedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Who signed it; empty when unsigned." })
  @NotBlank()
  @IsOptional()
  @Length(2, 200)
  signedBy?: string | null;

  @Field(() => String, { nullable: true, description: "The signer's role." })
  @NotBlank()
  @IsOptional()
  @Length(2, 200)
  signerRole?: string | null;

  @Field(() => Boolean, { description: "Is the signer a director?" })
  signedByDirector: boolean;

  @Field(() => Boolean, { description: "Is it linked prominently from the home page?" })
  linkedFromHomePage: boolean;

  @Field(() => Boolean, { description: "Was it submitted to the government registry?" })
  submittedToRegistry: boolean;

  @Field(() => [StatementArea], { description: "Which of the six recommended areas it covers." })
  @ArrayMaxSize(6)
  areas: StatementArea[];
}

@InputType({ description: "A completed due-diligence questionnaire, assessed by the caller's agency." })
export class RecordAssessmentInput {
  @Field(() => ID, { description: "The supplier." })
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => LocalDate, { description: "When it was assessed." })
  assessedOn: string;

  @Field(() => Int, { description: "Questionnaire score, 0 to 100." })
  @Min(0)
  @Max(100)
  score: number;

  @Field(() => AssessmentOutcome, { description: "The conclusion." })
  outcome: AssessmentOutcome;

  @Field(() => String, { nullable: true, description: "Notes." })
  @NotBlank()
  @IsOptional()
  @Length(1, 4000)
  notes?: string | null;
}

@InputType({ description: "A corrective action agreed for a finding." })
export class CorrectiveActionInput {
  @Field(() => String, { description: "What must be done." })
  @NotBlank()
  @Length(3, 2000)
  description: string;

  @Field(() => LocalDate, { description: "When it must be done by." })
  dueOn: string;
}

@InputType({ description: "One finding of an audit, with the corrective actions agreed for it." })
export class AuditFindingInput {
  @Field(() => FindingSeverity, { description: "How serious it is." })
  @IsIn(Object.values(FindingSeverity))
  severity: FindingSeverity;

  @Field(() => String, { description: "What was found." })
  @NotBlank()
  @Length(3, 4000)
  description: string;

  @Field(() => [CorrectiveActionInput], { defaultValue: [], description: "What the supplier must do about it." })
  @ArrayMaxSize(20)
  @ValidateNested()
  actions: CorrectiveActionInput[];
}

@InputType({ description: "An audit of a supplier by the caller's agency, with its findings." })
export class RecordAuditInput {
  @Field(() => ID, { description: "The supplier." })
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => AuditKind, { description: "How it was audited." })
  kind: AuditKind;

  @Field(() => LocalDate, { description: "When; not in the future." })
  auditedOn: string;

  @Field(() => String, { description: "Who carried it out." })
  @NotBlank()
  @Length(2, 200)
  auditor: string;

  @Field(() => [AuditFindingInput], { defaultValue: [], description: "What it found (none is a clean audit)." })
  @ArrayMinSize(0)
  @ArrayMaxSize(50)
  @ValidateNested()
  findings: AuditFindingInput[];
}

@InputType({ description: "Moves a corrective action on." })
export class UpdateCorrectiveActionInput {
  @Field(() => ID, { description: "The action." })
  @IsUUID("all", { message: "must be a corrective action id" })
  actionId: string;

  @Field(() => ActionStatus, { description: "Its new status; DONE records today as the completion date." })
  status: ActionStatus;
}
