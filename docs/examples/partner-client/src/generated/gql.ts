/* eslint-disable */
import * as types from "./graphql.js";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  query PartnerConcern($id: ID!) {\n    concern(id: $id) {\n      id\n      version\n      reference\n      status\n      responseLevel\n      leadAgency {\n        id\n        name\n      }\n      crimeReference\n    }\n  }\n": typeof types.PartnerConcernDocument;
  "\n  query PartnerConcerns($first: Int!, $after: String) {\n    concerns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          version\n          reference\n          status\n          receivedOn\n          responseLevel\n          exploitationTypes\n          takingPart\n          leadAgency {\n            id\n            name\n          }\n          location {\n            type\n            postcode\n            area {\n              name\n            }\n          }\n          crimeReference\n          intelligenceSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.PartnerConcernsDocument;
};
const documents: Documents = {
  "\n  query PartnerConcern($id: ID!) {\n    concern(id: $id) {\n      id\n      version\n      reference\n      status\n      responseLevel\n      leadAgency {\n        id\n        name\n      }\n      crimeReference\n    }\n  }\n":
    types.PartnerConcernDocument,
  "\n  query PartnerConcerns($first: Int!, $after: String) {\n    concerns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          version\n          reference\n          status\n          receivedOn\n          responseLevel\n          exploitationTypes\n          takingPart\n          leadAgency {\n            id\n            name\n          }\n          location {\n            type\n            postcode\n            area {\n              name\n            }\n          }\n          crimeReference\n          intelligenceSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n":
    types.PartnerConcernsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PartnerConcern($id: ID!) {\n    concern(id: $id) {\n      id\n      version\n      reference\n      status\n      responseLevel\n      leadAgency {\n        id\n        name\n      }\n      crimeReference\n    }\n  }\n",
): typeof import("./graphql.js").PartnerConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PartnerConcerns($first: Int!, $after: String) {\n    concerns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          version\n          reference\n          status\n          receivedOn\n          responseLevel\n          exploitationTypes\n          takingPart\n          leadAgency {\n            id\n            name\n          }\n          location {\n            type\n            postcode\n            area {\n              name\n            }\n          }\n          crimeReference\n          intelligenceSummary\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n",
): typeof import("./graphql.js").PartnerConcernsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
