import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { CALLER_CONTEXT_HEADER, type CallerContextSigner, type Logger } from "@partnership/runtime/edge";
import type { Request, RequestHandler, Response } from "express";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./gateway.js";

/**
 * Where the portal streams a registry statement-summary CSV of any size. GraphQL's 1 MB body cap
 * stays as it is: this route is the only one that takes a large body, and it never holds it.
 */
export const REGISTRY_UPLOAD_PATH = "/procurement/registry-import";

/** The operation name the upload is signed and audited under (the subgraph's audit rows carry it). */
export const REGISTRY_UPLOAD_OPERATION = "RegistryImportUpload";

export interface RegistryUploadOptions {
  /** The caller, exactly as GraphQL authenticates one (token, partnership, rate limits). */
  callerOf(req: Request): Promise<GatewayContext>;
  signer: CallerContextSigner;
  /** The procurement subgraph's GraphQL URL; the upload goes to its `/registry-import` beside it. */
  procurementUrl: string | undefined;
  logger: Logger;
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Answers a refusal after reading what is left of the body, so the browser sees it rather than a reset. */
function refuse(req: Request, res: Response, status: number, body: unknown): void {
  req.resume();
  res.status(status).json(body);
}

/**
 * `POST /procurement/registry-import`, body `text/csv`: authenticates the user's token and the
 * partnership it acts in as GraphQL does, signs the caller context for this request, and streams
 * the body straight on to the procurement subgraph, which parses it line by line and answers the
 * same report as `importRegistryStatements` (`{ report }`) or its errors (`{ errors }`). Nothing
 * here buffers the file: the subgraph reading it slowly slows the upload (back-pressure). A
 * browser that gives up aborts the subgraph's request, and the subgraph rolls the import back.
 * The upload may take as long as it keeps sending (requestDeadline): only a pause of
 * GATEWAY_TIMEOUT_MS cuts it off, so the real export (tens of MB) arrives on a slow line too.
 */
export function registryUpload(options: RegistryUploadOptions): RequestHandler {
  return async (req, res) => {
    if (!options.procurementUrl)
      return refuse(req, res, 503, errorBody("the procurement service is not configured", "SERVICE_UNAVAILABLE"));
    // text/csv is no "simple" content type: a cross-site form cannot send it without CORS allowing it.
    if (!req.is("text/csv"))
      return refuse(
        req,
        res,
        415,
        errorBody(`POST ${REGISTRY_UPLOAD_PATH} takes Content-Type: text/csv`, "UNSUPPORTED_MEDIA_TYPE"),
      );
    let context: GatewayContext;
    try {
      context = await options.callerOf(req);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
      // The status is the answer's own; the rest of the extensions (code, choices…) go in the body.
      const extensions = Object.fromEntries(Object.entries(error.extensions).filter(([key]) => key !== "http"));
      return refuse(req, res, status, { errors: [{ message: error.message, extensions }] });
    }
    const signed = await options.signer.sign({
      ...context.caller,
      requestId: context.requestId,
      operation: REGISTRY_UPLOAD_OPERATION,
      operationHash: null,
    });
    const abandon = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) abandon.abort();
    });
    let answer: globalThis.Response;
    try {
      answer = await fetch(options.procurementUrl.replace(/\/graphql$/, "/registry-import"), {
        method: "POST",
        headers: {
          "content-type": "text/csv",
          [CALLER_CONTEXT_HEADER]: signed,
        },
        body: Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>,
        duplex: "half",
        signal: abandon.signal,
      } as RequestInit);
    } catch (error) {
      if (abandon.signal.aborted) return;
      options.logger.warn({ err: error, requestId: context.requestId }, "registry upload: procurement unreachable");
      return refuse(
        req,
        res,
        503,
        errorBody(
          "The procurement service is unavailable (it cannot be reached); nothing was imported. Try again shortly.",
          "SERVICE_UNAVAILABLE",
        ),
      );
    }
    res.status(answer.status).set({ "content-type": "application/json", "cache-control": "no-store" });
    if (answer.body) Readable.fromWeb(answer.body as WebReadableStream<Uint8Array>).pipe(res);
    else res.end();
  };
}
