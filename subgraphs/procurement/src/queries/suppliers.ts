import type { DataSource, SelectQueryBuilder } from "typeorm";
import { HIGH_RISK_SECTORS, type RiskRating, type StatementStatus, Supplier } from "../entities/index.js";
import type { SupplierFilter } from "../inputs/filters.js";

/** `%part%` for ILIKE, with LIKE's own wildcards in the part taken literally. */
export const containing = (part: string) => `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Suppliers (alias `s`) by the filter's facts that do not move with the calendar: name, sector. */
export function suppliersByFacts(dataSource: DataSource, filter: SupplierFilter): SelectQueryBuilder<Supplier> {
  const query = dataSource.getRepository(Supplier).createQueryBuilder("s");
  if (filter.search) query.andWhere("s.name ILIKE :search", { search: containing(filter.search) });
  if (filter.sector) query.andWhere("s.sector = :sector", { sector: filter.sector });
  if (filter.highRiskSectorOnly) query.andWhere("s.sector IN (:...sectors)", { sectors: [...HIGH_RISK_SECTORS] });
  return query;
}

/** Narrows to suppliers whose snapshot is older than `today`: their stored status may no longer hold. */
export function staleOn<T extends SelectQueryBuilder<Supplier>>(query: T, today: string): T {
  return query.andWhere("s.assessedOn < :staleBefore", { staleBefore: today });
}

/**
 * Narrows to suppliers with this status and rating today: by the stored snapshot where it is
 * today's, else only the stale suppliers listed in `staleMatching` (whose status was computed today).
 */
export function withAssessment(
  query: SelectQueryBuilder<Supplier>,
  today: string,
  assessment: { statementStatus?: StatementStatus | null; riskRating?: RiskRating | null },
  staleMatching: readonly string[],
): SelectQueryBuilder<Supplier> {
  const stored = ["s.assessedOn >= :assessedOn"];
  if (assessment.statementStatus) stored.push("s.statementStatus = :status");
  if (assessment.riskRating) stored.push("s.riskRating = :rating");
  return query.andWhere(`((${stored.join(" AND ")}) OR s.id = ANY(:staleMatching))`, {
    assessedOn: today,
    status: assessment.statementStatus,
    rating: assessment.riskRating,
    staleMatching: [...staleMatching],
  });
}

/** The partnership's suppliers (those it holds a contract with) whose snapshot is older than `today`. */
export function staleSuppliersOfPartnership(dataSource: DataSource, partnershipId: string, today: string) {
  return staleOn(
    dataSource
      .getRepository(Supplier)
      .createQueryBuilder("s")
      .where("EXISTS (SELECT 1 FROM contract c WHERE c.supplier_id = s.id AND c.partnership_id = :partnershipId)", {
        partnershipId,
      }),
    today,
  ).getMany();
}
