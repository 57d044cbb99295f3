import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, startTestPlatform, type TestPlatform } from "../../platform/test/support/platform.js";

async function postJson(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe("the gateway serving the portal, outside production", () => {
  let platform: TestPlatform;
  let origin: string;
  beforeAll(async () => {
    platform = await startTestPlatform();
    origin = new URL(platform.gatewayUrl).origin;
  }, 120_000);
  afterAll(() => platform?.stop());

  it("serves the built portal at /portal/ and sends / there, leaving /graphql, /health and /classification as they were", async () => {
    const page = await fetch(`${origin}/portal/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    const root = await fetch(`${origin}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/portal/");
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect(await (await fetch(`${origin}/classification`)).json()).toHaveProperty(
      "Concern.intelligenceSummary",
      "POLICE_INTELLIGENCE",
    );
    const anonymous = await platform.anonymous.query("{ agencies(first: 1) { totalCount } }");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lists the demo agencies, roles and npm start's demo users", async () => {
    const directory = await (await fetch(`${origin}/demo/users`)).json();
    expect(directory.agencies).toContainEqual({
      id: demoAgencyId("HFJ"),
      shortName: "HFJ",
      name: "Hope for Justice",
      sector: "NGO",
    });
    expect(directory.roles).toContain("CASEWORKER");
    expect(directory.roles).not.toContain("SYSTEM");
    expect(directory.presets).toContainEqual({
      label: "Police officer (WMP caseworker)",
      agency: "WMP",
      roles: ["CASEWORKER"],
    });
  });

  it("issues a demo user's token that the gateway accepts as that agency's user", async () => {
    const signedIn = await postJson(`${origin}/demo/sign-in`, { agency: "HFJ", roles: [Role.CASEWORKER] });
    expect(signedIn.status).toBe(200);
    const me = await clientFor(platform.gatewayUrl, signedIn.body.token).query<{
      people: { nodes: Array<{ agency: { shortName: string } }> };
    }>(
      `{ people(first: 1, filter: { agencyId: "${signedIn.body.user.agencyId}" }) { nodes { agency { shortName } } } }`,
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.people.nodes[0]?.agency.shortName).toBe("HFJ");
  });

  it("refuses an unknown agency, an unknown role or no role, naming the field", async () => {
    expect(await postJson(`${origin}/demo/sign-in`, { agency: "NOPE", roles: [Role.CASEWORKER] })).toMatchObject({
      status: 400,
      body: { field: "agency" },
    });
    expect(await postJson(`${origin}/demo/sign-in`, { agency: "WMP", roles: ["SYSTEM"] })).toMatchObject({
      status: 400,
      body: { field: "roles" },
    });
    expect(await postJson(`${origin}/demo/sign-in`, { agency: "WMP", roles: [] })).toMatchObject({
      status: 400,
      body: { field: "roles" },
    });
  });
});

describe("the gateway in production", () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ production: true });
  }, 120_000);
  afterAll(() => platform?.stop());

  it("has no demo sign-in: tokens come only from the agencies' identity providers", async () => {
    const origin = new URL(platform.gatewayUrl).origin;
    expect((await fetch(`${origin}/demo/users`)).status).toBe(404);
    const signIn = await fetch(`${origin}/demo/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ agency: "WMP", roles: [Role.CASEWORKER] }),
    });
    expect(signIn.status).toBe(404);
    expect((await fetch(`${origin}/portal/`)).status).toBe(200);
  });
});
