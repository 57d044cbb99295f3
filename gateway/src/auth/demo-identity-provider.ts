import { randomUUID } from "node:crypto";
import { type CryptoKey, importJWK, type JWK, SignJWT } from "jose";
import type { Role } from "@partnership/runtime/edge";
import type { TrustedIssuer } from "./trusted-issuers.js";

export const DEMO_ISSUER = "partnership-demo-idp";
export const DEFAULT_AUDIENCE = "partnership-graph";

export interface DemoUser {
  userId: string;
  agencyId: string;
  roles: Role[];
  name: string;
}

/**
 * The local demo identity provider as a trusted issuer: for every agency, new ones included. Only
 * the embedded default and tests trust it; a production gateway refuses it (trusted-issuers.ts).
 */
export function demoIssuer(publicJwk: JWK, issuer = DEMO_ISSUER): TrustedIssuer {
  return { issuer, audience: DEFAULT_AUDIENCE, publicJwks: [publicJwk], agencies: "*" };
}

/**
 * Stands in for an agency's identity provider in the embedded default: signs user tokens (and
 * partner systems' client-credentials tokens) with the
 * local key pair under .data/keys. Deployments use their real providers' JWKS instead.
 */
export class DemoIdentityProvider {
  private constructor(
    private readonly key: CryptoKey,
    private readonly kid: string | undefined,
    private readonly audience: string,
    private readonly issuer: string,
  ) {}

  static async fromJwk(
    privateJwk: JWK,
    audience = DEFAULT_AUDIENCE,
    issuer = DEMO_ISSUER,
  ): Promise<DemoIdentityProvider> {
    return new DemoIdentityProvider(
      (await importJWK(privateJwk, "ES256")) as CryptoKey,
      privateJwk.kid,
      audience,
      issuer,
    );
  }

  issue(user: DemoUser, expiresIn = "12h"): Promise<string> {
    return new SignJWT({ agency: user.agencyId, roles: user.roles, name: user.name })
      .setProtectedHeader({ alg: "ES256", ...(this.kid ? { kid: this.kid } : {}) })
      .setSubject(user.userId)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.key);
  }

  /**
   * A client-credentials access token for a partner system, as RFC 9068 profiles it: `typ: at+jwt`,
   * the client's id as both `client_id` and `sub` (no user), and nothing about agency or roles —
   * the platform's register of machine clients says those.
   */
  issueClientToken(clientId: string, expiresIn = "1h"): Promise<string> {
    return new SignJWT({ client_id: clientId })
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", ...(this.kid ? { kid: this.kid } : {}) })
      .setSubject(clientId)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .setJti(randomUUID())
      .sign(this.key);
  }
}
