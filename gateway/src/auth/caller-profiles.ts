import { randomUUID } from "node:crypto";
import {
  type ActingPartnership,
  CALLER_CONTEXT_HEADER,
  type Caller,
  type CallerContextSigner,
  type DataCategory,
  injectTraceContext,
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

/** A machine client's registration as governance knows it, and, while it is active, its profile. */
export interface MachineProfile {
  registrationId: string;
  name: string;
  /** The identity its requests carry (`client:<clientId>`): what the audit trail names it by. */
  userId: string;
  agencyId: string;
  partnershipId: string;
  /** ISO time of revocation; null while active. */
  revokedAt: string | null;
  /** The agency's profile in the registration's partnership, with the registration's roles; null once revoked. */
  profile: CallerProfile | null;
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

const PROFILE_FIELDS = `agencyId shortName sector grants { category agreementId }
    partnership {
      id referencePrefix memberAgencyIds chairAgencyIds networks { id partnershipIds }
      memberAgencies { id shortName sector firstResponder }
    }
    choices { id name } roles`;

const MACHINE_QUERY = `query MachineCallerProfile($issuer: String!, $clientId: String!) {
  machineCallerProfile(issuer: $issuer, clientId: $clientId) {
    registrationId name userId agencyId partnershipId revokedAt
    profile { ${PROFILE_FIELDS} }
  }
}`;

const QUERY = `query CallerProfile($agencyId: ID!, $userId: String!, $partnershipId: ID) {
  callerProfile(agencyId: $agencyId, userId: $userId, partnershipId: $partnershipId) {
    ${PROFILE_FIELDS}
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

  /** Machine clients' registrations by issuer and client id, kept and dropped like the profiles above. */
  private readonly machines = new LRUCache<string, { expiresAt: number; profile: Promise<MachineProfile | null> }>({
    max: 10_000,
  });

  /** A machine client's registration (with its profile), or null when the client was never registered. */
  machine(issuer: string, clientId: string): Promise<MachineProfile | null> {
    const key = JSON.stringify([issuer, clientId]);
    const cached = this.machines.get(key);
    if (cached && cached.expiresAt > performance.now()) return cached.profile;
    const profile = this.fetchMachine(issuer, clientId);
    this.machines.set(key, { expiresAt: performance.now() + this.ttlMs, profile });
    profile.catch(() => this.machines.delete(key));
    return profile;
  }

  invalidate(): void {
    this.cache.clear();
    this.machines.clear();
  }

  private async fetchMachine(issuer: string, clientId: string): Promise<MachineProfile | null> {
    const found = await this.ask<{ machineCallerProfile: (MachineProfile & { profile: RawProfile | null }) | null }>(
      // The agency is what the registration will say: the gateway asks for none in particular.
      "gateway",
      MACHINE_QUERY,
      { issuer, clientId },
    );
    const machine = found.machineCallerProfile;
    if (!machine) return null;
    return { ...machine, profile: machine.profile && profileFrom(machine.profile) };
  }

  private async fetch(agencyId: string, userId: string, partnershipId: string | null): Promise<CallerProfile | null> {
    const found = await this.ask<{ callerProfile: RawProfile | null }>(agencyId, QUERY, {
      agencyId,
      userId,
      partnershipId,
    });
    return found.callerProfile && profileFrom(found.callerProfile);
  }

  /** Asks governance, as the gateway itself (SYSTEM), on behalf of `agencyId`. */
  private async ask<T>(agencyId: string, query: string, variables: Record<string, unknown>): Promise<T> {
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
    const headers: Record<string, string> = { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context };
    // The lookup is part of the request that needed it: its trace goes on in governance.
    injectTraceContext(headers);
    const response = await fetch(this.governanceUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!response.ok || body.errors || !body.data) {
      this.logger.error(
        { status: response.status, errors: body.errors },
        "governance did not give the caller's grants",
      );
      throw new Error("the sharing agreements could not be read");
    }
    return body.data;
  }
}

/** A caller profile as governance's answer spells it. */
interface RawProfile {
  agencyId: string;
  shortName: string;
  sector: string;
  grants: Array<{ category: DataCategory; agreementId: string }>;
  partnership: ActingPartnership | null;
  choices: Array<{ id: string; name: string }>;
  roles: Role[];
}

function profileFrom(found: RawProfile): CallerProfile {
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
