import { Role, Roles } from "@partnership/runtime";
import type { GraphQLEnumType, GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { CategoryProcessing, Partnership, RecordOfProcessing } from "../entities/index.js";
import { classifiedFields } from "../services/classified-fields.js";
import { partnershipOf } from "../services/partnership-scope.js";

@Resolver(() => RecordOfProcessing)
export class RecordOfProcessingResolver {
  @Query(() => RecordOfProcessing, {
    description:
      "The record of processing of the partnership the request acts in, built now from its agreements in force and the schema's classification: per data category the purposes, lawful bases, parties, recipients, retention terms and agreements; and the agreements due for review or ending within 60 days. Coordinators, partnership administrators, auditors and data protection officers.",
  })
  @Roles(Role.COORDINATOR, Role.PARTNERSHIP_ADMIN, Role.AUDITOR, Role.DATA_PROTECTION_OFFICER)
  recordOfProcessing(
    @Arg("partnershipId", () => ID, {
      nullable: true,
      description:
        "The partnership the request acts in (the default when left out or null); another is refused with FORBIDDEN.",
    })
    partnershipId: string | null | undefined,
    @Ctx() ctx: GovernanceContext,
  ): Promise<RecordOfProcessing> {
    return ctx.recordOfProcessing.record(partnershipOf(ctx.caller, partnershipId, "partnershipId"));
  }

  @FieldResolver(() => Partnership, { description: "The partnership whose record it is." })
  async partnership(@Root() record: RecordOfProcessing, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.partnership.load(record.partnershipId);
  }
}

@Resolver(() => CategoryProcessing)
export class CategoryProcessingResolver {
  @FieldResolver(() => String, { description: "What the category covers, in the words of DataCategory." })
  description(@Root() entry: CategoryProcessing, @Info() info: GraphQLResolveInfo): string {
    const categories = info.schema.getType("DataCategory") as GraphQLEnumType;
    return categories.getValue(entry.category)?.description ?? entry.category;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      "The fields of the composed schema, across every subgraph, classified under the category (`Type.field`, sorted), read from its @sensitive directives.",
  })
  classifiedFields(@Root() entry: CategoryProcessing): readonly string[] {
    return classifiedFields(entry.category);
  }
}
