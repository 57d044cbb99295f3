import { parseArgs } from "node:util";
import { regionPartnership } from "./region.js";
import { explainStatistics } from "./statistics-plans.js";

/**
 * `npm run bench:plans [-- --from 2016-04-01 --to 2017-03-31 --partnership <id> --plans]`: the query
 * plan and time of every statement of one partnership's whole `caseStatistics` report, on the
 * database `npm run seed:large` filled (DATABASE_URL, by default partnership_bench on
 * 127.0.0.1:5432); the partnership is the region's first unless given.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      from: { type: "string", default: "2016-04-01" },
      to: { type: "string", default: "2017-03-31" },
      plans: { type: "boolean", default: false },
      partnership: { type: "string", default: regionPartnership(1).directory.id },
    },
  });
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/partnership_bench";
  const plans = await explainStatistics(url, { from: values.from!, to: values.to! }, values.partnership);
  console.log(
    `caseStatistics of partnership ${values.partnership} from ${values.from} to ${values.to}: ${plans.length} statements`,
  );
  for (const { counts, executionMs, plan } of plans) {
    console.log(`${executionMs.toFixed(1).padStart(9)} ms  ${counts}`);
    if (values.plans) for (const line of plan) console.log(`             ${line}`);
  }
  const total = plans.reduce((sum, { executionMs }) => sum + executionMs, 0);
  console.log(`${total.toFixed(1).padStart(9)} ms  in all`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
