import { randomUUID } from "node:crypto";
import {
  type ActingPartnership,
  CALLER_CONTEXT_HEADER,
  type Caller,
  type CallerContextSigner,
  type DataCategory,
  type Logger,
  Role,
} from "@partnership/runtime/edge";
import { LRUCache } from "lru-cache";
import type { UserClaims } from "./user-token.js";

/** A caller as governance knows them: their agency, the partnership they act in, their roles and grants there. */
export interface CallerProfile {
  agencyId: string;
  shortName: string;
  sector: string;
  grants: Partial<Record<DataCategory, string>>;
  /** Null when no partnership could be chosen, or the agency is not a member of the one asked for. */
  partnership: ActingPartnership | null;
  /** The partnerships the agency is a member of today. */
  choices: Array<{ id: string; name: string }>;
  /** The roles the directory gives the user in that partnership (and on the platform). */
  roles: Role[];
}

/**
 * The caller a request is answered for: a role of the user's token counts only where the
 * directory gives it to them, in the partnership the request acts in.
 */
export function callerOf(user: UserClaims, profile: CallerProfile, requestId: string): Caller {
  return {
    userId: user.userId,
    agencyId: profile.agencyId,
    sector: profile.sector,
    roles: user.roles.filter((role) => profile.roles.includes(role)),
    grants: profile.grants,
    partnership: profile.partnership,
    requestId,
  };
}

const QUERY = `query CallerProfile($agencyId: ID!, $userId: String!, $partnershipId: ID) {
  callerProfile(agencyId: $agencyId, userId: $userId, partnershipId: $partnershipId) {
    agencyId shortName sector grants { category agreementId }
    partnership {
      id referencePrefix memberAgencyIds chairAgencyIds networks { id partnershipIds }
      memberAgencies { id shortName sector firstResponder }
    }
    choices { id name } roles
  }
}`;

/**
 * Asks the governance subgraph for an agency's grants, and keeps the answer for `ttlMs`. The cache
 * is dropped whenever this gateway relays a change to an agreement, and, on every replica, when
 * PostgreSQL announces a change (GrantsChangeListener); `ttlMs` bounds staleness when no
 * announcement can be received.
 */
export class CallerProfiles {
  /** One entry per agency, user and partnership asked for: bounded, the least recently used go first. */
  private readonly cache = new LRUCache<string, { expiresAt: number; profile: Promise<CallerProfile | null> }>({
    max: 10_000,
  });

  constructor(
    private readonly governanceUrl: string,
    private readonly signer: CallerContextSigner,
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  /** The caller's profile acting in `partnershipId` (the x-partnership-id header), or where they can when null. */
  get(agencyId: string, userId: string, partnershipId: string | null = null): Promise<CallerProfile | null> {
    const key = JSON.stringify([agencyId, userId, partnershipId]);
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > performance.now()) return cached.profile;
    const profile = this.fetch(agencyId, userId, partnershipId);
    this.cache.set(key, { expiresAt: performance.now() + this.ttlMs, profile });
    // A failure is not cached: the next request asks again.
    profile.catch(() => this.cache.delete(key));
    return profile;
  }

  invalidate(): void {
    this.cache.clear();
  }

  private async fetch(agencyId: string, userId: string, partnershipId: string | null): Promise<CallerProfile | null> {
    const requestId = randomUUID();
    const context = await this.signer.sign({
      userId: "gateway",
      agencyId,
      sector: "SYSTEM",
      roles: [Role.SYSTEM],
      grants: {},
      partnership: null,
      requestId,
    });
    const response = await fetch(this.governanceUrl, {
      method: "POST",
      headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context },
      body: JSON.stringify({ query: QUERY, variables: { agencyId, userId, partnershipId } }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as {
      data?: {
        callerProfile: {
          agencyId: string;
          shortName: string;
          sector: string;
          grants: Array<{ category: DataCategory; agreementId: string }>;
          partnership: ActingPartnership | null;
          choices: Array<{ id: string; name: string }>;
          roles: Role[];
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
      partnership: found.partnership,
      choices: found.choices,
      roles: found.roles,
    };
  }
}
