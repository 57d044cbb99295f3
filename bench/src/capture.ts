import diagnostics from "node:diagnostics_channel";
import { CALLER_CONTEXT_HEADER } from "@partnership/runtime";

/** One request the gateway sent a subgraph while answering an operation. */
export interface SubgraphFetch {
  subgraph: string;
  /** The request body, exactly as sent (operation, variables, entity representations). */
  body: string;
  startedAt: number;
  endedAt: number;
}

/**
 * The fetches of one gateway answer, in waves: a wave's fetches ran side by side, and each wave
 * started after the one before had answered. Replaying the waves against the subgraphs is the
 * same work the gateway federates, without the gateway.
 */
export type FetchPlan = SubgraphFetch[][];

/** The parts of an undici request the diagnostics channels show. */
interface UndiciRequest {
  origin: string;
  path: string;
  headers: string[] | string;
  body: unknown;
}

function headerOf(request: UndiciRequest, name: string): string | undefined {
  const flat = Array.isArray(request.headers)
    ? request.headers
    : request.headers.split("\r\n").flatMap((line) => {
        const at = line.indexOf(":");
        return at < 0 ? [] : [line.slice(0, at), line.slice(at + 1).trim()];
      });
  for (let i = 0; i < flat.length; i += 2) if (flat[i]!.toLowerCase() === name) return flat[i + 1];
  return undefined;
}

/**
 * Runs `during` (one request through a gateway in this process) and records every request the
 * gateway sends a subgraph with a caller context (health checks and grant look-ups carry none),
 * through undici's diagnostics channels, so the gateway runs exactly as it does in service.
 */
export async function captureSubgraphFetches(
  subgraphUrls: Record<string, string>,
  during: () => Promise<unknown>,
): Promise<FetchPlan> {
  const byUrl = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name]));
  const fetches: SubgraphFetch[] = [];
  const open = new Map<object, SubgraphFetch>();
  const created = ({ request }: { request: UndiciRequest }) => {
    const subgraph = byUrl.get(new URL(request.path, request.origin).toString());
    if (!subgraph || !headerOf(request, CALLER_CONTEXT_HEADER)) return;
    const body = Buffer.isBuffer(request.body) ? request.body.toString("utf8") : request.body;
    if (typeof body !== "string") return;
    const record: SubgraphFetch = { subgraph, body, startedAt: performance.now(), endedAt: 0 };
    fetches.push(record);
    open.set(request, record);
  };
  const finished = ({ request }: { request: UndiciRequest }) => {
    const record = open.get(request);
    if (record) record.endedAt = performance.now();
  };
  diagnostics.subscribe("undici:request:create", created as never);
  diagnostics.subscribe("undici:request:trailers", finished as never);
  try {
    await during();
  } finally {
    diagnostics.unsubscribe("undici:request:create", created as never);
    diagnostics.unsubscribe("undici:request:trailers", finished as never);
  }
  return inWaves(fetches);
}

/** Groups fetches into waves: a fetch belongs after every fetch that answered before it started. */
export function inWaves(fetches: SubgraphFetch[]): FetchPlan {
  const wave = new Map<SubgraphFetch, number>();
  const sorted = [...fetches].sort((a, b) => a.startedAt - b.startedAt);
  for (const current of sorted) {
    const before = sorted.filter((other) => other !== current && other.endedAt <= current.startedAt);
    wave.set(current, before.length === 0 ? 0 : Math.max(...before.map((other) => wave.get(other)!)) + 1);
  }
  const plan: FetchPlan = [];
  for (const [fetched, index] of wave) (plan[index] ??= []).push(fetched);
  return plan.filter(Boolean);
}
