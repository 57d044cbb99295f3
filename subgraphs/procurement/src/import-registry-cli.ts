import { createReadStream } from "node:fs";
import { clockFromEnvironment, openDataSource } from "@partnership/runtime";
import { procurement } from "./module.js";
import { importRegistryCsv } from "./services/registry-import.js";

/**
 * Imports a registry statement-summary CSV of any size from disk, streamed:
 * `DATABASE_URL=postgres://… node subgraphs/procurement/dist/import-registry-cli.js statements.csv`.
 * (The GraphQL mutation takes the text in the request, which the servers cap at 1 MB.)
 */
async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!file || !url) {
    console.error("usage: DATABASE_URL=postgres://… import-registry-cli <statements.csv>");
    process.exitCode = 2;
    return;
  }
  const dataSource = await openDataSource({
    url,
    schema: procurement.databaseSchema,
    entities: procurement.entities,
    migrations: procurement.migrations,
    poolSize: 2,
    applicationName: "partnership-procurement-import",
  });
  try {
    const report = await importRegistryCsv(dataSource, createReadStream(file), clockFromEnvironment().today());
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
