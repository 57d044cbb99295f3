import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import { printExecutableGraphQLDocument } from "@graphql-tools/documents";
import { ConfigError, ErrorCode, type Logger, readConfig } from "@partnership/runtime/edge";
import { type DocumentNode, GraphQLError } from "graphql";
import { z } from "zod";
import type { GatewayContext } from "./gateway.js";

/** The name the portal's requests carry in apollographql-client-name (portal/src/lib/apollo.ts). */
export const PORTAL_CLIENT_NAME = "partnership-portal";

/**
 * The portal's operations as its build registers them (portal/src/gql/persisted-documents.json,
 * written by GraphQL Code Generator's client preset), from gateway/src or gateway/dist alike.
 */
export const DEFAULT_TRUSTED_DOCUMENTS_FILE = path.resolve(__dirname, "../../portal/src/gql/persisted-documents.json");

/**
 * What the gateway does with a portal request whose document is not one of the portal's:
 * answer it (`off`), answer it and log a warning (`log`), or refuse it (`require`).
 */
export type TrustedDocumentsMode = "off" | "log" | "require";

export interface TrustedDocuments {
  mode: TrustedDocumentsMode;
  /** The ids (`sha256:` and the hex digest of the normalised document) of the portal's operations. */
  ids: ReadonlySet<string>;
}

export const TRUSTED_DOCUMENTS_OFF: TrustedDocuments = { mode: "off", ids: new Set() };

/** The environment variables behind {@link TrustedDocuments}. */
export const trustedDocumentsVariables = {
  TRUSTED_DOCUMENTS: z
    .enum(["off", "log", "require"])
    .default("off")
    .describe(
      "what the gateway does with a portal request whose document the portal's build did not register: `require` refuses it (403 `UNTRUSTED_DOCUMENT`), `log` answers it and logs a warning, `off` checks nothing",
    ),
  TRUSTED_DOCUMENTS_FILE: z
    .string()
    .default(DEFAULT_TRUSTED_DOCUMENTS_FILE)
    .describe(
      "the portal's persisted documents manifest (written by `npm run generate`; the container image carries it)",
    ),
};

const manifest = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/, "must be sha256: and 64 hex digits"), z.string());

/** The manifest's ids; a manifest that cannot be read stops the gateway at start, naming the file. */
export function readManifest(file: string): ReadonlySet<string> {
  let parsed;
  try {
    parsed = manifest.safeParse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    throw new ConfigError([`TRUSTED_DOCUMENTS_FILE ${file} cannot be read: ${(error as Error).message}`]);
  }
  if (!parsed.success)
    throw new ConfigError([
      `TRUSTED_DOCUMENTS_FILE ${file} is not a persisted documents manifest (an object of sha256 id to document): ${parsed.error.issues[0]?.message}`,
    ]);
  return new Set(Object.keys(parsed.data));
}

export function trustedDocumentsFromVariables(raw: {
  TRUSTED_DOCUMENTS: TrustedDocumentsMode;
  TRUSTED_DOCUMENTS_FILE: string;
}): TrustedDocuments {
  if (raw.TRUSTED_DOCUMENTS === "off") return TRUSTED_DOCUMENTS_OFF;
  return { mode: raw.TRUSTED_DOCUMENTS, ids: readManifest(raw.TRUSTED_DOCUMENTS_FILE) };
}

/** Reads the trusted documents variables alone (for `npm start`, which configures the gateway in-process). */
export function readTrustedDocuments(env: NodeJS.ProcessEnv = process.env): TrustedDocuments {
  return trustedDocumentsFromVariables(readConfig(z.object(trustedDocumentsVariables), env));
}

/**
 * A document's id as the client preset computes it: the SHA-256 of its normalised print (definitions,
 * selections and arguments sorted, white space collapsed), so the portal's layout of a query and
 * Apollo's reprinting of it do not matter, only what it asks for.
 */
export function documentId(document: DocumentNode): string {
  return `sha256:${createHash("sha256").update(printExecutableGraphQLDocument(document)).digest("hex")}`;
}

function untrusted(id: string): GraphQLError {
  return new GraphQLError(
    "this operation is not one of the portal's trusted documents: the portal sends only the operations its build registered; reload the portal to get the current version",
    { extensions: { code: ErrorCode.FORBIDDEN, reason: "UNTRUSTED_DOCUMENT", documentId: id, http: { status: 403 } } },
  );
}

/**
 * Holds requests that name the portal as their client to the portal's registered operations, before
 * any subgraph is asked. Other clients (partner systems, the IDE) are not affected: what a caller may
 * read is decided by its token and its agency's agreements, not by this list; the list keeps the
 * portal's traffic to operations that were reviewed and checked against the schema.
 */
export function trustedDocumentsPlugin(trusted: TrustedDocuments, logger: Logger): ApolloServerPlugin<GatewayContext> {
  // Apollo keeps one parsed document per distinct query text, so each is normalised and hashed once.
  const ids = new WeakMap<DocumentNode, string>();
  const idOf = (document: DocumentNode) => {
    let id = ids.get(document);
    if (!id) ids.set(document, (id = documentId(document)));
    return id;
  };
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.caller.client?.name !== PORTAL_CLIENT_NAME) return;
      return {
        async didResolveOperation({ document, operationName }) {
          const id = idOf(document);
          if (trusted.ids.has(id)) return;
          if (trusted.mode === "require") throw untrusted(id);
          logger.warn(
            { operationName, documentId: id, requestId: contextValue.requestId },
            "a portal request's document is not one of the portal's trusted documents",
          );
        },
      };
    },
  };
}
