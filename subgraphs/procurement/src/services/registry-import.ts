import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { badUserInput, dayFromText, daysBetween, ImportGate, throwIfAbandoned } from "@partnership/runtime";
import { type DataSource, type EntityManager, In } from "typeorm";
import { ModernSlaveryStatement, StatementArea, StatementSource, Supplier, TurnoverBand } from "../entities/index.js";
import { MAX_PERIOD_DAYS } from "./statement-check.js";
import { normaliseCompanyNumber } from "./company-number.js";
import { refreshAssessments } from "./supplier-assessment.js";

/**
 * One registry import at a time per user and two per process, as every bulk import (runtime
 * ImportGate), whether it came as GraphQL text or as a streamed upload: one gate for both.
 */
export const registryImports = (dataSource: DataSource) => ImportGate.of(dataSource, "registry import");

/** How many rows are matched against suppliers and written per round trip. */
const BATCH_SIZE = 500;
/** The report lists at most this many rows of each kind; the counts cover every row. */
export const REPORT_LIMIT = 100;

/** Registry column → the area it reports (the registry has used both training column names). */
const AREA_COLUMNS: Array<[string[], StatementArea]> = [
  [["StatementIncludesOrgStructure"], StatementArea.STRUCTURE_AND_SUPPLY_CHAINS],
  [["StatementIncludesPolicies"], StatementArea.POLICIES],
  [["StatementIncludesDueDiligence"], StatementArea.DUE_DILIGENCE],
  [["StatementIncludesRisksAssessment"], StatementArea.RISK_ASSESSMENT],
  [["StatementIncludesGoals"], StatementArea.KPIS],
  [["StatementIncludesTraining", "StatementIncludesSCTraining"], StatementArea.TRAINING],
];
const REQUIRED_COLUMNS = ["CompanyNumber", "StatementURL", "StatementStartDate", "StatementEndDate"];

export interface ImportRejection {
  line: number;
  companyNumber: string | null;
  reason: string;
}
export interface ImportChange {
  line: number;
  companyNumber: string;
  supplierName: string;
  periodEnd: string;
  action: "CREATED" | "UPDATED" | "UNCHANGED";
  changedFields: string[];
}
export interface ImportReport {
  rowsRead: number;
  matched: number;
  created: number;
  updated: number;
  unchanged: number;
  unmatched: number;
  rejected: number;
  changes: ImportChange[];
  unmatchedRows: Array<{ line: number; companyNumber: string; organisationName: string | null }>;
  rejections: ImportRejection[];
}

interface ParsedRow {
  line: number;
  companyNumber: string;
  organisationName: string | null;
  statement: Omit<
    ModernSlaveryStatement,
    | "id"
    | "supplierId"
    | "supplier"
    | "updatedAt"
    | "publishedOn"
    | "signerRole"
    | "signedByDirector"
    | "linkedFromHomePage"
  >;
  turnoverBand: TurnoverBand | null;
}

/** Registry dates come as ISO (with or without a time) or as dd/mm/yyyy; an empty cell is no date. */
export function registryDate(value: string | undefined): string | null | undefined {
  const text = (value ?? "").trim();
  return text === "" ? null : dayFromText(text);
}

function registryBoolean(value: string | undefined): boolean | undefined {
  const text = (value ?? "").trim().toLowerCase();
  if (["true", "yes", "1"].includes(text)) return true;
  if (["false", "no", "0", ""].includes(text)) return false;
  return undefined;
}

/** "Under £36 million", "£36 million - £60 million", "Over £500 million", "£500 million +"… */
export function registryTurnover(value: string | undefined): TurnoverBand | null {
  const text = (value ?? "").toLowerCase();
  const numbers = [...text.matchAll(/(\d+)\s*(?:m|million)/g)].map((m) => Number(m[1]));
  if (numbers.length === 0) return null;
  if (/under|less|below|</.test(text) && numbers[0] === 36) return TurnoverBand.UNDER_36M;
  const low = numbers[0]!;
  if (low >= 500) return TurnoverBand.OVER_500M;
  if (low >= 100) return TurnoverBand.FROM_100M_TO_500M;
  if (low >= 60) return TurnoverBand.FROM_60M_TO_100M;
  if (low >= 36) return TurnoverBand.FROM_36M_TO_60M;
  return TurnoverBand.UNDER_36M;
}

/** One registry row → a statement, or the reason it is rejected. */
export function parseRegistryRow(row: Record<string, string>, line: number): ParsedRow | ImportRejection {
  const rawNumber = (row.CompanyNumber ?? "").trim();
  const reject = (reason: string): ImportRejection => ({ line, companyNumber: rawNumber || null, reason });
  if (rawNumber === "") return reject("no company number, so it cannot be matched to a supplier");
  const companyNumber = normaliseCompanyNumber(rawNumber);
  if (!/^[A-Z0-9]{8}$/.test(companyNumber)) return reject(`company number '${rawNumber}' is not 8 letters or digits`);
  const url = (row.StatementURL ?? "").trim();
  if (!/^https?:\/\/\S+$/i.test(url)) return reject(`StatementURL '${url}' is not an http(s) address`);
  const periodStart = registryDate(row.StatementStartDate);
  const periodEnd = registryDate(row.StatementEndDate);
  if (!periodStart) return reject(`StatementStartDate '${row.StatementStartDate ?? ""}' is not a date`);
  if (!periodEnd) return reject(`StatementEndDate '${row.StatementEndDate ?? ""}' is not a date`);
  if (periodEnd <= periodStart)
    return reject(`StatementEndDate ${periodEnd} is not after StatementStartDate ${periodStart}`);
  if (daysBetween(periodStart, periodEnd) > MAX_PERIOD_DAYS)
    return reject(`StatementStartDate ${periodStart} to StatementEndDate ${periodEnd} is more than 18 months`);
  const approvedOn = registryDate(row.DateApproved);
  if (approvedOn === undefined) return reject(`DateApproved '${row.DateApproved}' is not a date`);
  const yearText = (row.StatementYear ?? "").trim();
  const registryYear = yearText === "" ? null : Number(yearText);
  if (registryYear !== null && !(Number.isInteger(registryYear) && registryYear >= 2015 && registryYear <= 2100))
    return reject(`StatementYear '${yearText}' is not a year`);
  const areas: StatementArea[] = [];
  for (const [columns, area] of AREA_COLUMNS) {
    const column = columns.find((c) => c in row) ?? columns[0]!;
    const value = registryBoolean(row[column]);
    if (value === undefined) return reject(`${column} '${row[column]}' is neither true nor false`);
    if (value) areas.push(area);
  }
  const signedBy = (row.ApprovingPerson ?? "").trim() || null;
  return {
    line,
    companyNumber,
    organisationName: (row.OrganisationName ?? "").trim() || null,
    turnoverBand: registryTurnover(row.Turnover),
    statement: {
      periodStart,
      periodEnd,
      url,
      approvedOn,
      signedBy,
      submittedToRegistry: true,
      areas,
      source: StatementSource.REGISTRY,
      registryYear,
    },
  };
}

const COMPARED = [
  "periodStart",
  "url",
  "approvedOn",
  "signedBy",
  "submittedToRegistry",
  "areas",
  "registryYear",
] as const;

function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;
}

/**
 * Imports the government registry's statement-summary CSV: streams it, matches rows to our
 * suppliers by company number, adds or updates their statements, and reports what matched, what
 * changed and what was rejected. All in one transaction: a file that cannot be read writes nothing.
 */
export async function importRegistryCsv(
  dataSource: DataSource,
  csv: Readable,
  today: string,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const report: ImportReport = {
    rowsRead: 0,
    matched: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    unmatched: 0,
    rejected: 0,
    changes: [],
    unmatchedRows: [],
    rejections: [],
  };
  const reject = (rejection: ImportRejection) => {
    report.rejected += 1;
    if (report.rejections.length < REPORT_LIMIT) report.rejections.push(rejection);
  };

  await dataSource.transaction(async (manager) => {
    const touched = new Set<string>();
    const parser = csv.pipe(
      parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: false }),
    );
    let header: string[] | null = null;
    let batch: ParsedRow[] = [];
    let nextLine = 1;
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        const line = nextLine;
        nextLine = info.lines + 1;
        if (!header) {
          header = record.map((h) => h.trim());
          const missing = REQUIRED_COLUMNS.filter((c) => !header!.includes(c));
          if (missing.length > 0) throw badUserInput("csv", `the header lacks the column(s) ${missing.join(", ")}`);
          continue;
        }
        report.rowsRead += 1;
        if (record.length !== header.length) {
          reject({ line, companyNumber: null, reason: `has ${record.length} fields; the header has ${header.length}` });
          continue;
        }
        const row = Object.fromEntries(header.map((h, i) => [h, record[i]!]));
        const parsed = parseRegistryRow(row, line);
        if ("reason" in parsed) reject(parsed);
        else batch.push(parsed);
        if (batch.length >= BATCH_SIZE) {
          throwIfAbandoned(signal);
          await applyBatch(manager, batch, report, touched);
          batch = [];
        }
      }
    } catch (error) {
      if (error instanceof Error && "code" in error && String((error as { code: unknown }).code).startsWith("CSV_"))
        throw badUserInput("csv", `cannot be read as CSV near line ${nextLine}: ${error.message}`);
      throw error;
    }
    if (!header) throw badUserInput("csv", "is empty");
    await applyBatch(manager, batch, report, touched);
    await refreshAssessments(manager, [...touched], today);
    // Nobody will see the report of an abandoned request: roll it back rather than commit it.
    throwIfAbandoned(signal);
  });
  return report;
}

async function applyBatch(
  manager: EntityManager,
  batch: ParsedRow[],
  report: ImportReport,
  touched: Set<string>,
): Promise<void> {
  if (batch.length === 0) return;
  const numbers = [...new Set(batch.map((r) => r.companyNumber))];
  const suppliers = new Map(
    (await manager.getRepository(Supplier).findBy({ companyNumber: In(numbers) })).map((s) => [s.companyNumber, s]),
  );
  const supplierIds = [...suppliers.values()].map((s) => s.id);
  const repo = manager.getRepository(ModernSlaveryStatement);
  const existing = new Map(
    (supplierIds.length ? await repo.findBy({ supplierId: In(supplierIds) }) : []).map((s) => [
      `${s.supplierId}|${s.periodEnd}`,
      s,
    ]),
  );
  for (const row of batch) {
    const supplier = suppliers.get(row.companyNumber);
    if (!supplier) {
      report.unmatched += 1;
      if (report.unmatchedRows.length < REPORT_LIMIT)
        report.unmatchedRows.push({
          line: row.line,
          companyNumber: row.companyNumber,
          organisationName: row.organisationName,
        });
      continue;
    }
    report.matched += 1;
    touched.add(supplier.id);
    const key = `${supplier.id}|${row.statement.periodEnd}`;
    const current = existing.get(key);
    let change: ImportChange;
    if (!current) {
      const created = await repo.save(
        repo.create({
          ...row.statement,
          supplierId: supplier.id,
          publishedOn: null,
          signerRole: null,
          signedByDirector: false,
          linkedFromHomePage: false,
        }),
      );
      existing.set(key, created);
      report.created += 1;
      change = { ...describe(row, supplier), action: "CREATED", changedFields: [] };
    } else {
      const changedFields: string[] = COMPARED.filter((field) => !same(current[field], row.statement[field]));
      if (changedFields.length > 0) {
        Object.assign(
          current,
          Object.fromEntries(changedFields.map((f) => [f, row.statement[f as keyof typeof row.statement]])),
        );
        current.source = StatementSource.REGISTRY;
        if (changedFields.includes("signedBy") && current.signedByDirector && !current.signedBy)
          current.signedByDirector = false;
        await repo.save(current);
        report.updated += 1;
      } else {
        report.unchanged += 1;
      }
      change = { ...describe(row, supplier), action: changedFields.length ? "UPDATED" : "UNCHANGED", changedFields };
    }
    if (row.turnoverBand && row.turnoverBand !== supplier.turnoverBand) {
      supplier.turnoverBand = row.turnoverBand;
      await manager.getRepository(Supplier).update({ id: supplier.id }, { turnoverBand: row.turnoverBand });
      change.changedFields.push("supplier.turnoverBand");
      if (change.action === "UNCHANGED") {
        change.action = "UPDATED";
        report.unchanged -= 1;
        report.updated += 1;
      }
    }
    if (report.changes.length < REPORT_LIMIT) report.changes.push(change);
  }
}

function describe(row: ParsedRow, supplier: Supplier) {
  return {
    line: row.line,
    companyNumber: row.companyNumber,
    supplierName: supplier.name,
    periodEnd: row.statement.periodEnd,
  };
}
