import { badUserInput, type DataCategory } from "@partnership/runtime";
import type { GraphQLError } from "graphql";
import type { AgencySector } from "../entities/index.js";
import { CATEGORY_CONTROLLERS, controls } from "./data-controllers.js";

export interface ConsentGrant {
  recipientAgencyId?: string | null;
  recipientSector?: AgencySector | null;
  categories: DataCategory[];
}

/**
 * The first breach of the consent rules in an agreement's grants, as BAD_USER_INPUT naming the
 * grant's field, or null: every category is granted by a party that controls it (so the data's
 * owner consents by signing), and every recipient is a party (an agency named as recipient is one
 * of the parties; a sector named as recipient has at least one party of that sector, and reaches
 * only those: see the grants query in caller-grants-service.ts).
 */
export function consentProblem(
  parties: ReadonlyArray<{ id: string; sector: AgencySector }>,
  grants: readonly ConsentGrant[],
): GraphQLError | null {
  const partySectors = new Set(parties.map((p) => p.sector));
  const partyIds = new Set(parties.map((p) => p.id));
  for (const [index, grant] of grants.entries()) {
    const path = `input.grants[${index}]`;
    for (const [c, category] of grant.categories.entries()) {
      if (![...partySectors].some((sector) => controls(sector, category)))
        return badUserInput(
          `${path}.categories[${c}]`,
          `${category} can be granted only by a party that controls it (${CATEGORY_CONTROLLERS[category].join(", ")}); no party of this agreement does`,
        );
    }
    if (grant.recipientAgencyId && !partyIds.has(grant.recipientAgencyId))
      return badUserInput(
        `${path}.recipientAgencyId`,
        "every recipient must be a party to the agreement and sign it; add the agency to partyAgencyIds",
      );
    if (grant.recipientSector && !partySectors.has(grant.recipientSector))
      return badUserInput(
        `${path}.recipientSector`,
        `a sector grant reaches only the agreement's parties of that sector, and no party is ${grant.recipientSector}`,
      );
  }
  return null;
}
