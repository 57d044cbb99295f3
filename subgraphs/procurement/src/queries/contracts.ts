import type { DataSource } from "typeorm";
import { Contract } from "../entities/index.js";
import type { ContractFilter } from "../inputs/filters.js";

/** One contract of the partnership; null for an unknown id and for another partnership's. */
export function contractOfPartnership(dataSource: DataSource, id: string, partnershipId: string) {
  return dataSource.getRepository(Contract).findOneBy({ id, partnershipId });
}

/** The partnership's contracts (alias `c`) the filter lets through. */
export function contractsOfPartnership(dataSource: DataSource, partnershipId: string, filter: ContractFilter) {
  const query = dataSource
    .getRepository(Contract)
    .createQueryBuilder("c")
    .where("c.partnershipId = :partnershipId", { partnershipId });
  if (filter.supplierId) query.andWhere("c.supplierId = :supplierId", { supplierId: filter.supplierId });
  if (filter.withoutModernSlaveryClause) query.andWhere("NOT c.modernSlaveryClause");
  return query;
}
