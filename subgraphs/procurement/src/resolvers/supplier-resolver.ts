import { DataCategory, isUuid, PageArgs, Role, Roles } from "@partnership/runtime";
import { IsOptional, Length } from "class-validator";
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { ProcurementContext } from "../context.js";
import {
  Assessment,
  Audit,
  CommercialScope,
  HIGH_RISK_SECTORS,
  ModernSlaveryStatement,
  RiskRating,
  StatementCheck,
  StatementStatus,
  Supplier,
  SupplierRisk,
  SupplierSector,
} from "../entities/index.js";
import { CreateSupplierInput, RecordStatementInput, UpdateSupplierInput } from "../inputs/procurement-inputs.js";
import { normaliseCompanyNumber } from "../services/procurement-service.js";
import { assessSupplier } from "../services/supplier-assessment.js";
import { checkStatement } from "../services/statement-check.js";
import { SupplierConnection } from "./connections.js";

@InputType({ description: "Narrows the list of suppliers." })
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: "Only suppliers whose name contains this text." })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;

  @Field(() => SupplierSector, { nullable: true, description: "Only suppliers in this sector." })
  sector?: SupplierSector | null;

  @Field(() => StatementStatus, {
    nullable: true,
    description: "Only suppliers whose statement check says this today.",
  })
  statementStatus?: StatementStatus | null;

  @Field(() => RiskRating, {
    nullable: true,
    description:
      "Only suppliers whose public rating (`risk.rating`) is this today; contract values and audit findings never decide which suppliers a filter returns.",
  })
  riskRating?: RiskRating | null;

  @Field(() => Boolean, { nullable: true, description: "Only suppliers in high-risk sectors." })
  highRiskSectorOnly?: boolean | null;
}

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => Supplier, { nullable: true, description: "One supplier, or null when there is none with this id." })
  supplier(@Arg("id", () => ID, { description: "The supplier's id." }) id: string, @Ctx() ctx: ProcurementContext) {
    return isUuid(id) ? ctx.loaders.supplier.load(id) : null;
  }

  @Query(() => Supplier, { nullable: true, description: "The supplier with this Companies House number, if any." })
  supplierByCompanyNumber(
    @Arg("companyNumber", () => String, { description: "Companies House number; leading zeros may be left out." })
    companyNumber: string,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.loaders.supplierByCompanyNumber.load(normaliseCompanyNumber(companyNumber));
  }

  @Query(() => SupplierConnection, {
    description:
      "Suppliers, by name, a page at a time. Suppliers are shared by every partnership (a supplier serves many councils): the list is the same in each.",
  })
  suppliers(
    @Arg("filter", () => SupplierFilter, { nullable: true, description: "Narrows the list." })
    filter: SupplierFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.procurement.listSuppliers(filter ?? {}, page);
  }

  @FieldResolver(() => Boolean, { description: "True when the supplier's sector is a high-risk one." })
  highRiskSector(@Root() supplier: Supplier): boolean {
    return HIGH_RISK_SECTORS.has(supplier.sector);
  }

  @FieldResolver(() => StatementCheck, {
    description:
      "Is its modern slavery statement OK? The check for today, with every finding and its reason. About the supplier's public statement, so the same in every partnership.",
  })
  async statementCheck(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext): Promise<StatementCheck> {
    return checkStatement(supplier, await ctx.loaders.statementsOfSupplier.load(supplier.id), ctx.clock.today());
  }

  @FieldResolver(() => SupplierRisk, {
    description:
      "How risky the supplier is today, and why: publicly from the supplier itself and its statement; its commercialFactors and ratingWithCommercial add the contracts and open audit findings of the partnership the request acts in only (never another partnership's), COMMERCIAL.",
  })
  async risk(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext): Promise<SupplierRisk> {
    return this.rate(supplier, ctx);
  }

  @FieldResolver(() => SupplierRisk, {
    description:
      "The risk rating with the casework's intelligence signals about the supplier's premises as one more factor, where the caller's agreements grant SUPPLIER_RISK; otherwise the same as `risk` (includesIntelligence false, and the signals' denial explained in the errors).",
  })
  @Directive('@requires(fields: "intelligenceSignals { concerns visits interventions lastConcernOn }")')
  async riskIncludingIntelligence(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext): Promise<SupplierRisk> {
    // Defence in depth: the signals count only for a caller the agreements let see them.
    const signals = ctx.caller.grants.SUPPLIER_RISK ? (supplier.intelligenceSignals ?? undefined) : undefined;
    return this.rate(supplier, ctx, signals);
  }

  private async rate(
    supplier: Supplier,
    ctx: ProcurementContext,
    signals?: Parameters<typeof assessSupplier>[3],
  ): Promise<SupplierRisk> {
    const [statements, { owner, ...commercial }] = await Promise.all([
      ctx.loaders.statementsOfSupplier.load(supplier.id),
      ctx.loaders.commercialInputs.load(supplier.id),
    ]);
    const { risk } = assessSupplier(supplier, { statements, ...commercial }, ctx.clock.today(), signals);
    // The commercial fields are the owner's to see without COMMERCIAL when they are from its records alone.
    const scope = owner
      ? CommercialScope.OWN_AGENCY
      : ctx.caller.grants[DataCategory.COMMERCIAL]
        ? CommercialScope.PARTNERSHIP
        : null;
    return Object.assign(new SupplierRisk(), risk, {
      supplierId: supplier.id,
      commercialOwner: owner,
      commercialScope: scope,
    });
  }

  @FieldResolver(() => [ModernSlaveryStatement], {
    description: "Its statements, latest year first (one per financial year).",
  })
  statements(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.statementsOfSupplier.load(supplier.id);
  }

  @FieldResolver(() => [Assessment], {
    description: "Its due-diligence assessments recorded in the partnership the request acts in, latest first.",
  })
  assessments(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.assessmentsOfSupplier.load(supplier.id);
  }

  @FieldResolver(() => [Audit], {
    description: "Its audits recorded in the partnership the request acts in, latest first.",
  })
  audits(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.auditsOfSupplier.load(supplier.id);
  }

  @Mutation(() => Supplier, {
    description:
      "Adds a supplier, shared by every partnership (suppliers are reference data). Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  createSupplier(
    @Arg("input", () => CreateSupplierInput, { description: "The supplier." }) input: CreateSupplierInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.procurement.createSupplier(input);
  }

  @Mutation(() => Supplier, {
    description:
      "Changes a supplier's details (shared by every partnership), and with them its statement status and risk rating. The company number stays. Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  updateSupplier(
    @Arg("input", () => UpdateSupplierInput, { description: "The supplier's details as they stand now." })
    input: UpdateSupplierInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.procurement.updateSupplier(input);
  }

  @Mutation(() => ModernSlaveryStatement, {
    description:
      "Records a supplier's statement for a financial year, replacing any earlier record of the same year. Statements are shared by every partnership. Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  recordStatement(
    @Arg("input", () => RecordStatementInput, { description: "The statement." }) input: RecordStatementInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.procurement.recordStatement(input);
  }
}
