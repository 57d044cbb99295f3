import { DataCategory, LocalDate, Public } from "@partnership/runtime";
import { Field, Int, ObjectType } from "type-graphql";
import { Agency } from "./agency.js";
import { RetentionTerm } from "./retention-term.js";
import { SharingAgreement } from "./sharing-agreement.js";
import { AgencySector } from "./enums.js";

@ObjectType({
  description:
    "What the partnership does with one data category, from the agreements in force today: why, on what lawful basis, between whom, for how long, and the agreements that say so. Its lists are bounded by the partnership's agreements and members.",
})
@Public()
export class CategoryProcessing {
  @Field(() => DataCategory, { description: "The data category." })
  category: DataCategory;

  @Field(() => Boolean, { description: "Whether any agreement in force today shares it." })
  shared: boolean;

  @Field(() => [AgencySector], {
    description:
      "The sectors that control (hold) records of this category: an agreement may share it only when one of its parties is of such a sector.",
  })
  controllerSectors: AgencySector[];

  @Field(() => [String], { description: "The purposes of the agreements that share it, one each, by reference." })
  purposes: string[];

  @Field(() => [String], { description: "The lawful bases of those agreements, each once." })
  lawfulBases: string[];

  @Field(() => [Agency], { description: "The parties to those agreements, by short name." })
  parties: Agency[];

  @Field(() => [Agency], {
    description:
      "The agencies that receive it: those named in a grant, and the parties of each sector a grant names (a sector's grant reaches only the agreement's parties of that sector).",
  })
  recipientAgencies: Agency[];

  @Field(() => [AgencySector], { description: "The sectors named as recipients in those agreements' grants." })
  recipientSectors: AgencySector[];

  @Field(() => [RetentionTerm], {
    description: "Each of those agreements' retention term for this category, with the agreement, by reference.",
  })
  retention: RetentionTerm[];

  @Field(() => [SharingAgreement], { description: "The agreements in force today that share it, by reference." })
  agreements: SharingAgreement[];
}

@ObjectType({ description: "An agreement with a date coming up (or passed): its review, or its end." })
@Public()
export class AgreementDeadline {
  @Field(() => SharingAgreement, { description: "The agreement." })
  agreement: SharingAgreement;

  @Field(() => LocalDate, { description: "The review date, or the end date." })
  date: string;

  @Field(() => Int, { description: "Days from today to the date; negative when it has passed (a review overdue)." })
  daysLeft: number;
}

@ObjectType({
  description:
    "The partnership's record of processing (UK GDPR Art. 30), built when asked from the classification of the schema and the agreements in force today: current by construction, never a stored copy.",
})
@Public()
export class RecordOfProcessing {
  /** Whose record it is; the partnership field resolves it. */
  partnershipId: string;

  @Field(() => LocalDate, { description: "The day it describes: today, by the platform's clock." })
  asOf: string;

  @Field(() => [CategoryProcessing], {
    description: "Every data category, in the order of DataCategory, shared or not (13 entries).",
  })
  categories: CategoryProcessing[];

  @Field(() => Int, { description: "How far ahead `dueForReview` and `expiringSoon` look, in days (60)." })
  attentionDays: number;

  @Field(() => [AgreementDeadline], {
    description:
      "Agreements not yet expired whose review date has passed or falls within `attentionDays` of today, earliest first: for coordinators to arrange the review.",
  })
  dueForReview: AgreementDeadline[];

  @Field(() => [AgreementDeadline], {
    description:
      "Agreements not yet expired that end within `attentionDays` of today, earliest first: renew them or plan what stops being shared.",
  })
  expiringSoon: AgreementDeadline[];
}
