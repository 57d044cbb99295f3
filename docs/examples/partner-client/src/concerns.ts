import { GraphQLRequestError, type GraphQLClient } from "./client.js";
import { graphql } from "./generated/index.js";
import type { PartnerConcernsQuery } from "./generated/graphql.js";
import { sortErrors, type WithheldField } from "./withheld.js";

/**
 * One page of the partnership's concerns. Every field this system uses is named here; GraphQL Code
 * Generator turns the document into the types below (`npm run generate`), so a field the platform
 * renames or removes fails this program's type check, not its run. Fields that need a data
 * category the agency may not hold (the police intelligence, the address) are asked for all the
 * same: the platform answers them where an agreement allows and withholds them, per record, where
 * none does.
 */
export const PartnerConcerns = graphql(`
  query PartnerConcerns($first: Int!, $after: String) {
    concerns(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          version
          reference
          status
          receivedOn
          responseLevel
          exploitationTypes
          takingPart
          leadAgency {
            id
            name
          }
          location {
            type
            postcode
            area {
              name
            }
          }
          crimeReference
          intelligenceSummary
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** A concern as the platform returned it: a withheld field is `null` here and listed in `withheld`. */
export type Concern = PartnerConcernsQuery["concerns"]["edges"][number]["node"];

/** A concern with the fields the platform withheld from this agency, each with its reason. */
export interface ConcernRecord {
  concern: Concern;
  cursor: string;
  withheld: WithheldField[];
}

/** One page: its records, where the next one starts, and how many concerns match in all. */
export interface ConcernPage {
  records: ConcernRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** The largest page the platform serves. */
export const MAX_PAGE_SIZE = 100;

/**
 * Fetches one page of concerns after `after` (a previous page's `endCursor`; none for the first).
 * A field the agency's agreements withhold is reported on its record, and the rest of the record
 * is used: that is the platform working as agreed, not a failure. Any other error (a subgraph
 * down, the audit log unavailable) fails the page, so that nothing half-read is taken for whole.
 */
export async function fetchConcernPage(
  client: GraphQLClient,
  options: { first: number; after?: string | null },
): Promise<ConcernPage> {
  const response = await client.request(PartnerConcerns, { first: options.first, after: options.after ?? null });
  const sorted = sortErrors(response.errors ?? [], ["concerns", "edges"]);
  if (sorted.other.length > 0 || !response.data) {
    const summary = sorted.other.map((error) => `${String(error.extensions?.code ?? "ERROR")}: ${error.message}`);
    throw new GraphQLRequestError(`The page failed: ${summary.join("; ")}`, 200, sorted.other);
  }
  const { edges, pageInfo, totalCount } = response.data.concerns;
  return {
    records: edges.map((edge, index) => ({
      concern: edge.node,
      cursor: edge.cursor,
      withheld: sorted.byRecord.get(index) ?? [],
    })),
    endCursor: pageInfo.endCursor ?? null,
    hasNextPage: pageInfo.hasNextPage,
    totalCount,
  };
}

/**
 * Every concern the agency may list, a page at a time, following `pageInfo.endCursor` until
 * `hasNextPage` is false. Cursors are opaque: pass them back as they came.
 */
export async function* concernPages(
  client: GraphQLClient,
  options: { pageSize?: number } = {},
): AsyncGenerator<ConcernPage> {
  const first = Math.min(Math.max(options.pageSize ?? 50, 1), MAX_PAGE_SIZE);
  let after: string | null = null;
  for (;;) {
    const page: ConcernPage = await fetchConcernPage(client, { first, after });
    yield page;
    if (!page.hasNextPage || page.endCursor === null) return;
    after = page.endCursor;
  }
}
