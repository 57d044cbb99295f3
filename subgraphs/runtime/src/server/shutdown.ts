import type { Logger } from "../logger.js";

/**
 * Runs `stop` once on SIGTERM or SIGINT, then exits: services stop accepting, finish what is in
 * flight and close their pools before the process ends. Ctrl-C under npm delivers SIGINT twice
 * (from the terminal and forwarded by npm), so repeats are ignored; a stop that hangs is cut
 * short after `timeoutMs`.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger, timeoutMs = 15_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    setTimeout(() => {
      logger.error({ timeoutMs }, "shutdown took too long; exiting");
      process.exit(1);
    }, timeoutMs).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
