import { isUuid, PageArgs, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import {
  Assessment,
  Audit,
  HIGH_RISK_SECTORS,
  ModernSlaveryStatement,
  StatementCheck,
  Supplier,
  SupplierRisk,
} from "../entities/index.js";
import { SupplierFilter } from "../inputs/filters.js";
import { CreateSupplierInput, RecordStatementInput, UpdateSupplierInput } from "../inputs/procurement-inputs.js";
import { normaliseCompanyNumber } from "../services/company-number.js";
import { SupplierConnection } from "../types/outputs.js";

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
    return ctx.suppliers.list(filter ?? {}, page);
  }

  @FieldResolver(() => Boolean, { description: "True when the supplier's sector is a high-risk one." })
  highRiskSector(@Root() supplier: Supplier): boolean {
    return HIGH_RISK_SECTORS.has(supplier.sector);
  }

  @FieldResolver(() => StatementCheck, {
    description:
      "Is its modern slavery statement OK? The check for today, with every finding and its reason. About the supplier's public statement, so the same in every partnership.",
  })
  statementCheck(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext): Promise<StatementCheck> {
    return ctx.suppliers.statementCheck(supplier);
  }

  @FieldResolver(() => SupplierRisk, {
    description:
      "How risky the supplier is today, and why: publicly from the supplier itself and its statement; its commercialFactors and ratingWithCommercial add the contracts and open audit findings of the partnership the request acts in only (never another partnership's), COMMERCIAL.",
  })
  risk(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext): Promise<SupplierRisk> {
    return ctx.suppliers.risk(supplier, ctx.caller);
  }

  @FieldResolver(() => SupplierRisk, {
    description:
      "The risk rating with the casework's intelligence signals about the supplier's premises as one more factor, where the caller's agreements grant SUPPLIER_RISK; otherwise the same as `risk` (includesIntelligence false, and the signals' denial explained in the errors).",
  })
  @Directive('@requires(fields: "intelligenceSignals { concerns visits interventions lastConcernOn }")')
  riskIncludingIntelligence(@Root() supplier: Supplier, @Ctx() ctx: ProcurementContext): Promise<SupplierRisk> {
    // Defence in depth: the signals count only for a caller the agreements let see them.
    const signals = ctx.caller.grants.SUPPLIER_RISK ? (supplier.intelligenceSignals ?? undefined) : undefined;
    return ctx.suppliers.risk(supplier, ctx.caller, signals);
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
    return ctx.suppliers.create(input);
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
    return ctx.suppliers.update(input);
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
    return ctx.statements.record(input);
  }
}
