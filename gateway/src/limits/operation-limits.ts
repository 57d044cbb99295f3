import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { HardeningSettings } from "./settings.js";

/**
 * GraphQL Armor's limits on depth, aliases, directives and cost, as validation rules, and (in
 * production) its plugin that hides "Did you mean …?" field suggestions. Token counting is left to
 * the GraphQL parser (`parseOptions.maxTokens`), which stops lexing at the limit instead of
 * parsing the document twice. Apollo caches validated documents, so a repeated operation pays
 * none of this again.
 */
export function operationLimits(
  settings: HardeningSettings,
  production: boolean,
): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: settings.maxDepth, flattenFragments: true, ignoreIntrospection: true },
    maxAliases: { n: settings.maxAliases },
    maxDirectives: { n: settings.maxDirectives },
    costLimit: { maxCost: settings.maxCost, ignoreIntrospection: true },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: "" },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins: plugins as ApolloServerPlugin[], parseOptions: { maxTokens: settings.maxTokens } };
}
