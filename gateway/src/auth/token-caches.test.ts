import { CallerContextSigner, CallerContextVerifier, generateEs256KeyPair, Role } from "@partnership/runtime";
import { SignJWT, importJWK } from "jose";
import { describe, expect, it } from "vitest";
import { DEFAULT_AUDIENCE, DEMO_ISSUER, DemoIdentityProvider } from "./demo-identity-provider.js";
import { SignedCallerContexts } from "./signed-contexts.js";
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
    const verifier = new UserTokenVerifier({
      issuer: DEMO_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicJwk: keys.publicJwk,
    });
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
    const verifier = new UserTokenVerifier({
      issuer: DEMO_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicJwk: keys.publicJwk,
    });
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

describe("the gateway reuses a signed caller context", () => {
  it("for the same caller and operation, and signs anew when grants, roles or the operation differ", async () => {
    const keys = await generateEs256KeyPair("gateway");
    const contexts = new SignedCallerContexts(await CallerContextSigner.fromJwk(keys.privateJwk));
    const verifier = await CallerContextVerifier.fromJwk(keys.publicJwk);
    const first = await contexts.sign(caller, "ConcernList");
    expect(await contexts.sign({ ...caller, requestId: "second-request" }, "ConcernList")).toBe(first);
    expect(await contexts.sign(caller, "ConcernDetail")).not.toBe(first);
    const fewerGrants = await contexts.sign({ ...caller, grants: {} }, "ConcernList");
    expect(fewerGrants).not.toBe(first);
    expect((await verifier.verify(fewerGrants))!.grants).toEqual({});
    expect(await contexts.sign({ ...caller, roles: [Role.COORDINATOR] }, "ConcernList")).not.toBe(first);
    // A reused context names no request: the request id travels beside it.
    expect((await verifier.verify(first))!.requestId).toBe("");
  });

  it("signs again once half the context's life has passed", async () => {
    const keys = await generateEs256KeyPair("gateway");
    const contexts = new SignedCallerContexts(await CallerContextSigner.fromJwk(keys.privateJwk, 2));
    const first = await contexts.sign(caller, null);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await contexts.sign(caller, null)).not.toBe(first);
  });
});
