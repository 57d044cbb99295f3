import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ErrorCode, type Logger, withoutStackFrames } from "@partnership/runtime/edge";
import { type DocumentNode, GraphQLError, Kind, OperationTypeNode } from "graphql";
import type { GatewayContext } from "./gateway.js";
import type { SubgraphAnswer, SubgraphSend } from "./subgraph-fetcher.js";

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type GatewayResponse = Awaited<ReturnType<GraphQLDataSource["process"]>>;

/** A fetch the query planner built for a client's operation (not a health check or schema loading). */
export type IncomingFetch = Extract<ProcessOptions, { incomingRequestContext: unknown }>;

/** Whether the fetch document the query planner built for a subgraph is a mutation. */
function isMutationFetch(document: DocumentNode | undefined, query: string | undefined): boolean {
  if (document)
    return document.definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION,
    );
  // Without the planner's document, its text: a fetch is one operation, and a mutation's text starts with the word.
  return /^\s*mutation\b/.test(query ?? "");
}

/**
 * The error for a subgraph that could not answer: it names the service (never its address), so
 * the client knows which fields are missing and that trying again shortly may work.
 */
function subgraphUnavailable(service: string, reason: "UNREACHABLE" | "TIMEOUT" | "BAD_RESPONSE", detail: string) {
  return new GraphQLError(
    `The ${service} service is unavailable (${detail}); its fields are null in this answer. Try again shortly.`,
    { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service, reason } },
  );
}

/**
 * A subgraph's errors as Apollo Gateway receives them. It re-creates each as a `GraphQLError`
 * inside `errors.map` (executeQueryPlan's downstreamServiceError), and every `Error` captures a
 * stack trace of the gateway's frames, which V8 then formats as graphql-js replaces it with the
 * subgraph's: most of the gateway's added CPU on the police's concern list and its 22 refusals
 * (docs/benchmarks.md). So their mapping runs withoutStackFrames, as the subgraphs build their
 * refusals.
 */
export class SubgraphErrors<T> extends Array<T> {
  /** What map, filter and slice return: a plain array, not another SubgraphErrors. */
  static override get [Symbol.species]() {
    return Array;
  }

  override map<U>(mapping: (value: T, index: number, array: T[]) => U, thisArg?: unknown): U[] {
    return withoutStackFrames(() => super.map(mapping, thisArg));
  }
}

export interface SubgraphDataSourceOptions {
  service: string;
  url: string;
  timeoutMs: number;
  logger: Logger;
  send: SubgraphSend;
  /**
   * The headers a client's fetch carries besides its content type. Only what these return reaches
   * a subgraph; health checks and schema loading carry none.
   */
  headersFor: (fetch: IncomingFetch) => Promise<Record<string, string>>;
  /** Called once a mutation fetch to this subgraph is over, answered or not (governance's only). */
  afterMutation?: () => void;
}

/**
 * A subgraph reached over HTTP. A subgraph that is down, too slow or answers with an HTTP error
 * costs only its own fields: the failure becomes one typed error naming the service, the rest of
 * the plan still runs, and the next request tries the subgraph again (no state to recover).
 *
 * It implements Apollo's `GraphQLDataSource` itself rather than extending `RemoteGraphQLDataSource`,
 * which builds a node-fetch `Headers` and `Request` and a WHATWG `Response` for every fetch and
 * parses each answer's cache-control header, none of which this gateway uses (no answer is
 * cached): the per-fetch CPU that was left in the gateway's profile (`npm run bench`).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SubgraphDataSourceOptions) {}

  async process(options: ProcessOptions): Promise<GatewayResponse> {
    const { service, url, send, headersFor, afterMutation } = this.options;
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new Error(`a fetch to the ${service} service without a query`);
    const incoming = "incomingRequestContext" in options ? options : undefined;
    const mutation = afterMutation !== undefined && incoming !== undefined && isMutationFetch(incoming.document, query);
    try {
      const headers = {
        "content-type": "application/json",
        ...(incoming ? await headersFor(incoming) : undefined),
      };
      let answer: SubgraphAnswer;
      try {
        answer = await send(url, headers, JSON.stringify({ query, variables, operationName, extensions }));
      } catch (error) {
        throw this.unreachable(error as Error);
      }
      return this.read(answer);
    } finally {
      // A mutation that failed or timed out may still have committed: drop the cache either way.
      if (mutation) afterMutation();
    }
  }

  /** A GraphQL answer, or the typed error for an HTTP error status or a body that is not one. */
  private read(answer: SubgraphAnswer): GatewayResponse {
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch {
      body = undefined;
    }
    const answered = typeof body === "object" && body !== null && !Array.isArray(body);
    if (answer.status >= 200 && answer.status < 300 && answered) return this.withStacks(body as GatewayResponse);
    if (answer.status >= 200 && answer.status < 300) {
      this.options.logger.warn({ subgraph: this.options.service }, "subgraph answered with something other than JSON");
      throw subgraphUnavailable(this.options.service, "BAD_RESPONSE", "it answered something other than GraphQL");
    }
    throw this.httpError(answer.status, answered ? (body as { errors?: unknown }) : undefined);
  }

  /**
   * Gives each of the subgraph's errors a one-line `stack` naming the service, and hands them to
   * Apollo Gateway as SubgraphErrors: it re-creates every subgraph error as a `GraphQLError` (with
   * the subgraph's as its original, whose `stack` graphql-js copies), and those frames would be
   * the gateway's own, which say nothing about the error.
   */
  private withStacks(response: GatewayResponse): GatewayResponse {
    if (!Array.isArray(response.errors)) return response;
    const stack = (message: unknown) =>
      `GraphQLError: ${String(message)} (answered by the ${this.options.service} service)`;
    const errors = SubgraphErrors.from(response.errors as unknown[], (error) =>
      typeof error === "object" && error !== null && !("stack" in error)
        ? { ...error, stack: stack((error as { message?: unknown }).message) }
        : error,
    );
    return { ...response, errors: errors as GatewayResponse["errors"] };
  }

  /**
   * A subgraph answering with an HTTP error status: its own GraphQL error (e.g. `BAD_USER_INPUT`
   * for a variable its scalars refuse) is passed on with the service named; anything else is the
   * service failing. Never the subgraph's address or raw body.
   */
  private httpError(status: number, body: { errors?: unknown } | undefined): GraphQLError {
    const { service, logger } = this.options;
    const first = (Array.isArray(body?.errors) ? body.errors[0] : undefined) as
      { message?: unknown; extensions?: { code?: unknown } } | undefined;
    if (status < 500 && typeof first?.message === "string" && typeof first.extensions?.code === "string")
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code, service } });
    logger.warn({ subgraph: service, status }, "subgraph answered with an HTTP error");
    return subgraphUnavailable(service, "BAD_RESPONSE", `it answered HTTP ${status}`);
  }

  private unreachable(error: Error): GraphQLError {
    const { service, timeoutMs, logger } = this.options;
    const timedOut = error.name === "TimeoutError" || error.name === "AbortError";
    logger.warn({ subgraph: service, err: error }, "subgraph request failed");
    return timedOut
      ? subgraphUnavailable(service, "TIMEOUT", `no answer within ${timeoutMs} ms`)
      : subgraphUnavailable(service, "UNREACHABLE", "it cannot be reached");
  }
}
