import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DataCategory } from "../data-category.js";
import { AuditOutcome } from "./audit-log.js";
import { Public } from "./classification.js";

/** Why a value may be exempt from disclosure to the data subject, for the DPO to decide. */
export enum ExemptionReview {
  CRIME_AND_TAXATION = "CRIME_AND_TAXATION",
  THIRD_PARTY_DATA = "THIRD_PARTY_DATA",
}
registerEnumType(ExemptionReview, {
  name: "ExemptionReview",
  description:
    "Why a value may be exempt from disclosure: the data protection officer reviews it before it is disclosed. Nothing is dropped for it.",
  valuesConfig: {
    CRIME_AND_TAXATION: {
      description:
        "Police intelligence (category POLICE_INTELLIGENCE): disclosure may prejudice the prevention or detection of crime (DPA 2018 Schedule 2 Part 1 paragraph 2).",
    },
    THIRD_PARTY_DATA: {
      description:
        "About, or may name, someone other than the data subject: other people recorded in the same concern, the member of staff who made a referral, free text officers wrote (DPA 2018 Schedule 2 Part 3 paragraph 16).",
    },
  },
});

@ObjectType({ description: "One value a record holds about the data subject, with where it went." })
@Directive("@shareable")
@Public()
export class HeldValue {
  @Field(() => String, {
    description:
      "The field's API name on the record's type (or, for a value the API does not show, the name it is stored under).",
  })
  field: string;

  @Field(() => DataCategory, { nullable: true, description: "The field's data category; null for a public field." })
  category: DataCategory | null;

  @Field(() => String, {
    nullable: true,
    description: "The value as JSON text, e.g. '\"Ana Popescu\"' or '[\"LABOUR\"]'; null when none is held.",
  })
  value: string | null;

  @Field(() => [ID], {
    description:
      "The sharing agreements under which other agencies' users received this value, each once, from the audit log.",
  })
  sharedUnder: string[];

  @Field(() => ExemptionReview, {
    nullable: true,
    description: "Null: disclose. Otherwise the reason the DPO must review the value before disclosing it.",
  })
  review: ExemptionReview | null;
}

@ObjectType({
  description: "One user's receipt (or refusal) of one value of a record, from the audit log of the record's subgraph.",
})
@Directive("@shareable")
@Public()
export class RecordRead {
  @Field(() => String, { description: "The user who read it (or was refused)." })
  userId: string;

  @Field(() => String, { description: "The user's agency." })
  agencyId: string;

  @Field(() => Date, { description: "When." })
  at: Date;

  @Field(() => String, { description: "The field read." })
  field: string;

  @Field(() => DataCategory, { nullable: true, description: "The field's data category." })
  category: DataCategory | null;

  @Field(() => ID, {
    nullable: true,
    description: "The sharing agreement that allowed it; null for the agency's own records and for a refusal.",
  })
  agreementId: string | null;

  @Field(() => AuditOutcome, { description: "Whether the value was returned or refused." })
  outcome: AuditOutcome;
}

@ObjectType({
  description: "A record a subgraph holds about the data subject, with every value in it and its readers.",
})
@Directive("@shareable")
@Public()
export class SubjectRecord {
  @Field(() => String, { description: "The subgraph (service) that holds it, e.g. 'cases'." })
  service: string;

  @Field(() => String, { description: "The record's type as the audit log names it, e.g. 'PotentialVictim'." })
  entityType: string;

  @Field(() => ID, { description: "The record's id as the audit log names it." })
  entityId: string;

  @Field(() => String, {
    description: "What the record is, in plain words, e.g. 'Person screened in concern SHOP-2020-0040'.",
  })
  description: string;

  @Field(() => Date, { nullable: true, description: "When the record was made; null when the service keeps no time." })
  recordedAt: Date | null;

  @Field(() => [HeldValue], { description: "Every value the record holds about the subject, sensitive or not." })
  values: HeldValue[];

  @Field(() => [RecordRead], {
    description:
      "Everyone who received (or was refused) a value of this record, from this subgraph's audit log in the partnership, oldest first.",
  })
  readers: RecordRead[];
}
