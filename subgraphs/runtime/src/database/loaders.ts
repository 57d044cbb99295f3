import DataLoader from "dataloader";
import { In, type ObjectLiteral, type Repository } from "typeorm";

/** Per-request loader of single rows by a unique column: N lookups in one request cost one query. */
export function uniqueLoader<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: keyof T & string = "id",
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await repository.findBy({ [column]: In([...keys]) } as never);
    const byKey = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Per-request loader of the rows that share a foreign key, e.g. the parties of many agreements in one query. */
export function groupLoader<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, "ASC" | "DESC">> = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await repository.find({ where: { [column]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(String(row[column]))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
