import { generateEs256KeyPair } from "@partnership/runtime";

/**
 * `npm run keys`: a fresh caller-context key pair for a deployment, as environment lines. The
 * gateway gets the private key; every subgraph gets the public one. Each key is named (`kid`) for
 * the day it was made, and every context names the key that signed it, so a rotation is: give the
 * subgraphs both public keys as a set, then the gateway the new private key, then drop the old one.
 */
async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- a key is named for the day it was made
  const { privateJwk, publicJwk } = await generateEs256KeyPair(`gateway-${new Date().toISOString().slice(0, 10)}`);
  console.log(`CONTEXT_PRIVATE_KEY='${JSON.stringify(privateJwk)}'`);
  console.log(`CONTEXT_PUBLIC_KEY='${JSON.stringify(publicJwk)}'`);
  console.log(
    `# Rotating: first give the subgraphs both public keys, CONTEXT_PUBLIC_KEY='{"keys":[<the old public key>,${JSON.stringify(publicJwk)}]}'`,
  );
}

main().catch((error: unknown) => {
  console.error(`keys: ${(error as Error).message}`);
  process.exit(1);
});
