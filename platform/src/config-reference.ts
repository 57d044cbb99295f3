import path from "node:path";
import { dispatcherConfigSchema } from "@partnership/governance";
import { gatewayConfigSchema, hardeningVariables, trustedDocumentsVariables } from "@partnership/gateway";
import {
  clockConfigSchema,
  directoryConfigSchema,
  subgraphJobConfigSchema,
  subgraphConfigSchema,
} from "@partnership/runtime";
import { format, resolveConfig } from "prettier";
import { z } from "zod";
import {
  auditVerifyConfigSchema,
  retentionConfigSchema,
  tokenConfigSchema,
  webhooksConfigSchema,
} from "./cli-config.js";
import { platformConfigSchema } from "./config.js";

/** Where the reference is written, from the repository's root. */
export const CONFIGURATION_REFERENCE_PATH = "docs/configuration.md";

type Shape = Record<string, z.ZodType>;

/** Whether a service refuses to start without the variable. */
export type Requirement = "yes" | "in production" | "no";

export interface VariableReference {
  name: string;
  required: Requirement;
  /** The value used when the variable is unset, as the reference prints it; undefined when there is none. */
  defaultValue?: string;
  /** Whether the default applies only outside production (production requires the variable). */
  defaultOutsideProductionOnly: boolean;
  /** The operator-facing meaning, from the schema's `.describe()`; undefined when the schema has none. */
  description?: string;
}

export interface ServiceReference {
  title: string;
  /** What runs with this configuration (markdown). */
  runs: string;
  variables: VariableReference[];
}

/**
 * The description a schema carries. `.optional()`, `.default()` and `.transform()` wrap a schema in a
 * new one that does not inherit its description, so a description given to a shared piece (`nodeEnv`,
 * `postgresUrl.describe(…)`) is found by looking through the wrappers.
 */
export function descriptionOf(schema: z.ZodType): string | undefined {
  if (schema.description) return schema.description;
  const def = schema._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
  const inner = def.innerType ?? def.in;
  return inner ? descriptionOf(inner) : undefined;
}

/** "5s", "30m", "2h": a retry schedule printed as the variable is written. */
function duration(ms: number): string {
  for (const [unit, size] of [
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1_000],
  ] as const)
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/** A default as the reference prints it: paths inside the repository relative to its root, never this machine's. */
function formatDefault(value: unknown, repoRoot: string): string {
  if (Array.isArray(value) && value.every((item) => typeof item === "number"))
    return `\`${value.map(duration).join(",")}\``;
  if (typeof value === "string" && path.isAbsolute(value)) {
    const relative = path.relative(repoRoot, value);
    if (relative.startsWith("..")) throw new Error(`a default path outside the repository: ${value}`);
    return `\`${relative.split(path.sep).join("/")}\` in the repository`;
  }
  return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

/** What a schema does with the variable unset: required, or the default it takes. */
function whenUnset(schema: z.ZodType): { required: boolean; value?: unknown } {
  const result = schema.safeParse(undefined);
  return result.success ? { required: false, value: result.data } : { required: true };
}

/**
 * The variables of a service whose schema differs between development and production (the gateway
 * requires in production what it otherwise takes from the local platform), in the schema's order.
 */
function variables(development: Shape, production: Shape, repoRoot: string): VariableReference[] {
  return Object.entries(development).map(([name, schema]) => {
    const dev = whenUnset(schema);
    const prod = whenUnset(production[name] ?? schema);
    const required: Requirement = dev.required ? "yes" : prod.required ? "in production" : "no";
    return {
      name,
      required,
      defaultValue: dev.value === undefined ? undefined : formatDefault(dev.value, repoRoot),
      defaultOutsideProductionOnly: required === "in production",
      description: descriptionOf(production[name] ?? schema) ?? descriptionOf(schema),
    };
  });
}

/**
 * Read by the gateway outside its schema, before it (the file's content takes TRUSTED_ISSUERS' place),
 * so described here; the gateway's configuration test covers its behaviour.
 */
const trustedIssuersFile: Shape = {
  TRUSTED_ISSUERS_FILE: z
    .string()
    .optional()
    .describe("a file holding the `TRUSTED_ISSUERS` JSON, read in its place (giving both is refused)"),
};

/**
 * Commands that read `process.env` directly rather than through a schema; their variables are
 * written out here so the reference is complete (keep them in step with the commands).
 */
const importRegistryVariables: Shape = {
  DATABASE_URL: z
    .string()
    .describe(
      "PostgreSQL holding the procurement schema the statements are imported into (the command refuses to run without it)",
    ),
  ...clockConfigSchema.shape,
};
const largeSeedVariables: Shape = {
  DATABASE_URL: z
    .string()
    .default("postgres://postgres@127.0.0.1:5432/partnership_bench")
    .describe("the PostgreSQL database to fill with the large seed (created if missing)"),
};

/** Inserts `extra` after the variable `after` (where an operator looks for it). */
function withAfter(shape: Shape, after: string, extra: Shape): Shape {
  return Object.fromEntries(
    Object.entries(shape).flatMap(([name, schema]) =>
      name === after ? [[name, schema], ...Object.entries(extra)] : [[name, schema]],
    ),
  );
}

/** Every service and operator command, with the variables it reads, from their schemas. */
export function configurationReference(repoRoot: string): ServiceReference[] {
  const gatewayDevelopment = withAfter(gatewayConfigSchema(false).shape, "TRUSTED_ISSUERS", trustedIssuersFile);
  const gatewayProduction = gatewayConfigSchema(true).shape as Shape;
  const platform: Shape = withAfter(
    {
      ...platformConfigSchema.shape,
      TRUSTED_ISSUERS: gatewayConfigSchema(false).shape.TRUSTED_ISSUERS,
      ...hardeningVariables,
      ...trustedDocumentsVariables,
      ...dispatcherConfigSchema.shape,
    },
    "TRUSTED_ISSUERS",
    trustedIssuersFile,
  );
  // npm start refuses production without an identity provider, as the gateway container does.
  const platformProduction: Shape = { ...platform, TRUSTED_ISSUERS: gatewayProduction.TRUSTED_ISSUERS! };
  const service = (title: string, runs: string, development: Shape, production: Shape = development) => ({
    title,
    runs,
    variables: variables(development, production, repoRoot),
  });
  return [
    service(
      "`npm start`: the whole platform in one process",
      "`node platform/dist/main.js`: embedded PostgreSQL (unless `DATABASE_URL`), every subgraph, the gateway, the portal and a webhook dispatcher.",
      platform,
      platformProduction,
    ),
    service(
      "Gateway container",
      "`node gateway/dist/main.js` (`deploy/Dockerfile`, target `gateway`; the `gateway` service of `docker-compose.yml`, `deploy/kubernetes/gateway.yaml`).",
      gatewayDevelopment,
      gatewayProduction,
    ),
    service(
      "Subgraph container",
      "`node subgraphs/<name>/dist/main.js`, one image per subgraph (governance, training, procurement, cases; `deploy/Dockerfile`).",
      subgraphConfigSchema.shape,
    ),
    service(
      "Cases subgraph",
      "`node subgraphs/cases/dist/main.js` reads the subgraph container's variables above, and this one.",
      directoryConfigSchema.shape,
    ),
    service(
      "Webhook dispatcher",
      "`npm run webhooks` (`node platform/dist/webhooks-cli.js`, the jobs image; `deploy/kubernetes/webhook-dispatcher.yaml`). `npm start` runs one in its process with the `WEBHOOK_*` variables above.",
      { ...webhooksConfigSchema.shape, ...dispatcherConfigSchema.shape },
    ),
    service(
      "Migrations",
      "`node subgraphs/<name>/dist/migrate.js` in each subgraph's image (the Kubernetes Job), and `--wait` (each subgraph pod's init container); `npm run migrate` migrates every subgraph from one process.",
      subgraphJobConfigSchema.shape,
    ),
    service(
      "Retention run",
      "`npm run retention [-- --dry-run]` (`deploy/kubernetes/retention-cronjob.yaml`, nightly).",
      { ...retentionConfigSchema.shape, ...clockConfigSchema.shape },
    ),
    service("Audit chain check", "`npm run audit:verify`.", auditVerifyConfigSchema.shape),
    service(
      "Demo tokens",
      "`npm run token` (development only: the local demo identity provider).",
      tokenConfigSchema.shape,
    ),
    service(
      "Registry statements import",
      "`node subgraphs/procurement/dist/import-registry-cli.js statements.csv` (reads `DATABASE_URL` itself, not through a schema).",
      importRegistryVariables,
    ),
    service(
      "Daily supplier assessment refresh",
      "`node subgraphs/procurement/dist/refresh-assessments-cli.js` in procurement's image (`deploy/kubernetes/assessment-refresh-cronjob.yaml`, nightly).",
      { ...subgraphJobConfigSchema.shape, ...clockConfigSchema.shape },
    ),
    service(
      "Large seed",
      "`npm run seed:large` (reads `DATABASE_URL` itself, not through a schema).",
      largeSeedVariables,
    ),
  ];
}

/**
 * Variables earlier releases read and this one does not, with what replaced them: an operator
 * upgrading a deployment looks for the old name.
 */
export const REPLACED_VARIABLES: ReadonlyArray<{ name: string; replacedBy: string }> = [
  { name: "AUTH_ISSUER", replacedBy: "`TRUSTED_ISSUERS`: each identity provider's `issuer`" },
  { name: "AUTH_JWKS_URL", replacedBy: "`TRUSTED_ISSUERS`: each identity provider's `jwksUrl` (or inline `jwks`)" },
  { name: "AUTH_AUDIENCE", replacedBy: "`TRUSTED_ISSUERS`: each identity provider's `audience`" },
];

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function defaultCell(variable: VariableReference): string {
  if (variable.defaultValue === undefined) return "—";
  return variable.defaultOutsideProductionOnly ? `${variable.defaultValue} outside production` : variable.defaultValue;
}

/** The reference as markdown, before formatting. */
export function renderConfigurationReference(services: ServiceReference[]): string {
  const lines = [
    "<!-- Generated by `npm run docs:config` from the services' zod schemas (gateway/src/platform/config-reference.ts). Do not edit: change a schema's `.describe()` and run the command again. -->",
    "",
    "# Configuration reference",
    "",
    "Every service and operator command reads its environment once at start and checks it against a zod",
    "schema; anything missing or invalid is named in one line and the process exits with status 1 before",
    "starting anything. _Required_ is `yes` when the variable must always be set, `in production` when",
    "only `NODE_ENV=production` requires it (outside production it falls back to the local platform),",
    "and `no` when it may be left unset. Deploying: [operations](operations.md).",
    "",
  ];
  for (const service of services) {
    lines.push(`## ${service.title}`, "", service.runs, "");
    lines.push("| variable | required | default | meaning |", "| --- | --- | --- | --- |");
    for (const variable of service.variables)
      lines.push(
        `| \`${variable.name}\` | ${variable.required} | ${cell(defaultCell(variable))} | ${cell(variable.description ?? "")} |`,
      );
    lines.push("");
  }
  lines.push(
    "## Replaced variables",
    "",
    "No service reads these any more; set what replaced them.",
    "",
    "| variable | replaced by |",
    "| --- | --- |",
    ...REPLACED_VARIABLES.map(({ name, replacedBy }) => `| \`${name}\` | ${cell(replacedBy)} |`),
    "",
  );
  return lines.join("\n");
}

/** `docs/configuration.md` as `npm run docs:config` writes it: rendered, then formatted as `prettier --check` expects. */
export async function configurationReferenceMarkdown(repoRoot: string): Promise<string> {
  const file = path.join(repoRoot, CONFIGURATION_REFERENCE_PATH);
  const options = (await resolveConfig(file)) ?? {};
  return format(renderConfigurationReference(configurationReference(repoRoot)), { ...options, filepath: file });
}
