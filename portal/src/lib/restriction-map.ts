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

/** An agreement in force that grants a category, as a restriction names it. */
export interface NamedAgreement {
  reference: string;
  title: string;
  /** Whether the caller's agency is a party to it (it then grants the category to others only). */
  callerIsParty: boolean;
}

const inList = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** Which agreement would grant the category, and why it does not grant it to the caller's agency. */
function sharedUnder(agreements: readonly NamedAgreement[]): string {
  const named = inList.format(agreements.map((agreement) => `“${agreement.title}” (${agreement.reference})`));
  if (agreements.length > 1) return `It is shared under ${named}, none of which grants it to your agency`;
  if (agreements[0]?.callerIsParty) return `It is shared under ${named}, which does not grant it to your agency`;
  return `It is shared under ${named}, to which your agency is not a party`;
}

/**
 * A restriction in words: what is withheld, which agreement would grant it, and who to ask.
 * `granting` is the partnership's agreements in force that grant the category; while they are not
 * known (loading, or the caller may not read them) the sentence says only that one is needed. A
 * record the caller's agency takes no part in is not a matter of agreements: the lead agency adds
 * partners.
 */
export function restrictionText(
  category: string,
  reason: string = "NO_AGREEMENT",
  granting: readonly NamedAgreement[] | null = null,
): string {
  const what = categoryWords(category);
  if (reason === "NOT_TAKING_PART")
    return `Restricted: ${what}, shown only to agencies taking part in this record. Ask its lead agency or the partnership's coordinator to add your agency.`;
  if (!granting)
    return `Restricted: ${what}. Your agency needs a sharing agreement that grants ${what}; ask the partnership's coordinator.`;
  if (granting.length === 0)
    return `Restricted: ${what}. No agreement of this partnership shares ${what}; ask the partnership's coordinator to propose one.`;
  return `Restricted: ${what}. ${sharedUnder(granting)}; ask the partnership's coordinator.`;
}
