import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

const REPO_ROOT = path.resolve(__dirname, "..", "..");

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

/** Every markdown file of the documentation: the README and everything under docs/, the example client's README too. */
function documentationFiles(): string[] {
  const files = ["README.md"];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(REPO_ROOT, dir))) {
      const relative = `${dir}/${entry}`;
      if (entry === "node_modules" || entry === "dist") continue;
      if (statSync(path.join(REPO_ROOT, relative)).isDirectory()) walk(relative);
      else if (entry.endsWith(".md")) files.push(relative);
    }
  };
  walk("docs");
  return files;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, "");
  return new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => anchor(heading!)));
}

describe("the README and docs/", () => {
  it("keep the README to a few pages (under 12 KB): the detail lives in docs/", () => {
    expect(statSync(path.join(REPO_ROOT, "README.md")).size).toBeLessThan(12_000);
  });

  it("link only to files and headings that exist", () => {
    const broken: string[] = [];
    for (const file of documentationFiles()) {
      const markdown = readFileSync(path.join(REPO_ROOT, file), "utf8").replace(/```[\s\S]*?```/g, "");
      for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        const [linkPath, hash] = target!.split("#") as [string, string | undefined];
        const resolved = linkPath ? path.posix.normalize(path.posix.join(path.posix.dirname(file), linkPath)) : file;
        if (!existsSync(path.join(REPO_ROOT, resolved))) {
          broken.push(`${file}: ${target} (no ${resolved})`);
          continue;
        }
        if (
          hash &&
          resolved.endsWith(".md") &&
          !anchorsOf(readFileSync(path.join(REPO_ROOT, resolved), "utf8")).has(hash)
        )
          broken.push(`${file}: ${target} (no heading #${hash} in ${resolved})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("name only repository paths that exist, so a moved file shows where the docs still say the old place", () => {
    const topLevel = new Set(
      readdirSync(REPO_ROOT).filter(
        (entry) =>
          !entry.startsWith(".") && entry !== "node_modules" && statSync(path.join(REPO_ROOT, entry)).isDirectory(),
      ),
    );
    const missing: string[] = [];
    for (const file of documentationFiles()) {
      const markdown = readFileSync(path.join(REPO_ROOT, file), "utf8");
      for (const [, quoted] of markdown.matchAll(/`([^`\s]+)`/g)) {
        // Placeholders (`subgraphs/<name>/`), build output and the bench's kept seed (`.cache`) are not paths of the checkout.
        if (
          !quoted!.includes("/") ||
          !topLevel.has(quoted!.split("/")[0]!) ||
          /[<>*…]|\/(dist|\.cache)(\/|$)/.test(quoted!)
        )
          continue;
        if (!existsSync(path.join(REPO_ROOT, quoted!.split(/[:#]/)[0]!))) missing.push(`${file}: ${quoted}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
