import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/**
 * NODE_OPTIONS as docker-compose.yml runs the gateway and the subgraphs (the Kubernetes manifests
 * set the same), so the benchmark measures them as deployed rather than with a copy of the flags.
 */
export function deployedNodeOptions(): { gateway: string; subgraph: string } {
  const compose = parse(readFileSync(path.resolve(__dirname, "..", "..", "docker-compose.yml"), "utf8"), {
    merge: true,
  }) as { services: Record<string, { environment?: Record<string, string> }> };
  const of = (service: string) => {
    const options = compose.services[service]?.environment?.NODE_OPTIONS;
    if (!options) throw new Error(`docker-compose.yml gives the ${service} service no NODE_OPTIONS`);
    return options;
  };
  return { gateway: of("gateway"), subgraph: of("cases") };
}
