// Pages through the partnership's concerns as your agency may see them and prints a summary of
// each page: how many concerns, and which fields the platform withheld under your agreements.
//
//   GRAPHQL_URL=http://localhost:4000/graphql ACCESS_TOKEN=<token> PARTNERSHIP_ID=<id> npm start
import process from "node:process";
import { GraphQLClient, GraphQLRequestError } from "./client.js";
import { concernPages } from "./concerns.js";
import { connectionFromEnv } from "./env.js";

async function main(): Promise<void> {
  const client = new GraphQLClient(connectionFromEnv());
  const pageSize = Number(process.env.PAGE_SIZE ?? 25);
  let pageNumber = 0;
  let seen = 0;
  for await (const page of concernPages(client, { pageSize })) {
    pageNumber += 1;
    seen += page.records.length;
    // Which fields were withheld, and why, across the page: `intelligenceSummary (POLICE_INTELLIGENCE, NO_AGREEMENT) ×12`.
    const withheld = new Map<string, number>();
    for (const record of page.records) {
      for (const field of record.withheld) {
        const key = `${field.field} (${field.category ?? "?"}, ${field.reason ?? "?"})`;
        withheld.set(key, (withheld.get(key) ?? 0) + 1);
      }
    }
    console.log(`Page ${pageNumber}: ${page.records.length} concerns (${seen} of ${page.totalCount})`);
    for (const record of page.records.slice(0, 3)) {
      const { concern } = record;
      console.log(
        `  ${concern.reference ?? "(reference withheld)"}  ${concern.status ?? "(status withheld)"}  lead: ${
          concern.leadAgency?.name ?? "(withheld)"
        }`,
      );
    }
    if (page.records.length > 3) console.log(`  … and ${page.records.length - 3} more`);
    for (const [field, count] of withheld) console.log(`  withheld: ${field} ×${count}`);
  }
  console.log(`Done: ${seen} concerns in ${pageNumber} pages.`);
}

main().catch((error: unknown) => {
  if (error instanceof GraphQLRequestError) console.error(`${error.message}${error.code ? ` [${error.code}]` : ""}`);
  else console.error(error);
  process.exit(1);
});
