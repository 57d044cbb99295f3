import type { Logger } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Supplier } from "../entities/index.js";

/** Loads the demo suppliers in one transaction, once. */
export async function seedDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('procurement.seed'))");
    if ((await manager.count(Supplier)) > 0) return;
    await manager.insert(Supplier, [{ name: "Black Country Hand Car Wash Ltd", companyNumber: "09876543" }]);
    logger.info("loaded the demo suppliers (procurement)");
  });
}
