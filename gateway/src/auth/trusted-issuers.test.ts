import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, generateEs256KeyPair, type KeyPair, Role } from "@partnership/runtime";
import { importJWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGatewayConfig } from "../config.js";
import { DEFAULT_AUDIENCE, DEMO_ISSUER, DemoIdentityProvider } from "./demo-identity-provider.js";
import { InvalidTokenError, UserTokenVerifier } from "./user-token.js";

const WMP = "00000000-0000-4000-8000-00000000000a";
const HFJ = "00000000-0000-4000-8000-00000000000b";
const SMBC = "00000000-0000-4000-8000-00000000000c";
const POLICE_IDP = "https://login.police.example";
const NGO_IDP = "https://id.ngo.example";

async function tokenFrom(
  keys: KeyPair,
  claims: { iss?: string; agency: string; aud?: string; alg?: "ES256" },
  expiresIn = "5m",
): Promise<string> {
  let jwt = new SignJWT({ agency: claims.agency, roles: [Role.CASEWORKER] })
    .setProtectedHeader({ alg: "ES256", kid: keys.privateJwk.kid })
    .setSubject("someone")
    .setAudience(claims.aud ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (claims.iss) jwt = jwt.setIssuer(claims.iss);
  return jwt.sign(await importJWK(keys.privateJwk, "ES256"));
}

describe("a token is verified with its own issuer's keys, for the agencies that issuer may speak for", () => {
  let police: KeyPair;
  let ngo: KeyPair;
  let jwks: Server;
  let jwksUrl: string;
  let verifier: UserTokenVerifier;

  beforeAll(async () => {
    police = await generateEs256KeyPair("police-1");
    ngo = await generateEs256KeyPair("ngo-1");
    // The police identity provider publishes its keys over HTTP, as a real one does.
    jwks = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [police.publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    verifier = new UserTokenVerifier([
      { issuer: POLICE_IDP, audience: DEFAULT_AUDIENCE, jwksUrl, agencies: [WMP] },
      { issuer: NGO_IDP, audience: "ngo-audience", publicJwks: [ngo.publicJwk], agencies: [HFJ, SMBC] },
    ]);
  });
  afterAll(async () => {
    await new Promise((resolve) => jwks?.close(resolve));
  });

  it("accepts each issuer's token for an agency it is trusted for", async () => {
    expect(await verifier.verify(`Bearer ${await tokenFrom(police, { iss: POLICE_IDP, agency: WMP })}`)).toMatchObject({
      agencyId: WMP,
      userId: "someone",
    });
    const ngoToken = await tokenFrom(ngo, { iss: NGO_IDP, agency: HFJ, aud: "ngo-audience" });
    expect(await verifier.verify(`Bearer ${ngoToken}`)).toMatchObject({ agencyId: HFJ });
  });

  const refusals: Array<[string, () => Promise<string>, RegExp]> = [
    [
      "an agency its issuer is not trusted for",
      () => tokenFrom(police, { iss: POLICE_IDP, agency: HFJ }),
      new RegExp(`${POLICE_IDP} is not trusted to speak for agency ${HFJ}`),
    ],
    [
      "another issuer's name on a token signed with the wrong keys",
      () => tokenFrom(police, { iss: NGO_IDP, agency: HFJ, aud: "ngo-audience" }),
      /refused/,
    ],
    [
      "an issuer that is not configured",
      () => tokenFrom(police, { iss: "https://evil.example", agency: WMP }),
      /issuer https:\/\/evil\.example is not trusted/,
    ],
    ["no issuer at all", () => tokenFrom(police, { agency: WMP }), /names no issuer/],
    [
      "the demo identity provider, which is not configured here",
      async () =>
        (await DemoIdentityProvider.fromJwk(police.privateJwk)).issue({
          userId: "u",
          agencyId: WMP,
          roles: [Role.CASEWORKER],
          name: "U",
        }),
      new RegExp(`issuer ${DEMO_ISSUER} is not trusted`),
    ],
    [
      "the audience of another issuer",
      () => tokenFrom(ngo, { iss: NGO_IDP, agency: HFJ, aud: DEFAULT_AUDIENCE }),
      /refused.*aud/,
    ],
    ["a token that is not a JWT", async () => "not.a.jwt", /refused/],
  ];
  for (const [name, token, reason] of refusals) {
    it(`refuses ${name}, saying why`, async () => {
      const error = await verifier.verify(`Bearer ${await token()}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTokenError);
      expect((error as Error).message).toMatch(reason);
    });
  }

  it("refuses an agency outside the list every time, even once the token verified", async () => {
    const token = await tokenFrom(ngo, { iss: NGO_IDP, agency: WMP, aud: "ngo-audience" });
    for (let i = 0; i < 2; i++)
      await expect(verifier.verify(`Bearer ${token}`)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

describe("the trusted issuers are read and validated once, at start", () => {
  const production = {
    NODE_ENV: "production",
    GOVERNANCE_URL: "http://governance:4001/graphql",
    CASES_URL: "http://cases:4002/graphql",
    TRAINING_URL: "http://training:4003/graphql",
    PROCUREMENT_URL: "http://procurement:4004/graphql",
  };
  let contextKey: string;
  let dir: string;
  beforeAll(async () => {
    contextKey = JSON.stringify((await generateEs256KeyPair("gateway-1")).privateJwk);
    dir = await mkdtemp(path.join(tmpdir(), "issuers-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const issuer = (more: Record<string, unknown> = {}) => ({
    issuer: POLICE_IDP,
    jwksUrl: `${POLICE_IDP}/.well-known/jwks.json`,
    agencies: [WMP],
    ...more,
  });
  const problemsOf = async (env: Record<string, string>) => {
    const error = await loadGatewayConfig({ ...production, CONTEXT_PRIVATE_KEY: contextKey, ...env }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  };

  it("takes a list from TRUSTED_ISSUERS, with the default audience", async () => {
    const config = await loadGatewayConfig({
      ...production,
      CONTEXT_PRIVATE_KEY: contextKey,
      TRUSTED_ISSUERS: JSON.stringify([
        issuer(),
        { issuer: NGO_IDP, jwks: { keys: [{ kty: "EC", crv: "P-256", x: "x", y: "y" }] }, agencies: [HFJ] },
      ]),
    });
    expect(config.trustedIssuers).toEqual([
      { issuer: POLICE_IDP, audience: DEFAULT_AUDIENCE, jwksUrl: issuer().jwksUrl, agencies: [WMP] },
      {
        issuer: NGO_IDP,
        audience: DEFAULT_AUDIENCE,
        publicJwks: [{ kty: "EC", crv: "P-256", x: "x", y: "y" }],
        agencies: [HFJ],
      },
    ]);
  });

  it("or from the file TRUSTED_ISSUERS_FILE names", async () => {
    const file = path.join(dir, "issuers.json");
    await writeFile(file, JSON.stringify([issuer({ audience: "graph" })]));
    const config = await loadGatewayConfig({
      ...production,
      CONTEXT_PRIVATE_KEY: contextKey,
      TRUSTED_ISSUERS_FILE: file,
    });
    expect(config.trustedIssuers).toEqual([
      { issuer: POLICE_IDP, audience: "graph", jwksUrl: issuer().jwksUrl, agencies: [WMP] },
    ]);
  });

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    ["none in production", {}, /TRUSTED_ISSUERS is required/],
    ["text that is not JSON", { TRUSTED_ISSUERS: "[{" }, /TRUSTED_ISSUERS must be JSON/],
    ["an empty list", { TRUSTED_ISSUERS: "[]" }, /TRUSTED_ISSUERS.*at least one/],
    [
      "an issuer without keys",
      { TRUSTED_ISSUERS: JSON.stringify([issuer({ jwksUrl: undefined })]) },
      /jwksUrl or jwks/,
    ],
    [
      "an issuer with both a JWKS URL and keys",
      { TRUSTED_ISSUERS: JSON.stringify([issuer({ jwks: { keys: [{ kty: "EC" }] } })]) },
      /jwksUrl or jwks/,
    ],
    ["an issuer with no agency", { TRUSTED_ISSUERS: JSON.stringify([issuer({ agencies: [] })]) }, /agencies/],
    [
      "an agency that is not an id",
      { TRUSTED_ISSUERS: JSON.stringify([issuer({ agencies: ["WMP"] })]) },
      /agencies\.0/,
    ],
    [
      "every agency, in production",
      { TRUSTED_ISSUERS: JSON.stringify([issuer({ agencies: "*" })]) },
      /TRUSTED_ISSUERS\.0\.agencies.*production/,
    ],
    [
      "a JWKS URL over plain HTTP, in production",
      { TRUSTED_ISSUERS: JSON.stringify([issuer({ jwksUrl: "http://login.police.example/jwks" })]) },
      /jwksUrl.*https/,
    ],
    [
      "the same issuer twice",
      { TRUSTED_ISSUERS: JSON.stringify([issuer(), issuer({ agencies: [HFJ] })]) },
      /TRUSTED_ISSUERS\.1\.issuer.*more than once/,
    ],
    [
      "the demo identity provider, in production",
      { TRUSTED_ISSUERS: JSON.stringify([issuer({ issuer: DEMO_ISSUER })]) },
      /demo identity provider.*production/,
    ],
    [
      "both the variable and the file",
      { TRUSTED_ISSUERS: JSON.stringify([issuer()]), TRUSTED_ISSUERS_FILE: "/nowhere.json" },
      /not both/,
    ],
    [
      "a file that cannot be read",
      { TRUSTED_ISSUERS_FILE: "/nowhere/issuers.json" },
      /TRUSTED_ISSUERS_FILE.*cannot be read/,
    ],
  ];
  for (const [name, env, problem] of bad) {
    it(`refuses ${name}, naming the problem`, async () => {
      expect(await problemsOf(env)).toMatch(problem);
    });
  }

  it("outside production, the demo identity provider is trusted for every agency, beside any configured", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "keys-"));
    try {
      const config = await loadGatewayConfig({ KEYS_DIR: dataDir, TRUSTED_ISSUERS: JSON.stringify([issuer()]) });
      expect(config.trustedIssuers.map((i) => [i.issuer, i.agencies])).toEqual([
        [DEMO_ISSUER, "*"],
        [POLICE_IDP, [WMP]],
      ]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
