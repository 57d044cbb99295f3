import type { Logger } from "@partnership/runtime";
import type { DataSource } from "typeorm";

export async function seedDemo(_dataSource: DataSource, _logger: Logger): Promise<void> {}
