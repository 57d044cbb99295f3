import { parseArgs } from "node:util";
import { ensureDatabase } from "@partnership/runtime";
import { seedRegion } from "./large-seed.js";
import { REGION, regionPartnerships } from "./region.js";

/**
 * `DATABASE_URL=… npm run seed:large [-- --partnerships 100 --concerns 10000 --people 40000]`: the
 * benchmarks' region (every subgraph's schema and the demo, then partnerships sharing one police
 * force, each with its casework) in an empty database; `--partnerships 1` gives the region's first
 * partnership alone. Sizes are per partnership. Never part of `npm test`.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      partnerships: { type: "string", default: String(REGION.partnerships) },
      concerns: { type: "string", default: String(REGION.concerns) },
      people: { type: "string", default: String(REGION.people) },
    },
  });
  const [partnerships, concerns, people] = [values.partnerships, values.concerns, values.people].map(Number);
  if (![partnerships, concerns, people].every((n) => Number.isInteger(n) && n! >= 1))
    throw new Error("--partnerships, --concerns and --people must be whole numbers of 1 or more");
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/partnership_bench";
  const parsed = new URL(url);
  const database = parsed.pathname.slice(1);
  parsed.pathname = "/postgres";
  await ensureDatabase(parsed.toString(), database);
  const started = performance.now();
  console.log(
    `seeding ${partnerships} partnership(s), each with ${concerns!.toLocaleString("en-GB")} concerns and ${people!.toLocaleString("en-GB")} people screened, into ${database}`,
  );
  const timings = await seedRegion(
    url,
    regionPartnerships(partnerships!),
    { concerns: concerns!, people: people! },
    (line) => process.stdout.write(`\r  ${line}          `),
  );
  process.stdout.write("\n");
  for (const [step, ms] of Object.entries(timings)) console.log(`  ${step.padEnd(18)} ${(ms / 1000).toFixed(1)} s`);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
