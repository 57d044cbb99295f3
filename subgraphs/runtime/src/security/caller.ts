import { type CryptoKey, importJWK, type JWK, jwtVerify, SignJWT } from "jose";
import { LRUCache } from "lru-cache";
import type { DataCategory } from "../data-category.js";
import { Role } from "./roles.js";

/** The header that carries the gateway-signed caller context to subgraphs. */
export const CALLER_CONTEXT_HEADER = "x-caller-context";
const ISSUER = "partnership-gateway";
const AUDIENCE = "partnership-subgraphs";
const ALGORITHM = "ES256";

/** Who is asking, as the gateway established it: the user, their agency, roles and grants. */
export interface Caller {
  userId: string;
  agencyId: string;
  sector: string;
  roles: Role[];
  /** Each granted data category, with the agreement that grants it. */
  grants: Partial<Record<DataCategory, string>>;
  requestId: string;
  /** The operation name the client sent, for the audit log. */
  operation?: string | null;
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.some((role) => roles.includes(role));
}

/** Signs caller contexts; the gateway holds the private key. */
export class CallerContextSigner {
  private constructor(
    private readonly key: CryptoKey,
    /** How long a signed context is valid. */
    readonly ttlSeconds: number,
  ) {}

  static async fromJwk(privateJwk: JWK, ttlSeconds = 60): Promise<CallerContextSigner> {
    return new CallerContextSigner((await importJWK(privateJwk, ALGORITHM)) as CryptoKey, ttlSeconds);
  }

  sign(caller: Caller): Promise<string> {
    return new SignJWT({
      agency: caller.agencyId,
      sector: caller.sector,
      roles: caller.roles,
      grants: caller.grants,
      // A context the gateway reuses across requests names none: x-request-id carries it then.
      ...(caller.requestId ? { rid: caller.requestId } : {}),
      op: caller.operation ?? null,
    })
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(caller.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }
}

/**
 * Verifies caller contexts; subgraphs hold only the public key. A verified context is remembered
 * until it expires: the gateway reuses one context for a caller's repeated operations, and an
 * ES256 verification costs more than the rest of a small request's overhead.
 */
export class CallerContextVerifier {
  private readonly verified = new LRUCache<string, Caller>({ max: 5_000 });

  private constructor(private readonly key: CryptoKey) {}

  static async fromJwk(publicJwk: JWK): Promise<CallerContextVerifier> {
    return new CallerContextVerifier((await importJWK(publicJwk, ALGORITHM)) as CryptoKey);
  }

  /** The caller, or null for a missing, forged, expired or malformed context. */
  async verify(token: string | undefined): Promise<Caller | null> {
    if (!token) return null;
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ["exp"],
      });
      const roles = Array.isArray(payload.roles)
        ? payload.roles.filter((r): r is Role => Object.values(Role).includes(r as Role))
        : [];
      if (typeof payload.sub !== "string" || typeof payload.agency !== "string" || typeof payload.sector !== "string")
        return null;
      const caller: Caller = Object.freeze({
        userId: payload.sub,
        agencyId: payload.agency,
        sector: payload.sector,
        roles,
        grants: typeof payload.grants === "object" && payload.grants ? (payload.grants as Caller["grants"]) : {},
        requestId: typeof payload.rid === "string" ? payload.rid : "",
        operation: typeof payload.op === "string" ? payload.op : null,
      });
      // Forgotten the moment it expires, so an expired context is verified (and refused) again.
      // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time (seconds since the epoch)
      this.verified.set(token, caller, { ttl: payload.exp! * 1000 - Date.now() });
      return caller;
    } catch {
      return null;
    }
  }
}
