/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
/** Where a concern is in the SHOP workflow. It moves forward only; a closed concern reopens with a reason. */
export type ConcernStatus =
  /** Partners are responding: visits, interventions, safeguarding. */
  | "ACTIVE"
  /** Closed with an outcome. */
  | "CLOSED"
  /** Received, not yet looked at by the virtual team. */
  | "RECEIVED"
  /** The response level is decided and the response is being planned. */
  | "RESPONSE_PLANNED"
  /** The virtual team is screening it and scoping for more information. */
  | "SCOPING";

/** A kind of modern slavery. */
export type ExploitationType =
  /** Criminal exploitation (county lines, cannabis cultivation, forced begging…). */
  | "CRIMINAL"
  /** Domestic servitude. */
  | "DOMESTIC_SERVITUDE"
  /** Labour exploitation (forced or compulsory labour). */
  | "LABOUR"
  /** Another kind, or not yet known. */
  | "OTHER_OR_UNKNOWN"
  /** Sexual exploitation. */
  | "SEXUAL";

/** The kind of premises a location is. */
export type LocationType =
  /** A cannabis farm. */
  | "CANNABIS_FARM"
  /** A hand car wash. */
  | "CAR_WASH"
  /** Criminal exploitation and county lines: a home taken over by drug dealers (cuckooed) or a house used to deal from (trap house). Used instead of PRIVATE_DWELLING or HMO when that is what the premises are used for. */
  | "CUCKOOED_OR_TRAP_HOUSE"
  /** A factory. */
  | "FACTORY"
  /** Agriculture: a farm, fields, glasshouses, orchards or livestock. This is the agriculture type (there is no other), so agriculture counts once; cannabis cultivation is CANNABIS_FARM and food processing FOOD_PRODUCTION. */
  | "FARM"
  /** Food production: a food processing, packing or preparation site (a meat plant, a packhouse, a bakery). Used instead of FACTORY for food. */
  | "FOOD_PRODUCTION"
  /** A GP surgery. */
  | "GP_SURGERY"
  /** A house in multiple occupation. */
  | "HMO"
  /** A hospital. */
  | "HOSPITAL"
  /** Other hospitality: a pub, bar, café, catering kitchen or events venue. Restaurants, takeaways, hotels and night clubs keep their own types. */
  | "HOSPITALITY"
  /** A hotel. */
  | "HOTEL"
  /** A letting agent. */
  | "LETTING_AGENT"
  /** A nail bar. */
  | "NAIL_BAR"
  /** A night club. */
  | "NIGHT_CLUB"
  /** Not yet known (a referral with no place, or an address still being established): such premises need no address, postcode, area or ward. */
  | "NOT_KNOWN"
  /** Another kind of premises. */
  | "OTHER"
  /** A church, mosque, gurdwara, temple or other place of worship. */
  | "PLACE_OF_WORSHIP"
  /** A private house or flat. */
  | "PRIVATE_DWELLING"
  /** A public place (street, park…). */
  | "PUBLIC_PLACE"
  /** A restaurant. */
  | "RESTAURANT"
  /** A shop or other business premises. */
  | "SHOP"
  /** A social club. */
  | "SOCIAL_CLUB"
  /** Supported housing. */
  | "SUPPORTED_HOUSING"
  /** A takeaway. */
  | "TAKEAWAY"
  /** A warehouse. */
  | "WAREHOUSE"
  /** A waste or recycling site. */
  | "WASTE_RECYCLING";

/** The response decided when a concern is screened. */
export type ResponseLevel =
  /** A joint multi-agency response. */
  | "JOINT_MULTI_AGENCY"
  /** A significant response that needs pre-planning (an operation). */
  | "SIGNIFICANT_PRE_PLANNED"
  /** One agency responds with its own powers. */
  | "SINGLE_AGENCY";

export type PartnerConcernQueryVariables = Exact<{
  id: string | number;
}>;

export type PartnerConcernQuery = {
  concern: {
    id: string;
    version: number;
    reference: string | null;
    status: ConcernStatus | null;
    responseLevel: ResponseLevel | null;
    crimeReference: string | null;
    leadAgency: { id: string; name: string } | null;
  } | null;
};

export type PartnerConcernsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type PartnerConcernsQuery = {
  concerns: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        version: number;
        reference: string | null;
        status: ConcernStatus | null;
        receivedOn: string | null;
        responseLevel: ResponseLevel | null;
        exploitationTypes: Array<ExploitationType> | null;
        takingPart: boolean | null;
        crimeReference: string | null;
        intelligenceSummary: string | null;
        leadAgency: { id: string; name: string } | null;
        location: { type: LocationType | null; postcode: string | null; area: { name: string } | null } | null;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PartnerConcernDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PartnerConcernQuery, PartnerConcernQueryVariables>;
export const PartnerConcernsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PartnerConcernsQuery, PartnerConcernsQueryVariables>;
