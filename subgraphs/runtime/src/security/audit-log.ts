import { ArrayMaxSize, IsOptional, Length } from "class-validator";
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { DataCategory } from "../data-category.js";
import { Connection } from "../graphql/connection.js";
import { Public } from "./classification.js";
import { type Caller, chairsPartnership } from "./caller.js";

/** Whether the value left the service. */
export enum AuditOutcome {
  RETURNED = "RETURNED",
  DENIED = "DENIED",
}
registerEnumType(AuditOutcome, {
  name: "AuditOutcome",
  description: "Whether a sensitive value was returned to the user or refused.",
  valuesConfig: {
    RETURNED: { description: "The value was in the answer." },
    DENIED: { description: "The value (or the whole query or mutation) was refused; see the reason." },
  },
});

/** Why a value or a root field was refused. */
export enum AccessDenialReason {
  NO_AGREEMENT = "NO_AGREEMENT",
  NOT_TAKING_PART = "NOT_TAKING_PART",
  MISSING_ROLE = "MISSING_ROLE",
}
registerEnumType(AccessDenialReason, {
  name: "AccessDenialReason",
  description: "Why something was refused.",
  valuesConfig: {
    NO_AGREEMENT: {
      description: "No active sharing agreement of the partnership grants the field's category to the agency.",
    },
    NOT_TAKING_PART: { description: "The field is detail of a record the user's agency does not take part in." },
    MISSING_ROLE: { description: "The query or mutation needs a role the user does not hold in the partnership." },
  },
});

@ObjectType({
  description:
    "One sensitive value returned to a user, or one refused (a value, or a query or mutation the user's roles do not open): who, what, under which agreement, when.",
})
@Directive("@shareable")
@Public()
// The log read one row per value (AuditGroupedValues migration): a view, never written through
// TypeORM (AuditWriter inserts into audit_event) and never synchronised (migrations only).
@Entity({ name: "audit_event_value" })
export class AuditEvent {
  @Field(() => ID, {
    description:
      "Position in the log; increases with time, one per value. A value recorded in a row of its own has that row's number; a value recorded with others of its request has its row's number × 1,000,000 plus its place in the row (1 to 999,999).",
  })
  @PrimaryColumn("bigint")
  id: string;

  @Field(() => Date, { description: "When the value was returned." })
  @Column("timestamptz")
  at: Date;

  @Field(() => String, { description: "The user who received it." })
  @Column("text", { name: "user_id" })
  userId: string;

  @Field(() => String, { description: "The user's agency." })
  @Column("text", { name: "agency_id" })
  agencyId: string;

  @Field(() => String, {
    nullable: true,
    description: "The partnership the value was read in (whose record it is); null for a read outside any partnership.",
  })
  @Column("text", { name: "partnership_id", nullable: true })
  partnershipId: string | null;

  @Field(() => String, {
    description: "The type of the record, e.g. 'Person'; 'Query' or 'Mutation' for a refused root field.",
  })
  @Column("text", { name: "entity_type" })
  entityType: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The record's id; for a record this subgraph knows by another key, that key as 'field:value' (e.g. 'companyNumber:01234567'). Null only for a refused root field.",
  })
  @Column("text", { name: "entity_id", nullable: true })
  entityId: string | null;

  @Field(() => String, { description: "The field returned." })
  @Column("text")
  field: string;

  @Field(() => DataCategory, {
    nullable: true,
    description: "The field's data category; null for a root field refused for want of a role.",
  })
  @Column("text", { nullable: true })
  category: DataCategory | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The sharing agreement that allowed it; null when the record belongs to the user's own agency, and for a refusal.",
  })
  @Column("text", { name: "agreement_id", nullable: true })
  agreementId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The GraphQL operation name the client sent: whatever it chose; operationHash identifies the operation.",
  })
  @Column("text", { nullable: true })
  operation: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The SHA-256 (hex) of the operation document the gateway received: identifies the operation whatever name it was sent under. Null for rows written before it was recorded.",
  })
  @Column("text", { name: "operation_hash", nullable: true })
  operationHash: string | null;

  @Field(() => AuditOutcome, { description: "Whether the value was returned or refused." })
  @Column("text")
  outcome: AuditOutcome;

  @Field(() => AccessDenialReason, { nullable: true, description: "Why it was refused; null when returned." })
  @Column("text", { nullable: true })
  reason: AccessDenialReason | null;

  @Field(() => String, { description: "The gateway's id for the request." })
  @Column("text", { name: "request_id" })
  requestId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The client application that sent the request, as it named itself (apollographql-client-name); null when it sent none.",
  })
  @Column("text", { name: "client_name", nullable: true })
  clientName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The client application's version, as it gave it (apollographql-client-version).",
  })
  @Column("text", { name: "client_version", nullable: true })
  clientVersion: string | null;
}

@ObjectType({ description: "A page of the audit log." })
@Directive("@shareable")
@Public()
export class AuditEventConnection extends Connection(AuditEvent) {}

@InputType({ description: "Narrows the audit log; every condition given must hold." })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: "Only what this user received or was refused." })
  @IsOptional()
  @Length(1, 200)
  userId?: string | null;

  @Field(() => String, { nullable: true, description: "Only what users of this agency received or were refused." })
  @IsOptional()
  @Length(1, 200)
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: "Only values shared under this sharing agreement." })
  @IsOptional()
  @Length(1, 200)
  agreementId?: string | null;

  @Field(() => DataCategory, { nullable: true, description: "Only values of this category." })
  category?: DataCategory | null;

  @Field(() => String, { nullable: true, description: "Only values of records of this type." })
  @IsOptional()
  @Length(1, 100)
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Only values of this record." })
  @IsOptional()
  @Length(1, 200)
  entityId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Only values of these records (up to 100), e.g. the concerns whose reference matched a search; an empty list matches nothing.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 200, { each: true })
  entityIds?: string[] | null;

  @Field(() => AuditOutcome, { nullable: true, description: "Only values returned, or only refusals." })
  outcome?: AuditOutcome | null;

  @Field(() => AccessDenialReason, { nullable: true, description: "Only refusals for this reason." })
  reason?: AccessDenialReason | null;

  @Field(() => String, {
    nullable: true,
    description: "Only rows of the operation with this document hash (SHA-256, hex).",
  })
  @IsOptional()
  @Length(64, 64)
  operationHash?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only rows of requests sent by this client application (apollographql-client-name).",
  })
  @IsOptional()
  @Length(1, 100)
  clientName?: string | null;

  @Field(() => Date, { nullable: true, description: "Only from this time on." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only before this time." })
  to?: Date | null;
}

/**
 * Whose events an auditor reads: their own agency's users' in the partnership the request acts in;
 * an auditor of the agency that chairs the partnership reads everyone's. Roles are given per
 * agency (every user of a member may hold every role), so holding a role is not enough: only the
 * chair speaks for the partnership. Null means every agency of the partnership.
 */
export function auditedAgency(caller: Caller): string | null {
  return chairsPartnership(caller) ? null : caller.agencyId;
}
