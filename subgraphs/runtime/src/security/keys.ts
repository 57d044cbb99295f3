import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportJWK, generateKeyPair, type JWK } from "jose";

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
