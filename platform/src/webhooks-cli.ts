import { clockFrom, createHttpServer, createLogger, listen, readConfig, stopOnSignals } from "@partnership/runtime";
import { readDispatcherSettings } from "@partnership/governance";
import { webhooksConfigSchema } from "./cli-config.js";
import { operatorDatabase } from "./operator-database.js";
import { startWebhookDispatcher } from "./webhooks.js";

/**
 * `npm run webhooks` (and the webhook-dispatcher Deployment): runs the webhook dispatcher until
 * stopped, on the database at DATABASE_URL or else the embedded one under DATA_DIR (the one
 * `npm start` uses, which also runs a dispatcher of its own: several may run at once). Its loop and
 * retry schedule come from the WEBHOOK_* variables (docs/operations.md, "Webhooks").
 */
async function main(argv: string[]): Promise<void> {
  if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(" ")}`);
  const config = readConfig(webhooksConfigSchema);
  const settings = readDispatcherSettings();
  const logger = createLogger("webhooks", config.LOG_LEVEL);
  const database = await operatorDatabase(config.DATABASE_URL, config.DATA_DIR, "webhooks");
  const running = await startWebhookDispatcher({
    databaseUrl: database.url,
    clock: clockFrom(config),
    settings,
    logger,
  }).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  const { dispatcher } = running;
  // Ready while cycles keep completing: three intervals and an attempt's time limit without one is a stall.
  const staleAfterMs = 3 * settings.intervalMs + settings.timeoutMs;
  const health = createHttpServer((request, response) => {
    const last = dispatcher.lastHealthyCycleAt;
    const fresh = last !== null && performance.now() - last < staleAfterMs;
    const status = request.url === "/health" ? 200 : request.url === "/ready" ? (fresh ? 200 : 503) : 404;
    response.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "ok" : "not ready");
  });
  if (config.WEBHOOK_HEALTH_PORT > 0) await listen(health, config.WEBHOOK_HEALTH_PORT, "0.0.0.0");
  logger.info({ settings }, "webhook dispatcher running");
  console.log(
    `Webhook dispatcher running every ${settings.intervalMs} ms (retries after ${settings.retryScheduleMs.map((ms) => `${ms / 1000} s`).join(", ")}). Stop with Ctrl-C.`,
  );
  stopOnSignals(async () => {
    health.close();
    await running.stop();
    await database.stop();
  }, logger);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`webhooks: ${(error as Error).message}`);
  process.exit(1);
});
