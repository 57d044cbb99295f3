import { clockFromEnvironment, readConfig } from "@partnership/runtime";
import { retentionConfigSchema } from "./cli-config.js";
import { operatorDatabase } from "./operator-database.js";
import { runRetention } from "./retention.js";

/**
 * `npm run retention [-- --dry-run]` (and the nightly CronJob): anonymises what has reached the end
 * of its retention term, on the platform clock, in the database at DATABASE_URL or else the embedded
 * one under DATA_DIR (the one `npm start` uses); `--dry-run` lists what would change and changes
 * nothing but the record that it ran.
 */
async function main(argv: string[]): Promise<void> {
  const unknown = argv.filter((arg) => arg !== "--dry-run");
  if (unknown.length > 0) throw new Error(`unknown arguments: ${unknown.join(" ")} (only --dry-run)`);
  const config = readConfig(retentionConfigSchema);
  const database = await operatorDatabase(config.DATABASE_URL, config.DATA_DIR, "retention");
  try {
    await runRetention(database.url, clockFromEnvironment(), { dryRun: argv.includes("--dry-run") }, (line) =>
      console.log(line),
    );
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`retention: ${(error as Error).message}`);
  process.exit(1);
});
