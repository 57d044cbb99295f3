import { Role, USER_ROLES } from "@partnership/runtime/edge";
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, jwtVerify, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";
import { speaksFor, type TrustedIssuer } from "./trusted-issuers.js";

/** The asymmetric algorithms a user token may be signed with; `none` and HMAC never verify. */
export const USER_TOKEN_ALGORITHMS = ["ES256", "RS256"];

/** The signed-in user, as the identity provider vouches for them. */
export interface UserClaims {
  userId: string;
  agencyId: string;
  roles: Role[];
}

/**
 * A partner system, as its agency's identity provider vouches for it: a client-credentials access
 * token (RFC 9068) names the client and no user. What it may do is its registration's to say
 * (governance's register of machine clients), never the token's.
 */
export interface MachineClaims {
  clientId: string;
  /** The trusted issuer that signed it: it must also be trusted for the registration's agency. */
  issuer: TrustedIssuer;
}

/** A verified token: a person's, or a partner system's. */
export type VerifiedToken = { kind: "user"; user: UserClaims } | { kind: "machine"; machine: MachineClaims };

/** The `typ` RFC 9068 (section 4) requires of a JWT access token: an ID token or other JWT is never one. */
const ACCESS_TOKEN_TYPES = ["at+jwt", "application/at+jwt"];

/**
 * Subjects a user token may not have: machine clients' requests carry `client:<clientId>` as their
 * user (governance's machineUserId), and a person must not be mistaken for one in the audit trail.
 */
const MACHINE_USER_PREFIX = "client:";

/** Thrown for any token that does not verify; the message says why, for the 401 answer. */
export class InvalidTokenError extends Error {}

/**
 * Verifies user JWTs (and partner systems' access tokens) against the trusted issuers: the token's own (unverified) `iss` picks the
 * issuer, whose keys alone may verify it; then algorithm (pinned), signature, issuer, audience and
 * expiry are checked, and the token's agency must be one that issuer may speak for. A token that
 * verified is remembered until it expires (a signed token cannot change, and a signature check
 * costs more than the rest of the gateway's own work on a request); a refused one is checked anew.
 * A token whose `client_id` is its `sub` is a client-credentials access token (RFC 9068 section
 * 2.2: no resource owner, so the subject is the client): a machine client's, which must also carry
 * `typ: at+jwt`; its agency and roles come from its registration, not from the token.
 */
export class UserTokenVerifier {
  private readonly issuers: Map<string, { issuer: TrustedIssuer; keys: JWTVerifyGetKey }>;
  private readonly verified = new LRUCache<string, VerifiedToken>({ max: 10_000 });

  constructor(issuers: readonly TrustedIssuer[]) {
    if (issuers.length === 0) throw new Error("user tokens need at least one trusted issuer");
    this.issuers = new Map(
      issuers.map((issuer) => {
        let keys: JWTVerifyGetKey;
        if (issuer.jwksUrl) keys = createRemoteJWKSet(new URL(issuer.jwksUrl));
        else if (issuer.publicJwks?.length) keys = createLocalJWKSet({ keys: issuer.publicJwks });
        else throw new Error(`the trusted issuer ${issuer.issuer} has neither a JWKS URL nor public keys`);
        return [issuer.issuer, { issuer, keys }];
      }),
    );
  }

  /** A user token's claims; a machine client's token is refused (callers that take only people). */
  async verify(authorization: string | undefined): Promise<UserClaims> {
    const verified = await this.verifyToken(authorization);
    if (verified.kind === "machine")
      throw new InvalidTokenError("the token was refused: it is a client-credentials token, and this takes a user's");
    return verified.user;
  }

  /** A user's or a machine client's token, verified. */
  async verifyToken(authorization: string | undefined): Promise<VerifiedToken> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw new InvalidTokenError("sign in: send Authorization: Bearer <token>");
    const known = this.verified.get(token);
    if (known) return known;
    // Only to choose whose keys to verify with: nothing of the token is believed before that.
    let claimed: string | undefined;
    try {
      claimed = decodeJwt(token).iss;
    } catch (error) {
      throw new InvalidTokenError(`the token was refused: ${(error as Error).message}`);
    }
    if (!claimed) throw new InvalidTokenError("the token was refused: it names no issuer (iss)");
    const trusted = this.issuers.get(claimed);
    if (!trusted) throw new InvalidTokenError(`the token was refused: issuer ${claimed} is not trusted here`);
    let payload, protectedHeader;
    try {
      ({ payload, protectedHeader } = await jwtVerify(token, trusted.keys, {
        algorithms: USER_TOKEN_ALGORITHMS,
        issuer: trusted.issuer.issuer,
        audience: trusted.issuer.audience,
        requiredClaims: ["sub", "exp"],
      }));
    } catch (error) {
      throw new InvalidTokenError(`the token was refused: ${(error as Error).message}`);
    }
    // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time (seconds since the epoch)
    const ttl = payload.exp! * 1000 - Date.now();
    if (typeof payload.client_id === "string" && payload.client_id && payload.client_id === payload.sub) {
      if (!ACCESS_TOKEN_TYPES.includes(String(protectedHeader.typ).toLowerCase()))
        throw new InvalidTokenError(
          "the token was refused: a client-credentials token must be a JWT access token (RFC 9068: header typ at+jwt)",
        );
      const machine: VerifiedToken = Object.freeze({
        kind: "machine",
        machine: Object.freeze({ clientId: payload.client_id, issuer: trusted.issuer }),
      });
      this.verified.set(token, machine, { ttl });
      return machine;
    }
    if (payload.sub!.startsWith(MACHINE_USER_PREFIX))
      throw new InvalidTokenError(
        `the token was refused: a user's subject may not begin with "${MACHINE_USER_PREFIX}", which names machine clients`,
      );
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((role): role is Role => USER_ROLES.includes(role as Role))
      : [];
    if (typeof payload.agency !== "string" || !payload.agency) throw new InvalidTokenError("the token names no agency");
    if (!speaksFor(trusted.issuer, payload.agency))
      throw new InvalidTokenError(
        `the token was refused: its issuer ${claimed} is not trusted to speak for agency ${payload.agency}`,
      );
    const claims: VerifiedToken = Object.freeze({
      kind: "user",
      user: Object.freeze({ userId: payload.sub!, agencyId: payload.agency, roles }),
    });
    this.verified.set(token, claims, { ttl });
    return claims;
  }
}
