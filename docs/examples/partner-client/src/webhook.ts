import { Webhook, WebhookVerificationError } from "standardwebhooks";

/**
 * What the platform posts to a registered webhook (Standard Webhooks' recommended shape). It names
 * what changed and never carries a field's value: fetch the record through GraphQL, where your
 * agency's sharing agreements decide what you may read.
 */
export interface WebhookPayload {
  /** The event's dotted name, such as `concern.created`. */
  type: string;
  /** When the change happened (ISO 8601). */
  timestamp: string;
  data: {
    /** The event's id: the same as the `webhook-id` header, and the same on every retry. */
    eventId: string;
    /** The partnership the change belongs to: send it as `x-partnership-id` when you fetch. */
    partnershipId: string;
    /** The record that changed. */
    subject: { type: string; id: string };
    /** The agencies the change concerns. */
    agencyIds: string[];
  };
}

/** A delivery that did not come from the platform, or not in the shape it sends: answer 4xx, use nothing of it. */
export class WebhookRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookRejectedError";
  }
}

/**
 * Checks a delivery's Standard Webhooks signature (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`) with the secret the platform gave when the webhook was registered
 * (`whsec_…`), and returns its payload. Throws `WebhookRejectedError` saying why when the
 * signature does not match (another secret, an altered body or id), the timestamp is more than
 * five minutes from this machine's clock (a replay), a header is missing, or the body is not an
 * event. `body` must be the raw request body exactly as received: parsing and re-serialising JSON
 * changes the bytes the signature covers.
 */
export function verifyWebhook(secret: string, headers: Record<string, string>, body: string): WebhookPayload {
  let verified: unknown;
  try {
    verified = new Webhook(secret).verify(body, headers);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      throw new WebhookRejectedError(`Webhook rejected: ${error.message.toLowerCase()}`);
    }
    // The body was signed correctly but is not JSON, or the secret is malformed.
    throw new WebhookRejectedError(`Webhook rejected: ${error instanceof Error ? error.message : String(error)}`);
  }
  const payload = asPayload(verified);
  const id = headerOf(headers, "webhook-id");
  if (payload.data.eventId !== id) {
    throw new WebhookRejectedError(`Webhook rejected: webhook-id ${id} is not the event's id ${payload.data.eventId}`);
  }
  return payload;
}

/** Header names are case-insensitive; Node lower-cases them, other servers may not. */
function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function asPayload(value: unknown): WebhookPayload {
  const problem = (what: string) => new WebhookRejectedError(`Webhook rejected: the body is not an event (${what})`);
  if (!isObject(value)) throw problem("not a JSON object");
  if (typeof value.type !== "string") throw problem("no type");
  if (typeof value.timestamp !== "string") throw problem("no timestamp");
  const data = value.data;
  if (!isObject(data)) throw problem("no data");
  if (typeof data.eventId !== "string") throw problem("no data.eventId");
  if (typeof data.partnershipId !== "string") throw problem("no data.partnershipId");
  const subject = data.subject;
  if (!isObject(subject) || typeof subject.type !== "string" || typeof subject.id !== "string") {
    throw problem("no data.subject");
  }
  const agencyIds = data.agencyIds ?? [];
  if (!Array.isArray(agencyIds) || !agencyIds.every((id) => typeof id === "string")) {
    throw problem("data.agencyIds is not a list of ids");
  }
  return {
    type: value.type,
    timestamp: value.timestamp,
    data: {
      eventId: data.eventId,
      partnershipId: data.partnershipId,
      subject: { type: subject.type, id: subject.id },
      agencyIds,
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
