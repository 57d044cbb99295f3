import { startEmbeddedDatabase } from "@partnership/platform";
import { createLogger, generateEs256KeyPair } from "@partnership/runtime";
import { measureRegion } from "./regional.js";
import { regionalRows } from "./regional-rows.js";
import { CACHE_CLUSTER, seededDatabases } from "./seed-cache.js";

/**
 * `node bench/dist/regional-cli.js`: the many-partnerships stage of `npm run bench` alone, on the
 * same seeds (built the first time, in the embedded PostgreSQL the suite keeps, or on the server
 * of DATABASE_URL). BENCH_ROUNDS (5 by default) scales how often each request is timed.
 */
async function main() {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedDatabase(CACHE_CLUSTER, createLogger("bench", "error"));
  try {
    const seeded = await seededDatabases(process.env.DATABASE_URL ?? embedded!.url, log);
    const keys = { users: await generateEs256KeyPair("bench-idp"), callerContext: await generateEs256KeyPair("bench") };
    const measured = await measureRegion(seeded, keys, "partnership-bench-idp", rounds, log);
    for (const line of regionalRows(measured)) console.log(line);
    console.log(JSON.stringify(measured, null, 2));
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
