import { CombinedGraphQLErrors } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";

export type Path = ReadonlyArray<string | number>;

const SHARING_CODE = "FORBIDDEN_BY_SHARING_AGREEMENT";

/** The fields a response left out because of the caller's sharing agreements, by response path. */
export class Restrictions {
  private readonly byPath = new Map<string, { category: string; reason: string }>();
  /** Errors that are not sharing-agreement refusals: shown as they are. */
  readonly otherErrors: GraphQLFormattedError[] = [];

  constructor(errors: ReadonlyArray<GraphQLFormattedError> = []) {
    for (const error of errors) {
      const category = error.extensions?.code === SHARING_CODE ? error.extensions.category : undefined;
      const reason = typeof error.extensions?.reason === "string" ? error.extensions.reason : "NO_AGREEMENT";
      if (typeof category === "string" && error.path) this.byPath.set(error.path.join("."), { category, reason });
      else this.otherErrors.push(error);
    }
  }

  static from(error: unknown): Restrictions {
    return new Restrictions(CombinedGraphQLErrors.is(error) ? error.errors : []);
  }

  /** The category refused at this path or at one of its parents, if any. */
  categoryAt(path: Path): string | undefined {
    return this.refusalAt(path)?.category;
  }

  /** The refusal at this path or at one of its parents: its category and why. */
  refusalAt(path: Path): { category: string; reason: string } | undefined {
    for (let length = path.length; length > 0; length--) {
      const refusal = this.byPath.get(path.slice(0, length).join("."));
      if (refusal) return refusal;
    }
    return undefined;
  }

  /** Every category refused, once each. */
  get categories(): string[] {
    return [...new Set([...this.byPath.values()].map((refusal) => refusal.category))];
  }

  get size(): number {
    return this.byPath.size;
  }
}

/** What each category holds, in the words of the people who share it. */
const CATEGORY_WORDS: Record<string, string> = {
  CASE_SUMMARY: "case summaries",
  LOCATION_ADDRESS: "premises addresses",
  VICTIM_IDENTITY: "victims' identities",
  VICTIM_DEMOGRAPHICS: "victims' demographics",
  SAFEGUARDING: "safeguarding details",
  HEALTH: "health information",
  POLICE_INTELLIGENCE: "police intelligence",
  OFFENDER_IDENTITY: "offenders' identities",
  ENFORCEMENT: "enforcement action",
  SUPPLIER_RISK: "supplier risk intelligence",
  COMMERCIAL: "commercial information",
  PERSONNEL: "partner staff details",
  STATISTICS: "partnership statistics",
};

/** "POLICE_INTELLIGENCE" → "police intelligence". */
export function categoryWords(category: string): string {
  return CATEGORY_WORDS[category] ?? category.toLowerCase().replaceAll("_", " ");
}

/** Why a field is withheld, as the gateway's refusal says (`extensions.reason`). */
export type RestrictionReason = "NO_AGREEMENT" | "NOT_TAKING_PART";

/**
 * A restriction in words: what is withheld, what would grant it, and who to ask. A record the
 * caller's agency takes no part in is not a matter of agreements: the lead agency adds partners.
 */
export function restrictionText(category: string, reason: string = "NO_AGREEMENT"): string {
  const what = categoryWords(category);
  if (reason === "NOT_TAKING_PART")
    return `Restricted: ${what}, shown only to agencies taking part in this record. Ask its lead agency or the partnership's coordinator to add your agency.`;
  return `Restricted: ${what}. Your agency needs a sharing agreement that grants ${what}; ask the partnership's coordinator.`;
}
