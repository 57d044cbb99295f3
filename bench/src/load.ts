import http from "node:http";
import autocannon from "autocannon";
import type { FetchPlan } from "./capture.js";

/** What one run of load measured. */
export interface LoadResult {
  /** Completed operations (a gateway request, or one replay of every fetch of its plan) per second. */
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** The gateway process's own CPU per request, in ms: its cost whatever else shares the machine. */
  gatewayCpuMs?: number;
  /** CPU per request, in ms, of each process that served the run (gateway, subgraphs, PostgreSQL). */
  processCpuMs?: Record<string, number>;
}

/**
 * One endpoint under load with autocannon: `body(n)` gives the n-th request's JSON body, so a
 * write can spread over several records. Any non-2xx answer or transport error is a failure.
 */
export async function loadEndpoint(options: {
  url: string;
  headers: Record<string, string>;
  body: (n: number) => string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  let sent = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", ...options.headers },
        setupRequest: (request) => ({ ...request, body: options.body(sent++) }),
      },
    ],
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * A fetch plan replayed straight against the subgraphs under load: `connections` clients each
 * replay the plan over and over for `seconds`, each wave's fetches side by side as the gateway
 * sends them. autocannon drives one endpoint with one request at a time, so the replay has its
 * own small driver over keep-alive connections. `headersFor(subgraph)` gives each fetch's headers
 * and `bodyOf(body, n)` may rewrite the n-th replay's bodies (a write spread over records).
 */
export async function loadPlan(options: {
  plan: FetchPlan;
  urls: Record<string, string>;
  headers: Record<string, string>;
  bodyOf: (body: string, n: number) => string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections * 4 });
  const send = (url: string, body: string) =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            ...options.headers,
          },
        },
        (response) => {
          response.on("data", () => undefined);
          response.on("end", () =>
            response.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${response.statusCode}`)),
          );
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  const latencies: number[] = [];
  let failures = 0;
  let replays = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const n = replays++;
      const began = performance.now();
      try {
        for (const wave of options.plan) {
          await Promise.all(
            wave.map((fetched) => send(options.urls[fetched.subgraph]!, options.bodyOf(fetched.body, n))),
          );
        }
        latencies.push(performance.now() - began);
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / elapsed, p50: Math.round(at(0.5)), p99: Math.round(at(0.99)), failures };
}
