import { createLogger, otlpTracerProvider, stopOnSignals } from "@partnership/runtime/edge";
import { loadGatewayConfig } from "./config.js";
import { startGateway } from "./server.js";

/** Entry point of the gateway container. */
async function main(): Promise<void> {
  const config = await loadGatewayConfig();
  const logger = createLogger("gateway", config.logLevel);
  const tracerProvider = config.otlpEndpoint ? await otlpTracerProvider(config.otlpEndpoint, "gateway") : undefined;
  const gateway = await startGateway({ ...config, tracerProvider }, logger);
  stopOnSignals(async () => {
    await gateway.stop();
    // The spans of the last requests are still in the batch: sent before the process exits.
    await tracerProvider?.shutdown();
  }, logger);
}

main().catch((error: unknown) => {
  console.error(`gateway: ${(error as Error).message}`);
  process.exit(1);
});
