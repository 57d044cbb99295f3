import { Readable } from "node:stream";
import { badUserInput, type Caller, type Clock, daysBetween } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { ModernSlaveryStatement, StatementSource } from "../entities/index.js";
import type { RecordStatementInput } from "../inputs/procurement-inputs.js";
import { importRegistryCsv, registryImports } from "./registry-import.js";
import { MAX_PERIOD_DAYS } from "./statement-check.js";
import { refreshAssessments } from "./supplier-assessment.js";
import { requireSupplier } from "./write-access.js";

/** Suppliers' modern slavery statements: recorded by hand, or imported from the government registry. */
export class StatementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(input: RecordStatementInput): Promise<ModernSlaveryStatement> {
    if (input.periodEnd <= input.periodStart)
      throw badUserInput("input.periodEnd", `must be after the period start (${input.periodStart})`);
    if (daysBetween(input.periodStart, input.periodEnd) > MAX_PERIOD_DAYS)
      throw badUserInput("input.periodEnd", "a financial year covers at most 18 months");
    if (input.signedByDirector && !input.signedBy)
      throw badUserInput("input.signedBy", "must name the director who signed");
    if (input.approvedOn && input.approvedOn > this.clock.today())
      throw badUserInput("input.approvedOn", "must not be in the future");
    if (input.publishedOn && input.publishedOn > this.clock.today())
      throw badUserInput("input.publishedOn", "must not be in the future");
    return this.dataSource.transaction(async (manager) => {
      await requireSupplier(manager, input.supplierId, "input.supplierId");
      const repo = manager.getRepository(ModernSlaveryStatement);
      const existing = await repo.findOneBy({ supplierId: input.supplierId, periodEnd: input.periodEnd });
      const statement = repo.merge(existing ?? repo.create({ registryYear: null }), {
        supplierId: input.supplierId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        url: input.url,
        publishedOn: input.publishedOn ?? null,
        approvedOn: input.approvedOn ?? null,
        signedBy: input.signedBy ?? null,
        signerRole: input.signerRole ?? null,
        signedByDirector: input.signedByDirector,
        linkedFromHomePage: input.linkedFromHomePage,
        submittedToRegistry: input.submittedToRegistry,
        areas: [...new Set(input.areas)],
        source: StatementSource.MANUAL,
      });
      const saved = await repo.save(statement);
      await refreshAssessments(manager, [input.supplierId], this.clock.today());
      return saved;
    });
  }

  /** Imports the registry's CSV text, one import per user at a time (the streamed upload shares the gate). */
  importRegistry(csv: string, caller: Caller, signal?: AbortSignal) {
    return registryImports(this.dataSource).run(caller, () =>
      importRegistryCsv(this.dataSource, Readable.from([csv]), this.clock.today(), signal),
    );
  }
}
