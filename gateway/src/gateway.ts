import type { ApolloGateway } from "@apollo/gateway";
import { CALLER_CONTEXT_HEADER, type Caller, type CallerContextSigner, type Logger } from "@partnership/runtime/edge";
import { createHash } from "node:crypto";
import type { Tracer } from "@opentelemetry/api";
import { type IncomingFetch, SubgraphDataSource } from "./subgraph-data-source.js";
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

/** The SHA-256 (hex) of the operation document as the client sent it: what the audit log identifies an operation by. */
export function operationHash(source: string | undefined): string | null {
  return source === undefined ? null : createHash("sha256").update(source).digest("hex");
}

/**
 * Apollo Gateway over the committed supergraph. Subgraph URLs come from configuration, not from
 * the supergraph; requests go over keep-alive connections (subgraph-fetcher.ts) from a data source of our own
 * (subgraph-data-source.ts).
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
  const sendTo = subgraphFetcher(subgraphTimeoutMs, tracer);
  // Only the caller context reaches a subgraph; nothing a client sent is forwarded. It is signed
  // for this request alone (its id inside, living seconds), with the operation's name and its
  // document's hash for the audit log, and sent with each of its fetches.
  const headersFor = async ({ context, incomingRequestContext }: IncomingFetch) => {
    context.signedCallerContext ??= signer.sign({
      ...context.caller,
      requestId: context.requestId,
      operation: incomingRequestContext.operationName ?? null,
      operationHash: operationHash(incomingRequestContext.source),
    });
    const headers: Record<string, string> = { [CALLER_CONTEXT_HEADER]: await context.signedCallerContext };
    // The one header of the client's passed on: a creating mutation's retry key, which the
    // subgraph that runs the mutation keeps its answer under (runtime's idempotency.ts).
    const idempotencyKey = incomingRequestContext.request.http?.headers.get("idempotency-key");
    if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
    return headers;
  };
  return newApolloGateway(
    {
      supergraphSdl,
      logger,
      buildService: ({ name, url }) => {
        const configured = subgraphUrls[name];
        if (!configured) logger.warn({ subgraph: name, url }, "no URL configured for subgraph; using the supergraph's");
        return new SubgraphDataSource({
          service: name,
          url: configured ?? url,
          timeoutMs: subgraphTimeoutMs,
          logger,
          send: sendTo(name),
          headersFor,
          afterMutation: name === GOVERNANCE ? onGovernanceMutation : undefined,
        });
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
