import type { BaseContext } from "../server/subgraph.js";
import { auditLogResolver } from "./audit-query.js";
import { auditTrailResolver } from "./federated-audit.js";
import { subjectAccessResolver, type SubjectFinder } from "./subject-access.js";

/**
 * What every subgraph serves for the platform besides its own domain: its audit log, its part of
 * the federated audit trail and of subject access, `holds` saying what its finder searches.
 */
export function platformResolvers<TContext extends BaseContext>(
  subgraph: string,
  finder: SubjectFinder<TContext>,
  holds: string,
) {
  return [auditLogResolver(subgraph), auditTrailResolver(subgraph), subjectAccessResolver(subgraph, finder, holds)];
}
