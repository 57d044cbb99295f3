import type { DataSource } from "typeorm";
import { ModernSlaveryStatement } from "../entities/index.js";
import { containing } from "./suppliers.js";

/** Statements whose signatory's name contains `name`, with their supplier, oldest year first. */
export function statementsSignedBy(dataSource: DataSource, name: string): Promise<ModernSlaveryStatement[]> {
  return dataSource
    .getRepository(ModernSlaveryStatement)
    .createQueryBuilder("s")
    .innerJoinAndSelect("s.supplier", "supplier")
    .where("s.signedBy ILIKE :name", { name: containing(name) })
    .orderBy("s.periodEnd")
    .addOrderBy("s.id")
    .getMany();
}
