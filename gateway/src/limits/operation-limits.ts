import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { HardeningSettings } from "./settings.js";

/**
 * GraphQL Armor's limits on depth, aliases, directives and cost, as validation rules. Field
 * suggestions are removed in production by formatErrorFor (runtime format-error.ts), from every
 * error, whole sentence and all; Armor's mask left a stray " ?" and let enum-value suggestions
 * through. Token counting is left to
 * the GraphQL parser (`parseOptions.maxTokens`), which stops lexing at the limit instead of
 * parsing the document twice. Apollo caches validated documents, so a repeated operation pays
 * none of this again.
 */
export function operationLimits(settings: HardeningSettings): {
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
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins: plugins as ApolloServerPlugin[], parseOptions: { maxTokens: settings.maxTokens } };
}

const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });

/**
 * Refuses, as 400 `BAD_REQUEST`, what the gateway cannot execute and would otherwise answer as a
 * 500: a document whose operation cannot be chosen (several and no `operationName`, or an unknown
 * one) and subscriptions.
 */
export function operationGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) {
            const count = document.definitions.filter((d) => d.kind === "OperationDefinition").length;
            throw badRequest(
              count > 1
                ? "the document holds several operations: name the one to run in operationName"
                : "operationName names no operation of the document",
            );
          }
          if (operation.operation === "subscription") throw badRequest("subscriptions are not supported");
        },
      };
    },
  };
}
