import { ApolloGateway, type GatewayConfig as ApolloGatewayConfig } from "@apollo/gateway";

/**
 * `@apollo/gateway` reads APOLLO_TELEMETRY_DISABLED once, in ApolloGateway's constructor (not at
 * import): unless it is "true" or "1" at that moment, the new gateway probes the cloud metadata
 * services (AWS, GCP, Azure, Alibaba) at once and sends usage metrics to Apollo every hour and on
 * stop. This platform carries police intelligence and must open no connection its operator did not
 * configure, so every ApolloGateway is built here, with that telemetry off unless the operator
 * opted in (`APOLLO_TELEMETRY=enabled`, config.ts).
 *
 * The variable is set only for the constructor and restored after it, so the process's environment
 * stays as the operator gave it; an operator's own APOLLO_TELEMETRY_DISABLED still wins over the
 * opt-in.
 */
export function newApolloGateway(config: ApolloGatewayConfig, apolloTelemetry = false): ApolloGateway {
  if (apolloTelemetry) return new ApolloGateway(config);
  const before = process.env.APOLLO_TELEMETRY_DISABLED;
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  try {
    return new ApolloGateway(config);
  } finally {
    if (before === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = before;
  }
}
