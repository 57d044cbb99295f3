import { randomUUID } from "node:crypto";
import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  type CallerContextSigner,
  type DataCategory,
  type Logger,
  Role,
} from "@partnership/runtime/edge";
import type { UserClaims } from "./user-token.js";

/** A caller's agency as governance knows it: its sector and the categories it holds today. */
export interface CallerProfile {
  agencyId: string;
  shortName: string;
  sector: string;
  grants: Partial<Record<DataCategory, string>>;
}

/** The caller a request is answered for: the signed-in user, with their agency's sector and grants. */
export function callerOf(user: UserClaims, profile: CallerProfile, requestId: string): Caller {
  return {
    userId: user.userId,
    agencyId: profile.agencyId,
    sector: profile.sector,
    roles: user.roles,
    grants: profile.grants,
    requestId,
  };
}

const QUERY = `query CallerProfile($agencyId: ID!) {
  callerProfile(agencyId: $agencyId) { agencyId shortName sector grants { category agreementId } }
}`;

/**
 * Asks the governance subgraph for an agency's grants, and keeps the answer for `ttlMs`. The cache
 * is dropped whenever this gateway relays a change to an agreement, and, on every replica, when
 * PostgreSQL announces a change (GrantsChangeListener); `ttlMs` bounds staleness when no
 * announcement can be received.
 */
export class CallerProfiles {
  private readonly cache = new Map<string, { expiresAt: number; profile: Promise<CallerProfile | null> }>();

  constructor(
    private readonly governanceUrl: string,
    private readonly signer: CallerContextSigner,
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  get(agencyId: string): Promise<CallerProfile | null> {
    const cached = this.cache.get(agencyId);
    if (cached && cached.expiresAt > performance.now()) return cached.profile;
    const profile = this.fetch(agencyId);
    this.cache.set(agencyId, { expiresAt: performance.now() + this.ttlMs, profile });
    // A failure is not cached: the next request asks again.
    profile.catch(() => this.cache.delete(agencyId));
    return profile;
  }

  invalidate(): void {
    this.cache.clear();
  }

  private async fetch(agencyId: string): Promise<CallerProfile | null> {
    const requestId = randomUUID();
    const context = await this.signer.sign({
      userId: "gateway",
      agencyId,
      sector: "SYSTEM",
      roles: [Role.SYSTEM],
      grants: {},
      requestId,
    });
    const response = await fetch(this.governanceUrl, {
      method: "POST",
      headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context, "x-request-id": requestId },
      body: JSON.stringify({ query: QUERY, variables: { agencyId } }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as {
      data?: {
        callerProfile: {
          agencyId: string;
          shortName: string;
          sector: string;
          grants: Array<{ category: DataCategory; agreementId: string }>;
        } | null;
      };
      errors?: unknown[];
    };
    if (!response.ok || body.errors || !body.data) {
      this.logger.error(
        { status: response.status, errors: body.errors },
        "governance did not give the caller's grants",
      );
      throw new Error("the sharing agreements could not be read");
    }
    const found = body.data.callerProfile;
    if (!found) return null;
    return {
      agencyId: found.agencyId,
      shortName: found.shortName,
      sector: found.sector,
      grants: Object.fromEntries(found.grants.map((g) => [g.category, g.agreementId])),
    };
  }
}
