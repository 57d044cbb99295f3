import { type ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  type CallerContextSigner,
  ErrorCode,
  type Logger,
} from "@partnership/runtime/edge";
import { createHash } from "node:crypto";
import type { Tracer } from "@opentelemetry/api";
import { type DocumentNode, GraphQLError, Kind, OperationTypeNode } from "graphql";
import { subgraphFetcher } from "./subgraph-fetcher.js";
import { newApolloGateway } from "./telemetry.js";

/** Per request: who is asking, and (once the operation is known) the signed context sent to subgraphs. */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  /** Signed at the request's first subgraph fetch, for this request only, and sent with each of its fetches. */
  signedCallerContext?: Promise<string>;
}

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  signer: CallerContextSigner;
  logger: Logger;
  /** Records a span for each subgraph fetch and sends its trace context along; no spans without one. */
  tracer?: Tracer;
  /** Apollo's own telemetry (telemetry.ts): off unless the operator opted in. */
  apolloTelemetry?: boolean;
  /**
   * Called after every mutation fetch sent to the governance subgraph (whatever it did): what a
   * caller profile is read from may have changed. Decided from the fetch the query planner built,
   * never from the client's document.
   */
  onGovernanceMutation?: () => void;
}

/** The subgraph caller profiles (agreements, memberships, roles) are read from. */
const GOVERNANCE = "governance";

/** Whether the fetch document the query planner built for a subgraph is a mutation. */
export function isMutationFetch(document: DocumentNode | undefined, query: string | undefined): boolean {
  if (document)
    return document.definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION,
    );
  // Without the planner's document, its text: a fetch is one operation, and a mutation's text starts with the word.
  return /^\s*mutation\b/.test(query ?? "");
}

/** The SHA-256 (hex) of the operation document as the client sent it: what the audit log identifies an operation by. */
export function operationHash(source: string | undefined): string | null {
  return source === undefined ? null : createHash("sha256").update(source).digest("hex");
}

/**
 * The error for a subgraph that could not answer: it names the service (never its address), so
 * the client knows which fields are missing and that trying again shortly may work.
 */
export function subgraphUnavailable(
  service: string,
  reason: "UNREACHABLE" | "TIMEOUT" | "BAD_RESPONSE",
  detail: string,
) {
  return new GraphQLError(
    `The ${service} service is unavailable (${detail}); its fields are null in this answer. Try again shortly.`,
    { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service, reason } },
  );
}

/**
 * A subgraph reached over HTTP. A subgraph that is down, too slow or answers with an HTTP error
 * costs only its own fields: the failure becomes one typed error naming the service, the rest of
 * the plan still runs, and the next request tries the subgraph again (no state to recover).
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly service: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
    options: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    /** Called once a mutation fetch to this subgraph is over, answered or not (governance's only). */
    private readonly afterMutation?: () => void,
  ) {
    super(options);
  }

  override async process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>["process"]>[0]) {
    const mutation =
      this.afterMutation !== undefined &&
      "incomingRequestContext" in options &&
      isMutationFetch(options.document, options.request.query);
    try {
      return await super.process(options);
    } finally {
      // A mutation that failed or timed out may still have committed: drop the cache either way.
      if (mutation) this.afterMutation!();
    }
  }

  /**
   * A subgraph answering with an HTTP error status: its own GraphQL error (e.g. `BAD_USER_INPUT`
   * for a variable its scalars refuse) is passed on with the service named; anything else is the
   * service failing. Never the subgraph's address or raw body.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    let first: { message?: unknown; extensions?: { code?: unknown } } | undefined;
    try {
      const body = (await response.json()) as { errors?: Array<typeof first> };
      first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    } catch {
      first = undefined;
    }
    if (response.status < 500 && typeof first?.message === "string" && typeof first.extensions?.code === "string") {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code, service: this.service } });
    }
    this.logger.warn({ subgraph: this.service, status: response.status }, "subgraph answered with an HTTP error");
    return subgraphUnavailable(this.service, "BAD_RESPONSE", `it answered HTTP ${response.status}`);
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    const timedOut = error.name === "TimeoutError" || error.name === "AbortError";
    this.logger.warn({ subgraph: this.service, err: error }, "subgraph request failed");
    throw timedOut
      ? subgraphUnavailable(this.service, "TIMEOUT", `no answer within ${this.timeoutMs} ms`)
      : subgraphUnavailable(this.service, "UNREACHABLE", "it cannot be reached");
  }
}

/**
 * Apollo Gateway over the committed supergraph. Subgraph URLs come from configuration, not from
 * the supergraph; requests go over keep-alive connections (subgraph-fetcher.ts).
 */
export function createGateway({
  supergraphSdl,
  subgraphUrls,
  subgraphTimeoutMs,
  signer,
  logger,
  apolloTelemetry = false,
  onGovernanceMutation,
  tracer,
}: GatewayOptions): ApolloGateway {
  const fetcherOf = subgraphFetcher(subgraphTimeoutMs, tracer);
  return newApolloGateway(
    {
      supergraphSdl,
      logger,
      buildService: ({ name, url }) => {
        const configured = subgraphUrls[name];
        if (!configured) logger.warn({ subgraph: name, url }, "no URL configured for subgraph; using the supergraph's");
        return new SubgraphDataSource(
          name,
          subgraphTimeoutMs,
          logger,
          {
            url: configured ?? url,
            fetcher: fetcherOf(name) as never,
            // Only the caller context reaches a subgraph; nothing a client sent is forwarded. It is
            // signed for this request alone (its id inside, living seconds), with the operation's
            // name and its document's hash for the audit log, and sent with each of its fetches.
            willSendRequest: async (options) => {
              // Health checks and schema loading carry no caller; nothing is sent for them.
              if (!("incomingRequestContext" in options)) return;
              const { context, request, incomingRequestContext } = options;
              context.signedCallerContext ??= signer.sign({
                ...context.caller,
                requestId: context.requestId,
                operation: incomingRequestContext.operationName ?? null,
                operationHash: operationHash(incomingRequestContext.source),
              });
              request.http?.headers.set(CALLER_CONTEXT_HEADER, await context.signedCallerContext);
              // The one header of the client's passed on: a creating mutation's retry key, which the
              // subgraph that runs the mutation keeps its answer under (runtime's idempotency.ts).
              const idempotencyKey = incomingRequestContext.request.http?.headers.get("idempotency-key");
              if (idempotencyKey) request.http?.headers.set("idempotency-key", idempotencyKey);
            },
          },
          name === GOVERNANCE ? onGovernanceMutation : undefined,
        );
      },
    },
    apolloTelemetry,
  );
}

/** Asks every subgraph's `GET /ready` (its database answers); the gateway is ready when all are. */
export async function subgraphReadiness(
  subgraphUrls: Record<string, string>,
  timeoutMs = 2_000,
): Promise<{ ready: boolean; subgraphs: Record<string, "ready" | "unavailable"> }> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      try {
        const response = await fetch(url.replace(/\/graphql$/, "/ready"), { signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        return [name, response.ok ? "ready" : "unavailable"] as const;
      } catch {
        return [name, "unavailable"] as const;
      }
    }),
  );
  return { ready: entries.every(([, state]) => state === "ready"), subgraphs: Object.fromEntries(entries) };
}
