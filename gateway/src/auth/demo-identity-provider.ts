import { type CryptoKey, importJWK, type JWK, SignJWT } from "jose";
import type { Role } from "@partnership/runtime/edge";

export const DEMO_ISSUER = "partnership-demo-idp";
export const DEFAULT_AUDIENCE = "partnership-graph";

export interface DemoUser {
  userId: string;
  agencyId: string;
  roles: Role[];
  name: string;
}

/**
 * Stands in for an agency's identity provider in the embedded default: signs user tokens with the
 * local key pair under .data/keys. Deployments use their real provider's JWKS instead.
 */
export class DemoIdentityProvider {
  private constructor(
    private readonly key: CryptoKey,
    private readonly kid: string | undefined,
    private readonly audience: string,
  ) {}

  static async fromJwk(privateJwk: JWK, audience = DEFAULT_AUDIENCE): Promise<DemoIdentityProvider> {
    return new DemoIdentityProvider((await importJWK(privateJwk, "ES256")) as CryptoKey, privateJwk.kid, audience);
  }

  issue(user: DemoUser, expiresIn = "12h"): Promise<string> {
    return new SignJWT({ agency: user.agencyId, roles: user.roles, name: user.name })
      .setProtectedHeader({ alg: "ES256", ...(this.kid ? { kid: this.kid } : {}) })
      .setSubject(user.userId)
      .setIssuer(DEMO_ISSUER)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.key);
  }
}
