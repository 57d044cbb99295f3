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

/**
 * Runs `during` (one request through a gateway in this process) and records every request the
 * gateway sends a subgraph with a caller context (health checks and grant look-ups carry none).
 */
export async function captureSubgraphFetches(
  subgraphUrls: Record<string, string>,
  during: () => Promise<unknown>,
): Promise<FetchPlan> {
  const byUrl = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name]));
  const fetches: SubgraphFetch[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const subgraph = byUrl.get(url);
    const headers = new Headers(init?.headers);
    if (!subgraph || !headers.has(CALLER_CONTEXT_HEADER) || typeof init?.body !== "string") {
      return original(input, init);
    }
    const record: SubgraphFetch = { subgraph, body: init.body, startedAt: performance.now(), endedAt: 0 };
    fetches.push(record);
    const response = await original(input, init);
    const text = await response.text();
    record.endedAt = performance.now();
    return new Response(text, { status: response.status, headers: response.headers });
  }) as typeof fetch;
  try {
    await during();
  } finally {
    globalThis.fetch = original;
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
