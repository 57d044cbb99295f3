import { badUserInput, type Caller, type Clock, DataCategory, type PageArgs, paginate } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  CommercialScope,
  type RiskRating,
  type StatementCheck,
  StatementStatus,
  Supplier,
  SupplierRisk,
} from "../entities/index.js";
import type { SupplierFilter } from "../inputs/filters.js";
import type { CreateSupplierInput, UpdateSupplierInput } from "../inputs/procurement-inputs.js";
import type { ProcurementLoaders } from "../loaders/index.js";
import { staleOn, suppliersByFacts, withAssessment } from "../queries/suppliers.js";
import { normaliseCompanyNumber } from "./company-number.js";
import type { PremisesSignals } from "./risk-rating.js";
import { checkStatement } from "./statement-check.js";
import { assessSupplier, computeAssessments, refreshAssessments } from "./supplier-assessment.js";

/** A supplier's details as given, tidied: everything but its company number, which never changes. */
function details(input: CreateSupplierInput | UpdateSupplierInput) {
  return {
    name: input.name.trim(),
    sector: input.sector,
    turnoverBand: input.turnoverBand,
    financialYearEnd: input.financialYearEnd,
    website: input.website ?? null,
    workforceTraits: [...new Set(input.workforceTraits)],
    location: input.location,
    commodities: [...new Set(input.commodities)],
  };
}

/** Suppliers (shared by every partnership): the list, their details, their statement check and risk. */
export class SupplierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly loaders: ProcurementLoaders,
  ) {}

  /**
   * Suppliers are shared, and so is every filter: the risk rating filtered by is the public one
   * (`risk.rating`), so which suppliers come back never tells a contract's value or an audit finding.
   * Status and rating are today's: the stored snapshot where it is today's, the pure rules for a
   * supplier whose snapshot is older (computed here, never written: a read writes nothing).
   */
  async list(filter: SupplierFilter, page: PageArgs) {
    const query = suppliersByFacts(this.dataSource, filter);
    if (filter.statementStatus || filter.riskRating) {
      const today = this.clock.today();
      const stale = await staleOn(query.clone(), today).getMany();
      const { suppliers } = await computeAssessments(this.dataSource.manager, stale, today, "no partnership");
      const matching = suppliers.filter(
        (s) =>
          (!filter.statementStatus || s.status === filter.statementStatus) &&
          (!filter.riskRating || s.rating === filter.riskRating),
      );
      withAssessment(
        query,
        today,
        filter,
        matching.map((s) => s.id),
      );
    }
    return paginate(query, "name", page);
  }

  async create(input: CreateSupplierInput): Promise<Supplier> {
    const companyNumber = normaliseCompanyNumber(input.companyNumber);
    if (!/^[A-Z0-9]{8}$/.test(companyNumber))
      throw badUserInput("input.companyNumber", "must be 8 letters or digits, e.g. 01234567 or SC123456");
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(Supplier).existsBy({ companyNumber })) {
        throw badUserInput("input.companyNumber", `a supplier with company number ${companyNumber} already exists`);
      }
      const supplier = await manager.getRepository(Supplier).save(
        manager.getRepository(Supplier).create({
          ...details(input),
          companyNumber,
          statementStatus: StatementStatus.MISSING,
          riskRating: "LOW" as RiskRating,
          assessedOn: this.clock.today(),
        }),
      );
      await refreshAssessments(manager, [supplier.id], this.clock.today());
      return manager.getRepository(Supplier).findOneByOrFail({ id: supplier.id });
    });
  }

  /**
   * Replaces a supplier's details (not its company number, the key other services match it by)
   * and brings its statement status and risk rating up to date with them, in one transaction.
   */
  async update(input: UpdateSupplierInput): Promise<Supplier> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Supplier);
      const supplier = await repo
        .createQueryBuilder("s")
        .setLock("pessimistic_write")
        .where("s.id = :id", { id: input.supplierId })
        .getOne();
      if (!supplier) throw badUserInput("input.supplierId", `no supplier has the id ${input.supplierId}`);
      await repo.update({ id: supplier.id }, details(input));
      await refreshAssessments(manager, [supplier.id], this.clock.today());
      return repo.findOneByOrFail({ id: supplier.id });
    });
  }

  /** The statement check for today, from the supplier's statements. */
  async statementCheck(supplier: Supplier): Promise<StatementCheck> {
    return checkStatement(supplier, await this.loaders.statementsOfSupplier.load(supplier.id), this.clock.today());
  }

  /**
   * The supplier's risk today: public, and with the acting partnership's contracts and open findings
   * (or only the caller's agency's, without COMMERCIAL); with the premises signals when given.
   */
  async risk(supplier: Supplier, caller: Caller, signals?: PremisesSignals): Promise<SupplierRisk> {
    const [statements, { owner, ...commercial }] = await Promise.all([
      this.loaders.statementsOfSupplier.load(supplier.id),
      this.loaders.commercialInputs.load(supplier.id),
    ]);
    const { risk } = assessSupplier(supplier, { statements, ...commercial }, this.clock.today(), signals);
    // The commercial fields are the owner's to see without COMMERCIAL when they are from its records alone.
    const scope = owner
      ? CommercialScope.OWN_AGENCY
      : caller.grants[DataCategory.COMMERCIAL]
        ? CommercialScope.PARTNERSHIP
        : null;
    return Object.assign(new SupplierRisk(), risk, {
      supplierId: supplier.id,
      commercialOwner: owner,
      commercialScope: scope,
    });
  }
}
