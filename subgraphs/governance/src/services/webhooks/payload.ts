import { EVENT_NAMES, type EventType } from "@partnership/runtime";
import { Webhook } from "standardwebhooks";

/** What one delivery sends: the event's ids and type, never a field of the record. */
export interface DeliveredEvent {
  eventId: string;
  eventType: EventType;
  partnershipId: string;
  subjectType: string;
  subjectId: string;
  agencyIds: readonly string[];
  occurredAt: Date;
}

/**
 * The payload, in Standard Webhooks' recommended shape: `type` (the dotted event name),
 * `timestamp` (when the change happened) and `data` (ids only). The receiver fetches the record
 * through GraphQL, where its own agency's sharing agreements decide what it sees.
 */
export function webhookPayload(event: DeliveredEvent): string {
  return JSON.stringify({
    type: EVENT_NAMES[event.eventType],
    timestamp: event.occurredAt.toISOString(),
    data: {
      eventId: event.eventId,
      partnershipId: event.partnershipId,
      subject: { type: event.subjectType, id: event.subjectId },
      agencyIds: [...event.agencyIds],
    },
  });
}

/**
 * The Standard Webhooks headers of one attempt: `webhook-id` is the event's id on every attempt (a
 * receiver drops the repeats of an event it already handled), `webhook-timestamp` the attempt's
 * time, and `webhook-signature` the HMAC-SHA256 of id, timestamp and body with the webhook's secret.
 */
export function signedHeaders(secret: string, eventId: string, body: string, at: Date): Record<string, string> {
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(eventId, at, body),
  };
}
