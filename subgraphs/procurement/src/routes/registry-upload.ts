import {
  AuditTrail,
  ErrorCode,
  Role,
  type SubgraphApp,
  type SubgraphRequest,
  type SubgraphResponse,
  type SubgraphRouteServices,
} from "@partnership/runtime";
import { GraphQLError } from "graphql";
import { importRegistryCsv, registryImports } from "../services/registry-import.js";

/** Where the gateway streams a registry file to (the gateway's own path is in its registry-upload.ts). */
export const REGISTRY_UPLOAD_PATH = "/registry-import";

/** The roles that may import, the same as `importRegistryStatements`'. */
const IMPORT_ROLES: readonly Role[] = [Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN];

/** The HTTP status of a refusal with this code. */
const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
};

function refuse(res: SubgraphResponse, req: SubgraphRequest, error: GraphQLError): void {
  // What is left of the upload is read and dropped, so the browser gets this answer, not a reset.
  req.resume();
  const code = String(error.extensions.code ?? "INTERNAL_SERVER_ERROR");
  res
    .status(STATUS_OF_CODE[code] ?? 500)
    .json({ errors: [{ message: error.message, extensions: { ...error.extensions, code } }] });
}

/**
 * `POST /registry-import` (text/csv): the registry's statement-summary CSV as the request body,
 * streamed through the same parser and rules as `importRegistryStatements` (all or nothing, one
 * transaction, a report line by line), so a file of any size is never held in memory. The caller is
 * the one the gateway signed; the role check and its audit row are the mutation's. Answers
 * `{ report }` or `{ errors }` in the GraphQL error shape.
 */
export function registryUploadRoute(app: SubgraphApp, services: SubgraphRouteServices): void {
  app.post(REGISTRY_UPLOAD_PATH, async (req, res) => {
    const caller = await services.callerOf(req);
    if (!caller)
      return refuse(
        res,
        req,
        new GraphQLError("This service answers only requests that come through the gateway", {
          extensions: { code: ErrorCode.UNAUTHENTICATED },
        }),
      );
    if (!IMPORT_ROLES.some((role) => caller.roles.includes(role))) {
      // Refused for want of a role, recorded as the mutation's refusal is (runtime permissions.ts).
      const trail = new AuditTrail();
      trail.record({
        entityType: "Mutation",
        entityId: null,
        field: "importRegistryStatements",
        category: null,
        agreementId: null,
        outcome: "DENIED",
        reason: "MISSING_ROLE",
      });
      await services.audit(caller, trail);
      return refuse(
        res,
        req,
        new GraphQLError(
          "importing the registry's statements takes the role PROCUREMENT_OFFICER or PARTNERSHIP_ADMIN",
          {
            extensions: { code: ErrorCode.FORBIDDEN },
          },
        ),
      );
    }
    if (!req.is("text/csv"))
      return refuse(
        res,
        req,
        new GraphQLError("the registry file is sent as Content-Type: text/csv", {
          extensions: { code: ErrorCode.BAD_USER_INPUT, field: "csv" },
        }),
      );
    const logger = services.logger.child({ requestId: caller.requestId });
    const started = performance.now();
    try {
      const report = await registryImports(services.dataSource).run(caller, () =>
        importRegistryCsv(services.dataSource, req, services.clock.today(), services.abandonedSignal(res)),
      );
      logger.info(
        { rowsRead: report.rowsRead, matched: report.matched, ms: Math.round(performance.now() - started) },
        "registry file imported",
      );
      res.json({ report });
    } catch (error) {
      if (error instanceof GraphQLError) return refuse(res, req, error);
      logger.error({ err: error }, "registry file import failed");
      refuse(
        res,
        req,
        new GraphQLError("the registry file could not be imported; nothing was saved", {
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        }),
      );
    }
  });
}
