import { z } from "zod";

/** Thrown when the environment does not satisfy a service's configuration schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads a service's configuration from the environment once, validating it against a zod schema.
 * Every missing or invalid variable is named in one message, so an operator fixes them in one go.
 */
export function readConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return issue.code === "invalid_type" && issue.input === undefined
      ? `${name} is required`
      : `${name} ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** `NODE_ENV`, shared by every service: production hides the IDE, introspection and error detail. */
export const nodeEnv = z
  .enum(["development", "test", "production"])
  .default("development")
  .describe(
    "`production` turns off the GraphQL IDE and introspection, masks unexpected errors and refuses every development fallback; `development` or `test` otherwise",
  );

/** A TCP port; 0 asks the OS for a free one (tests). */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** A PostgreSQL connection string. */
export const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgres:// or postgresql:// URL");

/** An http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/ });

/** A JSON Web Key given as JSON text, e.g. a public key the gateway signs caller contexts with. */
export const jwkJson = z.string().transform((text, ctx) => {
  try {
    const key = JSON.parse(text) as Record<string, unknown>;
    if (typeof key === "object" && key && typeof key.kty === "string") return key as import("jose").JWK;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: "custom", message: "must be a JSON Web Key (JSON with a kty member)" });
  return z.NEVER;
});

/**
 * OTEL_EXPORTER_OTLP_ENDPOINT: where a service sends its traces, when the operator wants them sent;
 * unset, nothing leaves the service.
 */
export const otlpEndpoint = httpUrl
  .optional()
  .describe(
    "Base URL of an OpenTelemetry collector's OTLP/HTTP receiver (e.g. http://collector:4318); traces are sent to its /v1/traces. Unset: no trace is recorded or sent.",
  );

/** METRICS_TOKEN: the secret Prometheus scrapes every service's GET /metrics with. */
export const metricsToken = z
  .string()
  .min(32, "must be at least 32 characters")
  .optional()
  .describe("Bearer token Prometheus scrapes GET /metrics with (at least 32 characters). Unset: no /metrics endpoint.");

export const logLevel = z
  .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
  .default("info")
  .describe("`fatal` … `trace`, or `silent`; logs are JSON lines (pino)");

/** The variables a schema declares as required (no default, not optional): used by deployment checks. */
export function requiredVariables(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name);
}

/**
 * Configuration a subgraph that reads the partnership's directory needs besides its own: where the
 * governance subgraph answers (cases checks that an NRM referrer is a person of the referring agency).
 * Requests to it carry the caller's own signed context, so it stays inside the subgraphs' network.
 */
export const directoryConfigSchema = z.object({
  GOVERNANCE_URL: httpUrl.describe(
    "the governance subgraph's GraphQL endpoint: cases asks the directory whether an NRM referrer is a person of the referring agency",
  ),
});
