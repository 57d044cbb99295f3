import {
  CallerContextSigner,
  CallerContextVerifier,
  DEFAULT_CALLER_CONTEXT_TTL_SECONDS,
  generateEs256KeyPair,
  publicKeySetJson,
  Role,
} from "@partnership/runtime";
import {
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
} from "jose";
import { describe, expect, it } from "vitest";
import { DemoIdentityProvider, demoIssuer } from "./demo-identity-provider.js";
import { InvalidTokenError, UserTokenVerifier } from "./user-token.js";

const caller = {
  userId: "demo:wmp:caseworker",
  agencyId: "00000000-0000-4000-8000-000000000001",
  sector: "POLICE",
  roles: [Role.CASEWORKER],
  grants: { CASE_SUMMARY: "ISA-1" },
  requestId: "first-request",
  partnership: null,
};

describe("verified tokens are remembered only while they are valid", () => {
  it("a user token that expires is refused afterwards, though it verified before", async () => {
    const keys = await generateEs256KeyPair("idp");
    const verifier = new UserTokenVerifier([demoIssuer(keys.publicJwk)]);
    const idp = await DemoIdentityProvider.fromJwk(keys.privateJwk);
    const token = await idp.issue({ userId: "u", agencyId: "a", roles: [Role.CASEWORKER], name: "U" }, "2s");
    expect(await verifier.verify(`Bearer ${token}`)).toMatchObject({ userId: "u", agencyId: "a" });
    expect(await verifier.verify(`Bearer ${token}`)).toMatchObject({ userId: "u" });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verifier.verify(`Bearer ${token}`)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("a refused user token is checked again, not remembered", async () => {
    const keys = await generateEs256KeyPair("idp");
    const other = await generateEs256KeyPair("other");
    const verifier = new UserTokenVerifier([demoIssuer(keys.publicJwk)]);
    const forged = await (
      await DemoIdentityProvider.fromJwk({ ...other.privateJwk, kid: "idp" })
    ).issue({ userId: "u", agencyId: "a", roles: [], name: "U" });
    for (let i = 0; i < 2; i++)
      await expect(verifier.verify(`Bearer ${forged}`)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it("a caller context is remembered until it expires, then refused", async () => {
    const keys = await generateEs256KeyPair("gateway");
    const verifier = await CallerContextVerifier.fromJwk(keys.publicJwk);
    const signer = await CallerContextSigner.fromJwk(keys.privateJwk, 2);
    const token = await signer.sign(caller);
    expect(await verifier.verify(token)).toMatchObject({ agencyId: caller.agencyId, requestId: "first-request" });
    expect(await verifier.verify(token)).toMatchObject({ agencyId: caller.agencyId });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await verifier.verify(token)).toBeNull();
  });

  it("a caller context without an expiry is refused", async () => {
    const keys = await generateEs256KeyPair("gateway");
    const verifier = await CallerContextVerifier.fromJwk(keys.publicJwk);
    const unbounded = await new SignJWT({ agency: caller.agencyId, sector: "POLICE", roles: [], grants: {} })
      .setProtectedHeader({ alg: "ES256" })
      .setSubject("u")
      .setIssuer("partnership-gateway")
      .setAudience("partnership-subgraphs")
      .sign(await importJWK(keys.privateJwk, "ES256"));
    expect(await verifier.verify(unbounded)).toBeNull();
  });
});

describe("caller contexts: one request, seconds, keys that rotate", () => {
  it("name the request they were signed for, and one is named even when the caller carries none", async () => {
    const keys = await generateEs256KeyPair("gateway");
    const signer = await CallerContextSigner.fromJwk(keys.privateJwk);
    const verifier = await CallerContextVerifier.fromJwk(keys.publicJwk);
    expect((await verifier.verify(await signer.sign(caller)))!.requestId).toBe("first-request");
    const unnamed = await verifier.verify(await signer.sign({ ...caller, requestId: "" }));
    expect(unnamed!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("live seconds by default, and say which key signed them", async () => {
    const keys = await generateEs256KeyPair("gateway-2026-12");
    const token = await (await CallerContextSigner.fromJwk(keys.privateJwk)).sign(caller);
    const { exp, iat } = decodeJwt(token);
    expect(exp! - iat!).toBe(DEFAULT_CALLER_CONTEXT_TTL_SECONDS);
    expect(DEFAULT_CALLER_CONTEXT_TTL_SECONDS).toBeLessThanOrEqual(30);
    expect(decodeProtectedHeader(token)).toEqual({ alg: "ES256", typ: "JWT", kid: "gateway-2026-12" });
  });

  it("are signed only with a P-256 key: any other key is refused when the signer is made", async () => {
    const { privateKey } = await generateKeyPair("ES384", { extractable: true });
    await expect(CallerContextSigner.fromJwk(await exportJWK(privateKey))).rejects.toThrow(/P-256/);
  });

  it("a key without a kid is named by its thumbprint, the same on both sides", async () => {
    const keys = await generateEs256KeyPair("x");
    const privateJwk = { ...keys.privateJwk, kid: undefined };
    const publicJwk = { ...keys.publicJwk, kid: undefined };
    const token = await (await CallerContextSigner.fromJwk(privateJwk)).sign(caller);
    expect(decodeProtectedHeader(token).kid).toBe(await calculateJwkThumbprint(publicJwk));
    expect(await (await CallerContextVerifier.fromJwk(publicJwk)).verify(token)).toMatchObject({
      userId: caller.userId,
    });
  });

  it("during a rotation, contexts signed with the old key and the new one both verify; after it, only the new", async () => {
    const old = await generateEs256KeyPair("gateway-old");
    const next = await generateEs256KeyPair("gateway-new");
    const byOld = await (await CallerContextSigner.fromJwk(old.privateJwk)).sign(caller);
    const byNext = await (await CallerContextSigner.fromJwk(next.privateJwk)).sign(caller);
    const during = await CallerContextVerifier.fromJwks({ keys: [old.publicJwk, next.publicJwk] });
    expect(await during.verify(byOld)).toMatchObject({ agencyId: caller.agencyId });
    expect(await during.verify(byNext)).toMatchObject({ agencyId: caller.agencyId });
    const after = await CallerContextVerifier.fromJwks({ keys: [next.publicJwk] });
    expect(await after.verify(byOld)).toBeNull();
    expect(await after.verify(byNext)).toMatchObject({ agencyId: caller.agencyId });
    // A context naming a known kid but signed with another key is refused too.
    const impostor = await (await CallerContextSigner.fromJwk({ ...old.privateJwk, kid: "gateway-new" })).sign(caller);
    expect(await during.verify(impostor)).toBeNull();
  });

  it("a context that names no request is refused", async () => {
    const keys = await generateEs256KeyPair("gateway");
    const verifier = await CallerContextVerifier.fromJwk(keys.publicJwk);
    const unbound = await new SignJWT({ agency: caller.agencyId, sector: "POLICE", roles: [], grants: {} })
      .setProtectedHeader({ alg: "ES256", kid: "gateway" })
      .setSubject("u")
      .setIssuer("partnership-gateway")
      .setAudience("partnership-subgraphs")
      .setIssuedAt()
      .setExpirationTime("20s")
      .sign(await importJWK(keys.privateJwk, "ES256"));
    expect(await verifier.verify(unbound)).toBeNull();
  });

  it("a public key set is read from configuration as one JWK or as a JWKS", () => {
    const key = { kty: "EC", crv: "P-256", x: "x", y: "y", kid: "a" };
    expect(publicKeySetJson.parse(JSON.stringify(key))).toEqual({ keys: [key] });
    expect(publicKeySetJson.parse(JSON.stringify({ keys: [key, { ...key, kid: "b" }] })).keys).toHaveLength(2);
    for (const bad of ["{", "{}", '{"keys":[]}', '{"keys":[{"kid":"a"}]}', '{"kty":"EC","d":"private"}'])
      expect(publicKeySetJson.safeParse(bad).success, bad).toBe(false);
  });
});
