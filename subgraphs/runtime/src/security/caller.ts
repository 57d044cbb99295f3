import { createPrivateKey, type JsonWebKey, randomUUID } from "node:crypto";
import { createSigner } from "fast-jwt";
import { calculateJwkThumbprint, createLocalJWKSet, type JWK, jwtVerify, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";
import type { DataCategory } from "../data-category.js";
import { forbidden } from "../errors.js";
import { publicPart } from "./keys.js";
import { Role } from "./roles.js";

/** The header that carries the gateway-signed caller context to subgraphs. */
export const CALLER_CONTEXT_HEADER = "x-caller-context";
const ISSUER = "partnership-gateway";
const AUDIENCE = "partnership-subgraphs";
const ALGORITHM = "ES256";

/**
 * Who is asking, as the gateway established it: the user, their agency, the partnership the
 * request acts in, the roles the directory gives the user there, and what that partnership's
 * agreements grant the agency.
 */
export interface Caller {
  userId: string;
  agencyId: string;
  sector: string;
  /** The roles of the user's token that the directory gives them in this partnership. */
  roles: Role[];
  /**
   * Each data category the acting partnership's agreements grant the agency, with the agreement:
   * grants of one partnership never apply to another's records.
   */
  grants: Partial<Record<DataCategory, string>>;
  /**
   * The partnership the request acts in: the boundary of every record it reads or writes. Null
   * only for platform-level work (a platform administrator creating a partnership, the gateway).
   */
  partnership: ActingPartnership | null;
  /** The gateway's id for the one request this context was signed for (its `rid`). */
  requestId: string;
  /** The operation name the client sent, for the audit log. */
  operation?: string | null;
  /**
   * The SHA-256 (hex) of the operation's document as the gateway received it: what the audit log
   * identifies an operation by, since the name is whatever the client chose to send.
   */
  operationHash?: string | null;
  /**
   * The client application that sent the request, as it named itself (`apollographql-client-name`
   * and `-version`, the convention Apollo's tools follow): which partner system asks what, in the
   * audit log. A self-description, not an identity check: the token says who is asking.
   */
  client?: ClientIdentity | null;
}

/** A client application's own name and version for itself. */
export interface ClientIdentity {
  name: string;
  version: string | null;
}

/** What every subgraph needs to know of the partnership a request acts in, without reading governance's tables. */
export interface ActingPartnership {
  id: string;
  /** Its references' prefix, e.g. "SHOP" for SHOP-2019-0001. */
  referencePrefix: string;
  /** Its member agencies today. */
  memberAgencyIds: string[];
  /**
   * The member agencies that chair it today: the ones that speak for the partnership as a whole
   * (its plan, its audit trail, a concern left without a lead). Any other member's roles act only
   * for that agency, however the directory names them.
   */
  chairAgencyIds?: string[];
  /** The networks it belongs to, each with its member partnerships: what a network's aggregate figures span. */
  networks?: NetworkRef[];
  /**
   * Its member agencies today with what the other subgraphs need of the directory: a short name to
   * find them by (imports), their sector (figures by sector) and whether they are on the statutory
   * list of first responder organisations (who may refer into the NRM).
   */
  memberAgencies?: MemberAgency[];
}

/** A member agency of the acting partnership, as the directory describes it. */
export interface MemberAgency {
  id: string;
  shortName: string;
  sector: string;
  /** On the statutory list of first responder organisations: it may refer people into the NRM. */
  firstResponder: boolean;
}

/** A member agency of the acting partnership by id; undefined when the agency is not a member today. */
export function memberAgency(caller: Caller, agencyId: string): MemberAgency | undefined {
  return caller.partnership?.memberAgencies?.find((agency) => agency.id === agencyId);
}

/** A network of partnerships (a regional anti-slavery network), as the caller context carries it. */
export interface NetworkRef {
  id: string;
  partnershipIds: string[];
}

/** The network the acting partnership belongs to with this id; refused (FORBIDDEN) when it belongs to none such. */
export function actingNetwork(caller: Caller, networkId: string): NetworkRef {
  const network = caller.partnership?.networks?.find((n) => n.id === networkId);
  if (!network) throw forbidden("only the partnerships of a network see its figures, and yours is not one of them");
  return network;
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.some((role) => roles.includes(role));
}

/** The partnership a request acts in; refuses platform-level callers where a partnership is needed. */
export function actingPartnership(caller: Caller): ActingPartnership {
  if (!caller.partnership)
    throw forbidden("this needs a partnership to act in: send the x-partnership-id header with the partnership's id");
  return caller.partnership;
}

/** Whether the caller's agency chairs the partnership the request acts in. */
export function chairsPartnership(caller: Caller): boolean {
  return caller.partnership?.chairAgencyIds?.includes(caller.agencyId) ?? false;
}

/** Whether an agency is a member today of the partnership the request acts in. */
export function isMember(caller: Caller, agencyId: string): boolean {
  return caller.partnership?.memberAgencyIds.includes(agencyId) ?? false;
}

/**
 * Refuses a write naming an agency outside the acting partnership: FORBIDDEN, with the input's
 * path in `extensions.field` (the list's own path, or each entry's when `field` takes its index),
 * so nothing reaches an agency the partnership does not hold. Empty entries are skipped.
 */
export function requireMembers(
  caller: Caller,
  agencyIds: ReadonlyArray<string | null | undefined>,
  field: string | ((index: number) => string),
  reason?: string,
): void {
  agencyIds.forEach((agencyId, index) => {
    if (!agencyId || isMember(caller, agencyId)) return;
    const path = typeof field === "string" ? field : field(index);
    throw forbidden(
      `${path}: ${reason ?? `agency ${agencyId} is not a member of the partnership this request acts in`}`,
      path,
    );
  });
}

function actingPartnershipOf(value: unknown): ActingPartnership | null {
  if (typeof value !== "object" || value === null) return null;
  const { id, referencePrefix, memberAgencyIds, chairAgencyIds, networks, memberAgencies } = value as Record<
    string,
    unknown
  >;
  if (typeof id !== "string" || typeof referencePrefix !== "string" || !Array.isArray(memberAgencyIds)) return null;
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((s): s is string => typeof s === "string") : [];
  return Object.freeze({
    id,
    referencePrefix,
    memberAgencyIds: strings(memberAgencyIds),
    chairAgencyIds: strings(chairAgencyIds),
    networks: (Array.isArray(networks) ? networks : [])
      .filter((n): n is { id: string; partnershipIds: unknown } => typeof n?.id === "string")
      .map((n) => ({ id: n.id, partnershipIds: strings(n.partnershipIds) })),
    memberAgencies: (Array.isArray(memberAgencies) ? memberAgencies : [])
      .filter(
        (a): a is MemberAgency =>
          typeof a?.id === "string" && typeof a.shortName === "string" && typeof a.sector === "string",
      )
      .map((a) => ({ id: a.id, shortName: a.shortName, sector: a.sector, firstResponder: a.firstResponder === true })),
  });
}

/**
 * How long a caller context lives by default. A context is signed for one request and sent with
 * each of that request's subgraph fetches: it must outlast the gateway's own request timeout (30 s
 * by default, GATEWAY_TIMEOUT_MS), and no more, so a context copied off the wire is worth seconds.
 */
export const DEFAULT_CALLER_CONTEXT_TTL_SECONDS = 30;

/** The key id a JWK is known by: its own `kid`, or else its RFC 7638 thumbprint (the same for both halves of a pair). */
async function keyIdOf(jwk: JWK): Promise<string> {
  return jwk.kid ?? (await calculateJwkThumbprint(jwk));
}

function clientOf(claim: unknown): ClientIdentity | null {
  if (typeof claim !== "object" || claim === null) return null;
  const { name, version } = claim as Record<string, unknown>;
  if (typeof name !== "string" || !name) return null;
  return { name, version: typeof version === "string" ? version : null };
}

/**
 * Signs caller contexts; the gateway holds the private key. Every context names its key (`kid`),
 * so subgraphs pick the right public key from their set while keys rotate, and one request (`rid`).
 *
 * Signed with fast-jwt, which signs through `node:crypto` on the calling thread: jose signs
 * through WebCrypto, whose per-signature job cost about a tenth of the gateway's CPU in its
 * profile, as every request signs its own context (docs/benchmarks.md). Subgraphs still verify
 * with jose, and remember what they verified.
 */
export class CallerContextSigner {
  private constructor(
    private readonly signToken: (payload: Record<string, unknown>) => string,
    /** How long a signed context is valid. */
    readonly ttlSeconds: number,
  ) {}

  static async fromJwk(privateJwk: JWK, ttlSeconds = DEFAULT_CALLER_CONTEXT_TTL_SECONDS): Promise<CallerContextSigner> {
    const key = createPrivateKey({ key: privateJwk as JsonWebKey, format: "jwk" });
    if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1")
      throw new Error(`the caller context key must be a P-256 private key (${ALGORITHM})`);
    const signToken = createSigner({
      key: key.export({ format: "pem", type: "pkcs8" }).toString(),
      algorithm: ALGORITHM,
      kid: await keyIdOf(privateJwk),
      iss: ISSUER,
      aud: AUDIENCE,
      expiresIn: ttlSeconds * 1000,
    });
    return new CallerContextSigner(signToken, ttlSeconds);
  }

  /** A context for one request: `caller.requestId`, or a new id when the caller names none. */
  async sign(caller: Caller): Promise<string> {
    return this.signToken({
      sub: caller.userId,
      agency: caller.agencyId,
      sector: caller.sector,
      roles: caller.roles,
      grants: caller.grants,
      partnership: caller.partnership,
      rid: caller.requestId || randomUUID(),
      op: caller.operation ?? null,
      oph: caller.operationHash ?? null,
      cli: caller.client ?? null,
    });
  }
}

/**
 * Verifies caller contexts; subgraphs hold only public keys: a set of them, picked by the
 * context's `kid`, so the gateway's old and new keys are both valid while a rotation is rolled out.
 * A verified context is remembered until it expires: a request's plan may send it to the same
 * subgraph several times, and an ES256 verification costs more than the rest of a small fetch's
 * overhead.
 */
export class CallerContextVerifier {
  private readonly verified = new LRUCache<string, Caller>({ max: 5_000 });

  private constructor(private readonly keys: JWTVerifyGetKey) {}

  /** A verifier trusting every key of the set (a JWKS: `{ keys: [...] }`). */
  static async fromJwks(jwks: { keys: JWK[] }): Promise<CallerContextVerifier> {
    if (jwks.keys.length === 0) throw new Error("the caller context's key set holds no key");
    const keys = await Promise.all(
      jwks.keys.map(async (jwk) => ({ ...publicPart(jwk), kid: await keyIdOf(jwk), alg: ALGORITHM })),
    );
    return new CallerContextVerifier(createLocalJWKSet({ keys }));
  }

  static fromJwk(publicJwk: JWK): Promise<CallerContextVerifier> {
    return CallerContextVerifier.fromJwks({ keys: [publicJwk] });
  }

  /** The caller, or null for a missing, forged, expired or malformed context. */
  async verify(token: string | undefined): Promise<Caller | null> {
    if (!token) return null;
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ["exp", "rid"],
      });
      const roles = Array.isArray(payload.roles)
        ? payload.roles.filter((r): r is Role => Object.values(Role).includes(r as Role))
        : [];
      if (
        typeof payload.sub !== "string" ||
        typeof payload.agency !== "string" ||
        typeof payload.sector !== "string" ||
        typeof payload.rid !== "string" ||
        !payload.rid
      )
        return null;
      const caller: Caller = Object.freeze({
        userId: payload.sub,
        agencyId: payload.agency,
        sector: payload.sector,
        roles,
        grants: typeof payload.grants === "object" && payload.grants ? (payload.grants as Caller["grants"]) : {},
        partnership: actingPartnershipOf(payload.partnership),
        // The request id comes from the signed context only: a header beside it could name any request.
        requestId: payload.rid,
        operation: typeof payload.op === "string" ? payload.op : null,
        operationHash: typeof payload.oph === "string" ? payload.oph : null,
        client: clientOf(payload.cli),
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
