import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors.js";
import type { Caller } from "../security/caller.js";

/**
 * Bounds bulk imports in one subgraph process: one at a time per user, and a few at a time in all,
 * so imports (each holding a pooled connection in one transaction for its whole length) never take
 * the connections other users' reads need. Over either limit the import is refused at once with
 * RATE_LIMITED rather than queued: a queued import would hold its HTTP request open past the
 * gateway's timeout.
 */
export class ImportGate {
  private static readonly gates = new WeakMap<object, Map<string, ImportGate>>();

  /**
   * The gate of this name for one running subgraph (its data source): one per process as deployed,
   * and one per platform when a test process starts several, so a platform never finds another's
   * imports in its slots.
   */
  static of(owner: object, what: string, perProcess = 2): ImportGate {
    let named = ImportGate.gates.get(owner);
    if (!named) ImportGate.gates.set(owner, (named = new Map()));
    let gate = named.get(what);
    if (!gate) named.set(what, (gate = new ImportGate(what, perProcess)));
    return gate;
  }

  private readonly users = new Set<string>();
  private running = 0;

  constructor(
    /** What the gate guards, named in the refusal ("LMS import"). */
    private readonly what: string,
    /** Imports at once in this process: keep well under the connection pool's size. */
    readonly perProcess = 2,
  ) {}

  /** Runs `work` inside the limits, or refuses with RATE_LIMITED; the slot is freed however it ends. */
  async run<T>(caller: Caller, work: () => Promise<T>): Promise<T> {
    const user = `${caller.agencyId}|${caller.userId}`;
    if (this.users.has(user))
      throw rateLimited(`an ${this.what} of yours is still running; wait for its report before sending another`);
    if (this.running >= this.perProcess)
      throw rateLimited(`${this.perProcess} ${this.what}s are running already; try again in a minute`);
    this.users.add(user);
    this.running += 1;
    try {
      return await work();
    } finally {
      this.users.delete(user);
      this.running -= 1;
    }
  }
}

function rateLimited(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 30 } });
}

/**
 * Throws when the request was abandoned (the client went away, or the gateway timed it out): inside
 * a transaction, that rolls the work back instead of committing what nobody will see reported.
 */
export function throwIfAbandoned(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Error("the request was abandoned before the work was committed; rolled back");
}
