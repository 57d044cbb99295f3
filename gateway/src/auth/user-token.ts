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

/** Thrown for any token that does not verify; the message says why, for the 401 answer. */
export class InvalidTokenError extends Error {}

/**
 * Verifies user JWTs against the trusted issuers: the token's own (unverified) `iss` picks the
 * issuer, whose keys alone may verify it; then algorithm (pinned), signature, issuer, audience and
 * expiry are checked, and the token's agency must be one that issuer may speak for. A token that
 * verified is remembered until it expires (a signed token cannot change, and a signature check
 * costs more than the rest of the gateway's own work on a request); a refused one is checked anew.
 */
export class UserTokenVerifier {
  private readonly issuers: Map<string, { issuer: TrustedIssuer; keys: JWTVerifyGetKey }>;
  private readonly verified = new LRUCache<string, UserClaims>({ max: 10_000 });

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

  async verify(authorization: string | undefined): Promise<UserClaims> {
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
    let payload;
    try {
      ({ payload } = await jwtVerify(token, trusted.keys, {
        algorithms: USER_TOKEN_ALGORITHMS,
        issuer: trusted.issuer.issuer,
        audience: trusted.issuer.audience,
        requiredClaims: ["sub", "exp"],
      }));
    } catch (error) {
      throw new InvalidTokenError(`the token was refused: ${(error as Error).message}`);
    }
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((role): role is Role => USER_ROLES.includes(role as Role))
      : [];
    if (typeof payload.agency !== "string" || !payload.agency) throw new InvalidTokenError("the token names no agency");
    if (!speaksFor(trusted.issuer, payload.agency))
      throw new InvalidTokenError(
        `the token was refused: its issuer ${claimed} is not trusted to speak for agency ${payload.agency}`,
      );
    const claims: UserClaims = Object.freeze({ userId: payload.sub!, agencyId: payload.agency, roles });
    // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time (seconds since the epoch)
    this.verified.set(token, claims, { ttl: payload.exp! * 1000 - Date.now() });
    return claims;
  }
}
