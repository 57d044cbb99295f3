import { type Clock, type Logger, OUTBOX_SCHEMAS } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { claimDue, type ClaimedDelivery, recordOutcome } from "./delivery-queue.js";
import { fanOut } from "./fan-out.js";
import { attemptDelivery } from "./sender.js";
import type { DispatcherSettings } from "./settings.js";

/** A scan that announces events no write makes (an agreement expiring, a certificate due) for `today`. */
export interface EventScan {
  name: string;
  run(today: string): Promise<void>;
}

/** What one cycle did, for logs, health and tests. */
export interface CycleReport {
  scanned: boolean;
  fannedOut: number;
  attempted: number;
  delivered: number;
  failed: number;
  errors: string[];
}

/** Endpoints attempted at once: enough to keep a slow endpoint from holding up the others. */
const PARALLEL_ATTEMPTS = 8;
/** Rounds of delivery per cycle: each round sends the next event of every record whose last one just went. */
const MAX_ROUNDS = 20;
/** Time a taken delivery is held beyond its attempt's time limit before another dispatcher may take it. */
const LEASE_MARGIN_MS = 30_000;

/**
 * The webhook dispatcher: each cycle (1) runs the scans on the clock's today (at most every
 * scanIntervalMs), (2) fans every subgraph's outbox out to the webhooks that want each event, and
 * (3) attempts the deliveries that are due, in order per webhook and record, retrying with the
 * schedule's backoff. Any number of dispatchers may run on one database: outbox events and
 * deliveries are taken with FOR UPDATE SKIP LOCKED, so no two send the same attempt.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<CycleReport> | undefined;
  private stopped = true;
  private lastScanAt = Number.NEGATIVE_INFINITY;
  /** When the last cycle ended without an error, on the monotonic clock (`performance.now()`, for a readiness probe); null before one has. */
  lastHealthyCycleAt: number | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: DispatcherSettings,
    private readonly scans: readonly EventScan[],
    private readonly logger: Logger,
  ) {}

  /** Starts the loop: a cycle now, then one `intervalMs` after each ends. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      await this.runCycle();
      if (!this.stopped) this.timer = setTimeout(() => void loop(), this.settings.intervalMs);
    };
    void loop();
  }

  /** Stops the loop, waiting for a cycle in progress (and its attempts) to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One cycle; cycles never overlap within one dispatcher. Errors are logged and reported, never thrown. */
  runCycle(): Promise<CycleReport> {
    const previous = this.running ?? Promise.resolve(undefined);
    const cycle = previous.catch(() => undefined).then(() => this.cycle());
    this.running = cycle;
    return cycle;
  }

  private async cycle(): Promise<CycleReport> {
    const report: CycleReport = { scanned: false, fannedOut: 0, attempted: 0, delivered: 0, failed: 0, errors: [] };
    const failure = (step: string, error: unknown) => {
      const message = `${step}: ${(error as Error).message}`;
      report.errors.push(message);
      this.logger.error({ err: error, step }, "webhook dispatcher step failed");
    };
    const started = this.clock.now();
    if (started.getTime() - this.lastScanAt >= this.settings.scanIntervalMs) {
      this.lastScanAt = started.getTime();
      report.scanned = true;
      for (const scan of this.scans) {
        try {
          await scan.run(this.clock.today());
        } catch (error) {
          failure(`scan ${scan.name}`, error);
        }
      }
    }
    for (const schema of OUTBOX_SCHEMAS) {
      try {
        let taken: number;
        do {
          taken = await fanOut(this.dataSource, schema, this.settings.batchSize, this.clock.now(), this.clock.today());
          report.fannedOut += taken;
        } while (taken === this.settings.batchSize && !this.stopped);
      } catch (error) {
        failure(`fan out ${schema}`, error);
      }
    }
    try {
      await this.deliverDue(report);
    } catch (error) {
      failure("deliver", error);
    }
    if (report.errors.length === 0) this.lastHealthyCycleAt = performance.now();
    if (report.fannedOut + report.attempted > 0) this.logger.debug(report, "webhook dispatcher cycle");
    return report;
  }

  /** Rounds of due deliveries until none is due (or the round limit): a record's next event goes as soon as its last one has. */
  private async deliverDue(report: CycleReport): Promise<void> {
    const leaseMs = this.settings.timeoutMs + LEASE_MARGIN_MS;
    for (let round = 0; round < MAX_ROUNDS && !this.stopped; round++) {
      const claimed = await claimDue(this.dataSource, this.clock.now(), this.settings.batchSize, leaseMs);
      if (claimed.length === 0) return;
      let delivered = 0;
      for (let index = 0; index < claimed.length; index += PARALLEL_ATTEMPTS) {
        const outcomes = await Promise.all(
          claimed.slice(index, index + PARALLEL_ATTEMPTS).map((delivery) => this.attempt(delivery)),
        );
        delivered += outcomes.filter(Boolean).length;
      }
      report.attempted += claimed.length;
      report.delivered += delivered;
      report.failed += claimed.length - delivered;
      // Nothing went through: what is still pending waits for its backoff, not for another round.
      if (delivered === 0) return;
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<boolean> {
    // Standard Webhooks receivers refuse a timestamp more than a few minutes from their own clock:
    // the signature's time is the machine's real time, whatever day the platform clock is pinned to.
    // eslint-disable-next-line no-restricted-syntax -- a signature timestamp is wall-clock time
    const outcome = await attemptDelivery(delivery, delivery, new Date(), this.settings.timeoutMs);
    await recordOutcome(
      this.dataSource,
      delivery,
      outcome,
      this.clock.now(),
      this.settings.retryScheduleMs,
      this.settings.jitter,
    );
    return outcome.ok;
  }
}
