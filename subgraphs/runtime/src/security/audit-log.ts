import { IsOptional, Length } from "class-validator";
import { Arg, Args, Ctx, Directive, Field, ID, InputType, ObjectType, Query, Resolver } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { DataCategory } from "../data-category.js";
import { Connection, PageArgs, paginate } from "../graphql/connection.js";
import type { BaseContext } from "../server/subgraph.js";
import { Public, Roles } from "./classification.js";
import { actingPartnership } from "./caller.js";
import { Role } from "./roles.js";

@ObjectType({ description: "One sensitive value returned to a user: who saw what, under which agreement, when." })
@Directive("@shareable")
@Public()
@Entity({ name: "audit_event" })
export class AuditEvent {
  @Field(() => ID, { description: "Position in the log; increases with time." })
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

  @Field(() => String, { description: "The type of the record, e.g. 'Person'." })
  @Column("text", { name: "entity_type" })
  entityType: string;

  @Field(() => String, { nullable: true, description: "The record's id." })
  @Column("text", { name: "entity_id", nullable: true })
  entityId: string | null;

  @Field(() => String, { description: "The field returned." })
  @Column("text")
  field: string;

  @Field(() => DataCategory, { description: "The field's data category." })
  @Column("text")
  category: DataCategory;

  @Field(() => String, {
    nullable: true,
    description: "The sharing agreement that allowed it; null when the record belongs to the user's own agency.",
  })
  @Column("text", { name: "agreement_id", nullable: true })
  agreementId: string | null;

  @Field(() => String, { nullable: true, description: "The GraphQL operation name the client sent." })
  @Column("text", { nullable: true })
  operation: string | null;

  @Field(() => String, { description: "The gateway's id for the request." })
  @Column("text", { name: "request_id" })
  requestId: string;
}

@ObjectType({ description: "A page of the audit log." })
@Directive("@shareable")
@Public()
export class AuditEventConnection extends Connection(AuditEvent) {}

@InputType({ description: "Narrows the audit log; every condition given must hold." })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: "Only what this user received." })
  @IsOptional()
  @Length(1, 200)
  userId?: string | null;

  @Field(() => String, { nullable: true, description: "Only what users of this agency received." })
  @IsOptional()
  @Length(1, 200)
  agencyId?: string | null;

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

  @Field(() => Date, { nullable: true, description: "Only from this time on." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only before this time." })
  to?: Date | null;
}

/** The auditor's query over one subgraph's audit log, named `<subgraph>AuditEvents`. */
export function auditLogResolver(subgraph: string) {
  @Resolver()
  class AuditLogResolver {
    @Query(() => AuditEventConnection, {
      name: `${subgraph}AuditEvents`,
      description: `Who received which sensitive values from the ${subgraph} subgraph in the partnership the request acts in, oldest first. Auditors only.`,
    })
    @Roles(Role.AUDITOR)
    events(
      @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Narrows the log." })
      filter: AuditEventFilter | null,
      @Args(() => PageArgs) page: PageArgs,
      @Ctx() ctx: BaseContext,
    ) {
      const query = ctx.dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder("e")
        // An agency in several partnerships audits each where it acts: nothing of another leaks here.
        .where("e.partnershipId = :partnershipId", { partnershipId: actingPartnership(ctx.caller).id });
      const f = filter ?? {};
      if (f.userId) query.andWhere("e.userId = :userId", { userId: f.userId });
      if (f.agencyId) query.andWhere("e.agencyId = :agencyId", { agencyId: f.agencyId });
      if (f.category) query.andWhere("e.category = :category", { category: f.category });
      if (f.entityType) query.andWhere("e.entityType = :entityType", { entityType: f.entityType });
      if (f.entityId) query.andWhere("e.entityId = :entityId", { entityId: f.entityId });
      if (f.from) query.andWhere("e.at >= :from", { from: f.from });
      if (f.to) query.andWhere("e.at < :to", { to: f.to });
      return paginate(query, "id", page);
    }
  }
  return AuditLogResolver;
}
