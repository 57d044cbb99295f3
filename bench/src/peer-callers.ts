import { randomUUID } from "node:crypto";
import { CallerProfiles, callerOf, type TrustedIssuer, UserTokenVerifier } from "@partnership/gateway";
import { type Caller, CallerContextSigner, type Logger } from "@partnership/runtime/edge";
import type { JWK } from "jose";

/** What every peer gateway of the comparison is started with. */
export interface PeerGatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  trustedIssuers: TrustedIssuer[];
  contextPrivateJwk: JWK;
  logger: Logger;
}

/**
 * The per-request work the platform needs from any gateway to be served at all, done the same way
 * for every peer: verify the user's token, read the agency's grants through the same cache as
 * this gateway, and sign the caller context subgraphs require.
 */
export async function peerCallers(options: PeerGatewayOptions) {
  const signer = await CallerContextSigner.fromJwk(options.contextPrivateJwk);
  const verifier = new UserTokenVerifier(options.trustedIssuers);
  const profiles = new CallerProfiles(options.subgraphUrls.governance!, signer, 30_000, options.logger);
  return {
    signer,
    /** The caller of a request with this `Authorization` header (and partnership header); throws for anyone else. */
    identify: async (authorization: string | undefined, partnership: string | null): Promise<Caller> => {
      const user = await verifier.verify(authorization);
      const profile = await profiles.get(user.agencyId, user.userId, partnership);
      if (!profile) throw new Error("unknown agency");
      return callerOf(user, profile, randomUUID());
    },
  };
}
