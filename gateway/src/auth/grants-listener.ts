import type { Logger } from "@partnership/runtime/edge";
import { Client } from "pg";

/**
 * The channel the governance subgraph's triggers NOTIFY on when an agency or an agreement changes
 * (subgraphs/governance/src/migrations/1764000000000-grants-changed-notification.ts).
 */
export const GRANTS_CHANGED_CHANNEL = "partnership_grants_changed";

const HEARTBEAT_MS = 10_000;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps one PostgreSQL connection LISTENing for grant changes and calls `onChange` for each, so
 * every gateway replica drops its cached grants as soon as a change commits. A lost connection is
 * replaced, with backoff; `onChange` is also called on every (re)connection, for whatever was
 * missed meanwhile. While no connection is up, the grants cache's TTL remains the bound on
 * staleness. The connection needs no privilege beyond CONNECT: LISTEN reads no table.
 */
export class GrantsChangeListener {
  /** The connection being opened or open; a loss reported by any other is stale. */
  private current: Client | null = null;
  private connected = false;
  private stopped = false;
  private failures = 0;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly onChange: (source: string) => void,
    private readonly logger: Logger,
  ) {}

  /** True while a connection is LISTENing. */
  get listening(): boolean {
    return this.connected;
  }

  /** Tries to connect once; a failure is logged and retried in the background, never thrown. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.current;
    this.current = null;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.url,
      application_name: "partnership-gateway-grants-listener",
      connectionTimeoutMillis: 5_000,
    });
    client.on("notification", (message) => {
      if (message.channel === GRANTS_CHANGED_CHANNEL) this.onChange(message.payload ?? "");
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    this.current = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${GRANTS_CHANGED_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped || this.current !== client) return;
    this.connected = true;
    this.failures = 0;
    // A half-open TCP connection is noticed only when something is sent on it.
    this.heartbeat = setInterval(() => {
      client.query("SELECT 1").catch((error: Error) => this.lost(client, error));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    this.logger.info("listening for sharing agreement changes");
    this.onChange("reconnected");
  }

  /** Called for a failed attempt or a lost connection: forget it and try again later. */
  private lost(client: Client, error?: Error): void {
    if (this.stopped || this.current !== client) return;
    this.current = null;
    this.connected = false;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    client.end().catch(() => undefined);
    const delay = Math.min(MAX_RETRY_MS, 500 * 2 ** this.failures++);
    this.logger.warn(
      { err: error, retryInMs: delay },
      "not listening for sharing agreement changes: cached grants expire by their TTL meanwhile",
    );
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }
}
