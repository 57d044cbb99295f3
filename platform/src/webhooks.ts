import {
  announceExpiringAgreements,
  type DispatcherSettings,
  type EventScan,
  governance,
  WebhookDispatcher,
} from "@partnership/governance";
import { type Clock, type Logger, openDataSource } from "@partnership/runtime";
import { announceDueCertificates } from "@partnership/training";

/** A running dispatcher and the connections it holds. */
export interface RunningDispatcher {
  dispatcher: WebhookDispatcher;
  stop(): Promise<void>;
}

/**
 * Starts the webhook dispatcher on the platform's database at `url`: one small pool on
 * governance's schema (which holds the webhooks; the outboxes it reads are named by schema), the
 * two scans that announce what no write does (agreements expiring, certificates due), and the loop.
 * The schemas must be migrated already (the subgraphs, or the migration job, do that).
 */
export async function startWebhookDispatcher(options: {
  databaseUrl: string;
  clock: Clock;
  settings: DispatcherSettings;
  logger: Logger;
  /** Start the loop (the default); false leaves cycles to the caller's `runCycle()`. */
  loop?: boolean;
}): Promise<RunningDispatcher> {
  const dataSource = await openDataSource({
    url: options.databaseUrl,
    schema: governance.databaseSchema,
    entities: governance.entities,
    migrations: [],
    poolSize: 3,
    applicationName: "partnership-webhooks",
  });
  // Each scan writes its events in a transaction of its own, as a service's write would.
  type Manager = Parameters<typeof announceExpiringAgreements>[0];
  const inTransaction = (scan: (manager: Manager, today: string) => Promise<unknown>) => (today: string) =>
    dataSource.transaction(async (manager) => {
      await scan(manager, today);
    });
  const scans: EventScan[] = [
    { name: "agreements expiring", run: inTransaction(announceExpiringAgreements) },
    { name: "certificates due", run: inTransaction(announceDueCertificates) },
  ];
  const dispatcher = new WebhookDispatcher(dataSource, options.clock, options.settings, scans, options.logger);
  if (options.loop !== false) dispatcher.start();
  return {
    dispatcher,
    stop: async () => {
      await dispatcher.stop();
      await dataSource.destroy();
    },
  };
}
