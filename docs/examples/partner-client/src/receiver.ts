import { createServer, type IncomingMessage, type Server } from "node:http";
import { verifyWebhook, WebhookRejectedError, type WebhookPayload } from "./webhook.js";

/** A delivery the receiver accepted: verified, seen for the first time. */
export type EventHandler = (event: WebhookPayload) => Promise<void>;

export interface ReceiverOptions {
  /** The secret the platform gave when the webhook was registered (`whsec_…`). */
  secret: string;
  /** What to do with each event, such as fetching its record through GraphQL. Runs after the answer. */
  handle: EventHandler;
  /** Called when handling an event fails; the event is not retried by the platform (it was answered 2xx). */
  onError?: (event: WebhookPayload, error: unknown) => void;
}

/** Deliveries carry ids, never field values: anything much bigger than that is not a delivery. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * A webhook receiver showing the pattern Standard Webhooks asks for:
 *
 * 1. verify the signature on the raw body (a forged or replayed delivery gets 401 and is not used);
 * 2. answer 2xx at once: the platform retries anything slower than its timeout, or not 2xx;
 * 3. deduplicate by `webhook-id`: delivery is at least once, so the same event may come again
 *    (a retry after a lost answer), always with the same id;
 * 4. then handle the event — fetch the record it names through GraphQL — one event at a time, so
 *    that the events of a record are handled in the order they were sent.
 *
 * It keeps the ids it has seen and the queue in memory, which a restart loses. A real system
 * stores each delivery (a table keyed by `webhook-id`, inserted with "on conflict do nothing")
 * before answering, and handles it from there.
 */
export function createWebhookReceiver(options: ReceiverOptions): Server {
  const seen = new Set<string>();
  let queue: Promise<void> = Promise.resolve();

  return createServer((request, response) => {
    void (async () => {
      if (request.method !== "POST") {
        response.writeHead(405, { allow: "POST" }).end();
        return;
      }
      let event: WebhookPayload;
      try {
        const body = await readBody(request);
        event = verifyWebhook(options.secret, headersOf(request), body);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        response.writeHead(error instanceof WebhookRejectedError ? 401 : 400, { "content-type": "text/plain" });
        response.end(message);
        return;
      }
      response.writeHead(204).end();
      if (seen.has(event.data.eventId)) return;
      seen.add(event.data.eventId);
      queue = queue.then(() => options.handle(event)).catch((error: unknown) => options.onError?.(event, error));
    })();
  });
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers[name] = value;
    else if (Array.isArray(value)) headers[name] = value.join(", ");
  }
  return headers;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error(`The body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
