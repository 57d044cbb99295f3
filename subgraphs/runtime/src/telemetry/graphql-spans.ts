import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { SpanStatusCode, trace } from "@opentelemetry/api";
import { errorCodesOf } from "./error-codes.js";

/**
 * Names the GraphQL operation on the request's span once it is known, and marks the span failed
 * with the error codes of the answer (codes, never messages: a message may quote a value).
 */
export function graphqlSpans<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, response }) {
          const span = trace.getActiveSpan();
          if (!span) return;
          span.setAttributes({
            "graphql.operation.type": operation?.operation ?? "unknown",
            ...(operationName ? { "graphql.operation.name": operationName } : {}),
          });
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const codes = errorCodesOf(errors);
          if (codes.length > 0) {
            span.setAttribute("graphql.error.codes", codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(", ") });
          }
        },
      };
    },
  };
}
