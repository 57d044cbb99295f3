import type { Caller, CallerContextSigner } from "@partnership/runtime/edge";
import { LRUCache } from "lru-cache";

/**
 * Caller contexts signed once and reused for the same caller's same operation while at least half
 * of their life is left: an ES256 signature per request was one of the gateway's largest costs,
 * and each subgraph remembers the contexts it has verified. Grants, roles and the partnership are part of the key,
 * so a change of agreement is signed into a new context at once. The request id travels beside
 * the context (x-request-id), not in it.
 */
export class SignedCallerContexts {
  private readonly signed: LRUCache<string, Promise<string>>;

  constructor(private readonly signer: CallerContextSigner) {
    this.signed = new LRUCache({ max: 10_000, ttl: (signer.ttlSeconds * 1000) / 2 });
  }

  sign(caller: Caller, operation: string | null): Promise<string> {
    const key = JSON.stringify([
      caller.userId,
      caller.agencyId,
      caller.sector,
      caller.roles,
      caller.grants,
      caller.partnership,
      operation,
    ]);
    let token = this.signed.get(key);
    if (!token) {
      token = this.signer.sign({ ...caller, requestId: "", operation });
      this.signed.set(key, token);
      // A failed signature is not kept: the next request signs again.
      token.catch(() => this.signed.delete(key));
    }
    return token;
  }
}
