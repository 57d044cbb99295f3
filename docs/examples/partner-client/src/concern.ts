import { GraphQLRequestError, type GraphQLClient } from "./client.js";
import { graphql } from "./generated/index.js";
import type { PartnerConcernQuery } from "./generated/graphql.js";
import { withheldIn, type WithheldField } from "./withheld.js";

/** One concern by id: what a webhook receiver fetches when an event names a concern. */
export const PartnerConcern = graphql(`
  query PartnerConcern($id: ID!) {
    concern(id: $id) {
      id
      version
      reference
      status
      responseLevel
      leadAgency {
        id
        name
      }
      crimeReference
    }
  }
`);

export type SingleConcern = NonNullable<PartnerConcernQuery["concern"]>;

/**
 * The concern with this id as this agency may read it now, with the fields its agreements withhold,
 * or null when it cannot see the concern at all (another partnership's, or one it may not list).
 */
export async function fetchConcern(
  client: GraphQLClient,
  id: string,
): Promise<{ concern: SingleConcern; withheld: WithheldField[] } | null> {
  const response = await client.request(PartnerConcern, { id });
  const { withheld, other } = withheldIn(response.errors ?? [], ["concern"]);
  if (other.length > 0) {
    const summary = other.map((error) => `${String(error.extensions?.code ?? "ERROR")}: ${error.message}`);
    throw new GraphQLRequestError(`Fetching concern ${id} failed: ${summary.join("; ")}`, 200, other);
  }
  const concern = response.data?.concern;
  return concern ? { concern, withheld } : null;
}
