import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { z } from "zod";

export interface KeyPair {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** A new ES256 key pair as JWKs. */
export async function generateEs256KeyPair(kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "ES256", use: "sig" },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" },
  };
}

/**
 * The key pair stored at `file` (private key readable by its owner only), generated on first use.
 * Used by the embedded default only; deployments give keys through configuration.
 */
export async function localKeyPair(file: string, kid: string): Promise<KeyPair> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as KeyPair;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const pair = await generateEs256KeyPair(kid);
  // Only the key folder is private: its parent (.data) also holds PostgreSQL's data, which the
  // `postgres` user must be able to reach.
  await mkdir(path.dirname(path.dirname(file)), { recursive: true });
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, JSON.stringify(pair, null, 2), { mode: 0o600, flag: "wx" }).catch(
    async (error: NodeJS.ErrnoException) => {
      // Another process created it first: use theirs.
      if (error.code !== "EEXIST") throw error;
    },
  );
  await chmod(file, 0o600);
  return JSON.parse(await readFile(file, "utf8")) as KeyPair;
}

/** The members of a JWK that are private (RFC 7518 §6): never part of a public key set. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

/** The public half of a JWK (a private JWK given by mistake loses its secret members). */
export function publicPart(jwk: JWK): JWK {
  const copy: Record<string, unknown> = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  return copy as JWK;
}

/**
 * The public keys caller contexts are verified with, given as JSON text: one JWK, or a JWKS
 * (`{"keys": [...]}`) holding the gateway's old and new keys while they rotate. Refused when it
 * holds no key, a member that is not a key, or a private key (a subgraph has no use for one).
 */
export const publicKeySetJson = z.string().transform((text, ctx) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: "custom", message: 'must be JSON: a JSON Web Key, or a key set {"keys": [...]}' });
    return z.NEVER;
  }
  const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const keys = Array.isArray(record.keys) ? (record.keys as unknown[]) : "kty" in record ? [record] : [];
  if (keys.length === 0) {
    ctx.addIssue({ code: "custom", message: 'must be a JSON Web Key, or a key set {"keys": [...]} with at least one' });
    return z.NEVER;
  }
  for (const [index, key] of keys.entries()) {
    const member = (typeof key === "object" && key !== null ? key : {}) as Record<string, unknown>;
    if (typeof member.kty !== "string") {
      ctx.addIssue({ code: "custom", message: `key ${index} is not a JSON Web Key (no kty)` });
      return z.NEVER;
    }
    if (PRIVATE_MEMBERS.some((name) => name in member)) {
      ctx.addIssue({ code: "custom", message: `key ${index} is a private key: give only public keys` });
      return z.NEVER;
    }
  }
  return { keys: keys as JWK[] };
});
