import { createLogger, stopOnSignals } from "@partnership/runtime/edge";
import { loadGatewayConfig } from "./config.js";
import { startGateway } from "./server.js";

/** Entry point of the gateway container. */
async function main(): Promise<void> {
  const config = await loadGatewayConfig();
  const logger = createLogger("gateway", config.logLevel);
  const gateway = await startGateway(config, logger);
  stopOnSignals(gateway.stop, logger);
}

main().catch((error: unknown) => {
  console.error(`gateway: ${(error as Error).message}`);
  process.exit(1);
});
