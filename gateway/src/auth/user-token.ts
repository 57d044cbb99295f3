import { Role, USER_ROLES } from "@partnership/runtime/edge";
import { createLocalJWKSet, createRemoteJWKSet, type JWK, jwtVerify, type JWTVerifyGetKey } from "jose";
import { LRUCache } from "lru-cache";

/** The asymmetric algorithms a user token may be signed with; `none` and HMAC never verify. */
export const USER_TOKEN_ALGORITHMS = ["ES256", "RS256"];

/** The signed-in user, as the identity provider vouches for them. */
export interface UserClaims {
  userId: string;
  agencyId: string;
  roles: Role[];
}

export interface UserTokenOptions {
  issuer: string;
  audience: string;
  /** Production: the identity provider's JWKS endpoint. */
  jwksUrl?: string;
  /** The embedded default: the local demo identity provider's public key. */
  publicJwk?: JWK;
}

/** Thrown for any token that does not verify; the message says why, for the 401 answer. */
export class InvalidTokenError extends Error {}

/**
 * Verifies user JWTs: algorithm pinned, signature, issuer, audience and expiry checked. A token that
 * verified is remembered until it expires (a signed token cannot change, and a signature check
 * costs more than the rest of the gateway's own work on a request); a refused one is checked anew.
 */
export class UserTokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly verified = new LRUCache<string, UserClaims>({ max: 10_000 });

  constructor(private readonly options: UserTokenOptions) {
    if (options.jwksUrl) this.keys = createRemoteJWKSet(new URL(options.jwksUrl));
    else if (options.publicJwk) this.keys = createLocalJWKSet({ keys: [options.publicJwk] });
    else throw new Error("user tokens need a JWKS URL or a public key");
  }

  async verify(authorization: string | undefined): Promise<UserClaims> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw new InvalidTokenError("sign in: send Authorization: Bearer <token>");
    const known = this.verified.get(token);
    if (known) return known;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: USER_TOKEN_ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ["sub", "exp"],
      }));
    } catch (error) {
      throw new InvalidTokenError(`the token was refused: ${(error as Error).message}`);
    }
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((role): role is Role => USER_ROLES.includes(role as Role))
      : [];
    if (typeof payload.agency !== "string" || !payload.agency) throw new InvalidTokenError("the token names no agency");
    const claims: UserClaims = Object.freeze({ userId: payload.sub!, agencyId: payload.agency, roles });
    // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time (seconds since the epoch)
    this.verified.set(token, claims, { ttl: payload.exp! * 1000 - Date.now() });
    return claims;
  }
}
