import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CONFIGURATION_REFERENCE_PATH,
  configurationReference,
  configurationReferenceMarkdown,
  descriptionOf,
  REPLACED_VARIABLES,
} from "./config-reference.js";

const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

describe("the configuration reference (docs/configuration.md)", () => {
  it("is what the schemas give: run `npm run docs:config` after changing a variable", async () => {
    const committed = readFileSync(path.join(REPO_ROOT, CONFIGURATION_REFERENCE_PATH), "utf8");
    const generated = await configurationReferenceMarkdown(REPO_ROOT);
    expect(committed, "docs/configuration.md is out of date: run `npm run docs:config` and commit it").toBe(generated);
  });

  it("describes every variable of every service", () => {
    const undescribed = configurationReference(REPO_ROOT).flatMap(({ title, variables }) =>
      variables.filter(({ description }) => !description?.trim()).map(({ name }) => `${title}: ${name}`),
    );
    expect(undescribed, "give each of these a .describe() in its zod schema").toEqual([]);
  });

  it("names the variables the reference once missed, each where it is read", () => {
    const reference = configurationReference(REPO_ROOT);
    const service = (title: string) => reference.find((entry) => entry.title === title)!;
    const names = (title: string) => service(title).variables.map(({ name }) => name);
    expect(names("Gateway container")).toEqual(
      expect.arrayContaining([
        "GOVERNANCE_URL",
        "TRAINING_URL",
        "CASES_URL",
        "PROCUREMENT_URL",
        "CONTEXT_PRIVATE_KEY",
        "KEYS_DIR",
      ]),
    );
    expect(names("Subgraph container")).toContain("CONTEXT_PUBLIC_KEY");
    const gateway = service("Gateway container").variables;
    for (const url of ["TRAINING_URL", "CASES_URL", "PROCUREMENT_URL"])
      expect(gateway.find(({ name }) => name === url)).toMatchObject({ required: "in production" });
    expect(service("Subgraph container").variables.find(({ name }) => name === "CONTEXT_PUBLIC_KEY")).toMatchObject({
      required: "yes",
    });
  });

  it("lists AUTH_ISSUER, AUTH_JWKS_URL and AUTH_AUDIENCE as replaced by TRUSTED_ISSUERS, read by no service", async () => {
    const retired = ["AUTH_ISSUER", "AUTH_JWKS_URL", "AUTH_AUDIENCE"];
    expect(REPLACED_VARIABLES.map(({ name }) => name)).toEqual(retired);
    const read = configurationReference(REPO_ROOT).flatMap(({ variables }) => variables.map(({ name }) => name));
    for (const name of retired) expect(read).not.toContain(name);
    const markdown = await configurationReferenceMarkdown(REPO_ROOT);
    for (const name of retired) expect(markdown).toMatch(new RegExp(`\\| \`${name}\` +\\| \`TRUSTED_ISSUERS\``));
  });

  it("prints defaults without this machine's paths, and production's requirements", async () => {
    const markdown = await configurationReferenceMarkdown(REPO_ROOT);
    expect(markdown).not.toContain(REPO_ROOT);
    expect(markdown).toMatch(/\| `KEYS_DIR` +\| no +\| `\.data\/keys` in the repository +\|/);
    expect(markdown).toMatch(
      /\| `GOVERNANCE_URL` +\| in production +\| `http:\/\/127\.0\.0\.1:4001\/graphql` outside production +\|/,
    );
    expect(markdown).toMatch(/\| `WEBHOOK_RETRY_SCHEDULE` +\| no +\| `5s,5m,30m,2h,5h,10h,10h` +\|/);
  });

  it("finds a description through the wrappers a default or an optional adds, and none where none was given", () => {
    expect(descriptionOf(z.string().describe("inner").optional().default("x"))).toBe("inner");
    expect(
      descriptionOf(
        z
          .string()
          .describe("piped")
          .transform((text) => text.length),
      ),
    ).toBe("piped");
    expect(descriptionOf(z.string().optional().default("x"))).toBeUndefined();
  });
});
