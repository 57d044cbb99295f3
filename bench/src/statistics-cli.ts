import { generateEs256KeyPair } from "@partnership/runtime";
import { measureAnnualReports } from "./annual-report.js";
import { annualReportRows, statisticsRows } from "./measurements.js";
import { measureStatistics } from "./statistics.js";
import { regionPartnership } from "./region.js";
import { regionalReportTarget } from "./regional.js";

/**
 * `npm run bench:statistics`: one partnership's caseStatistics against the same SQL, then users
 * asking for its whole annual report at once, on the database `npm run seed:large` filled
 * (DATABASE_URL, by default partnership_bench on 127.0.0.1:5432): the region's first partnership.
 */
async function main() {
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/partnership_bench";
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const measured = await measureStatistics(url, rounds, regionPartnership(1).directory.id);
  if (!measured) {
    console.log(`${url} holds too few concerns: run \`npm run seed:large\` first.`);
    return;
  }
  console.log(`${measured.statements} statements per query, ${measured.rounds} rounds after 2 warm-ups, alternating`);
  for (const line of statisticsRows(measured)) console.log(line);
  const keys = { users: await generateEs256KeyPair("bench-idp"), callerContext: await generateEs256KeyPair("bench") };
  const target = regionalReportTarget();
  for (const line of annualReportRows(await measureAnnualReports(url, keys, "partnership-bench-idp", rounds, target)))
    console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
