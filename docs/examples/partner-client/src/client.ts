import type { TypedDocumentString } from "./generated/graphql.js";

/** How this system reaches the platform and who it is there. */
export interface ClientOptions {
  /** The gateway's GraphQL endpoint, such as `http://localhost:4000/graphql`. */
  url: string;
  /** A bearer token from an identity provider the platform trusts (your agency's). */
  accessToken: string;
  /** The partnership to act in (`x-partnership-id`); needed when your agency belongs to several. */
  partnershipId?: string;
  /** Names this system in the platform's audit trail, logs and metrics (`apollographql-client-name`). */
  clientName?: string;
  /** Its version (`apollographql-client-version`). */
  clientVersion?: string;
}

/** A GraphQL error as the gateway reports it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** A response: `data` may be partial, with the reason for each missing part in `errors`. */
export interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

/** The request as a whole failed: refused (401, 403, 429, 400 …) or answered with no data at all. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }

  /** The first error's `extensions.code`, such as `UNAUTHENTICATED` or `PARTNERSHIP_REQUIRED`. */
  get code(): string | undefined {
    const code = this.errors[0]?.extensions?.code;
    return typeof code === "string" ? code : undefined;
  }
}

export const DEFAULT_CLIENT_NAME = "partner-client-example";
export const DEFAULT_CLIENT_VERSION = "0.1.0";

/**
 * A minimal GraphQL client over `fetch`. The typed document carries the result and variable types
 * generated from the platform's schema, so `data` is typed without casts. It returns partial data
 * with its errors rather than throwing: with field-level sharing rules a response with errors is
 * normal, and only the caller knows which errors it can live with.
 */
export class GraphQLClient {
  constructor(private readonly options: ClientOptions) {}

  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<GraphQLResponse<TResult>> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      authorization: `Bearer ${this.options.accessToken}`,
      "apollographql-client-name": this.options.clientName ?? DEFAULT_CLIENT_NAME,
      "apollographql-client-version": this.options.clientVersion ?? DEFAULT_CLIENT_VERSION,
    };
    if (this.options.partnershipId) headers["x-partnership-id"] = this.options.partnershipId;
    const response = await fetch(this.options.url, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const text = await response.text();
    let body: GraphQLResponse<TResult>;
    try {
      body = JSON.parse(text) as GraphQLResponse<TResult>;
    } catch {
      throw new GraphQLRequestError(`HTTP ${response.status}: not a GraphQL response`, response.status, []);
    }
    const errors = body.errors ?? [];
    // A refusal of the whole request (no token, no such partnership, too many requests) comes
    // with an HTTP error status, or with no data at all.
    if (!response.ok || body.data === undefined || body.data === null) {
      const summary = errors.map((error) => `${String(error.extensions?.code ?? "ERROR")}: ${error.message}`);
      throw new GraphQLRequestError(
        `HTTP ${response.status}: ${summary.join("; ") || "no data"}`,
        response.status,
        errors,
      );
    }
    return body;
  }
}
