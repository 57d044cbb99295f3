import { EVENT_NAMES, EventType } from "@partnership/runtime";
import { registerEnumType } from "type-graphql";

/**
 * The outbox's event types (subgraphs/runtime/src/events) as a GraphQL enum of governance, which
 * owns webhooks: each value's description is the contract's, with the dotted name the payload's
 * `type` carries.
 */
const DESCRIPTIONS: Record<EventType, string> = {
  [EventType.CONCERN_CREATED]: "A concern was recorded in the partnership.",
  [EventType.CONCERN_ASSIGNED]: "An agency became the lead of a concern or started taking part in it.",
  [EventType.CONCERN_STATUS_CHANGED]: "A concern's status changed (e.g. closed or reopened).",
  [EventType.NRM_DECISION_RECORDED]:
    "A reasonable or conclusive grounds decision of the National Referral Mechanism was recorded.",
  [EventType.AGREEMENT_SIGNED]: "A sharing agreement was signed (became active).",
  [EventType.AGREEMENT_SUSPENDED]: "A sharing agreement was suspended.",
  [EventType.AGREEMENT_EXPIRING]:
    "A sharing agreement ends within the notice period (announced once per agreement and end date).",
  [EventType.CERTIFICATE_DUE]:
    "A person's first-responder qualification is due for refresh (announced once per qualification and due date).",
};

registerEnumType(EventType, {
  name: "EventType",
  description:
    "A kind of change a webhook can receive. Each names a kind of change, never a value: the receiver fetches what changed through GraphQL, where its own sharing agreements apply.",
  valuesConfig: Object.fromEntries(
    Object.values(EventType).map((type) => [
      type,
      { description: `${DESCRIPTIONS[type]} Payload type \`${EVENT_NAMES[type]}\`.` },
    ]),
  ) as Record<EventType, { description: string }>,
});

export { EventType };
