import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** The preload that every watched Node process loads first (NODE_OPTIONS=--require). */
export const RECORDER = path.join(__dirname, "record-egress.cjs");

/** One line of the log the recorder appends to: a process starting, a connection or a name lookup. */
export interface EgressEvent {
  pid: number;
  kind: "process" | "connect" | "udp" | "lookup" | "resolve";
  host?: string;
  port?: number;
  method?: string;
  argv?: string[];
  refused?: boolean;
  stack?: string[];
}

// The recorder's own rule, so the test and the preload can never disagree on what loopback is.
const { isLoopback } = createRequire(__filename)(RECORDER) as { isLoopback(host: string): boolean };

export async function readEgressLog(file: string): Promise<EgressEvent[]> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EgressEvent);
}

/**
 * The connections and lookups that went anywhere but loopback or a configured destination
 * (`host:port`, as the database and subgraph URLs give it).
 */
export function offendingEvents(events: EgressEvent[], configured: ReadonlySet<string>): EgressEvent[] {
  return events.filter(
    (event) =>
      event.kind !== "process" &&
      !isLoopback(event.host ?? "") &&
      !configured.has(`${event.host}:${event.port}`) &&
      !configured.has(String(event.host)),
  );
}

/** One paragraph per offending event: what it tried, from which process, and the code that tried. */
export function describeOffences(offending: EgressEvent[], events: EgressEvent[]): string {
  const commands = new Map(events.filter((e) => e.kind === "process").map((e) => [e.pid, e.argv?.join(" ") ?? "?"]));
  const lines = offending.map((event) => {
    const where = event.port === undefined ? String(event.host) : `${event.host}:${event.port}`;
    const what = event.kind === "lookup" || event.kind === "resolve" ? `${event.method}(${where})` : where;
    const frames = (event.stack ?? []).map((frame) => `\n      ${relative(frame)}`).join("");
    return `  ${event.kind} ${what} from pid ${event.pid} (${relative(commands.get(event.pid) ?? "?")})${frames}`;
  });
  return [`${offending.length} outbound attempt(s) to neither loopback nor a configured destination:`, ...lines].join(
    "\n",
  );
}

/** Paths inside the repository, so a failure message names no directory of the machine. */
function relative(text: string): string {
  const root = path.resolve(__dirname, "..", "..", "..") + path.sep;
  return text.split(root).join("");
}
