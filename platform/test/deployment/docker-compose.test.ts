import { readFileSync } from "node:fs";
import path from "node:path";
import {
  directoryConfigSchema,
  generateEs256KeyPair,
  readConfig,
  requiredVariables,
  subgraphConfigSchema,
} from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { gatewayConfigSchema } from "@partnership/gateway";

const ROOT = path.resolve(__dirname, "..", "..", "..");

interface ComposeService {
  build?: { dockerfile: string; target?: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
}

/** No Docker engine runs here, so the compose file is checked against each service's configuration schema instead. */
describe("docker-compose.yml", () => {
  const compose = parse(readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const built = Object.entries(compose.services).filter(([, service]) => service.build);
  // What an operator puts in the environment for the `${VAR:?…}` references.
  const operator: Record<string, string> = {
    TRUSTED_ISSUERS: JSON.stringify([
      {
        issuer: "https://login.partner.example",
        jwksUrl: "https://login.partner.example/.well-known/jwks.json",
        agencies: ["00000000-0000-4000-8000-000000000001"],
      },
    ]),
  };
  beforeAll(async () => {
    const pair = await generateEs256KeyPair("deploy");
    operator.CONTEXT_PRIVATE_KEY = JSON.stringify(pair.privateJwk);
    operator.CONTEXT_PUBLIC_KEY = JSON.stringify(pair.publicJwk);
  });
  // Compose substitutes ${VAR:-default} with the default and requires ${VAR:?message} from the operator.
  const substitute = (env: Record<string, string> = {}) =>
    Object.fromEntries(
      Object.entries(env).map(([k, v]) => [
        k,
        String(v)
          .replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1")
          .replace(/\$\{([A-Z_]+):\?[^}]*\}/g, (_, name: string) => {
            expect(operator, `the test has no operator value for ${name}`).toHaveProperty(name);
            return operator[name]!;
          }),
      ]),
    );

  it("has a container for the gateway and for every subgraph", () => {
    expect(built.map(([name]) => name).sort()).toEqual(["gateway", ...SUBGRAPHS.map((s) => s.module.name)].sort());
  });

  it("gives the gateway every variable its production configuration requires, and valid values", () => {
    const gateway = compose.services.gateway!;
    const env = substitute(gateway.environment);
    expect(env.NODE_ENV).toBe("production");
    expect(gateway.build).toMatchObject({ target: "gateway", args: { PACKAGE: "@partnership/gateway" } });
    for (const variable of requiredVariables(gatewayConfigSchema(true))) expect(env).toHaveProperty(variable);
    expect(() => readConfig(gatewayConfigSchema(true), env)).not.toThrow();
    for (const { module, urlVariable } of SUBGRAPHS) {
      expect(new URL(env[urlVariable]!).hostname).toBe(module.name);
    }
  });

  it("gives every subgraph every variable its configuration requires, and valid values", () => {
    for (const { module } of SUBGRAPHS) {
      const service = compose.services[module.name]!;
      // Its own image (deploy/Dockerfile's default target), running its own entry point.
      expect(service.build?.args?.PACKAGE).toBe(`@partnership/${module.name}`);
      expect(service.build?.target).toBeUndefined();
      expect(service.command).toEqual(["node", `subgraphs/${module.name}/dist/main.js`]);
      const env = substitute(service.environment);
      for (const variable of requiredVariables(subgraphConfigSchema)) expect(env).toHaveProperty(variable);
      expect(() => readConfig(subgraphConfigSchema, env)).not.toThrow();
    }
    // Cases reads the directory from governance's container.
    const cases = substitute(compose.services.cases!.environment);
    expect(new URL(readConfig(directoryConfigSchema, cases).GOVERNANCE_URL).hostname).toBe("governance");
  });

  it("builds images that run as a non-root user", () => {
    for (const [, service] of built) {
      const dockerfile = readFileSync(path.join(ROOT, service.build!.dockerfile), "utf8");
      const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
      expect(users.at(-1)).toBeDefined();
      expect(users.at(-1)).not.toMatch(/^(root|0)$/);
    }
  });
});
