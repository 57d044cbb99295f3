/**
 * What a partner system can subscribe to. Each names a kind of change, never a value: the receiver
 * fetches what changed through GraphQL, where its own sharing agreements apply.
 */
export enum EventType {
  /** A concern was recorded in the partnership. */
  CONCERN_CREATED = "CONCERN_CREATED",
  /** An agency became the lead of a concern or started taking part in it. */
  CONCERN_ASSIGNED = "CONCERN_ASSIGNED",
  /** A concern's status changed (e.g. closed or reopened). */
  CONCERN_STATUS_CHANGED = "CONCERN_STATUS_CHANGED",
  /** A reasonable or conclusive grounds decision of the National Referral Mechanism was recorded. */
  NRM_DECISION_RECORDED = "NRM_DECISION_RECORDED",
  /** A sharing agreement was signed (became active). */
  AGREEMENT_SIGNED = "AGREEMENT_SIGNED",
  /** A sharing agreement was suspended. */
  AGREEMENT_SUSPENDED = "AGREEMENT_SUSPENDED",
  /** A sharing agreement ends within the notice period (announced once per agreement and end date). */
  AGREEMENT_EXPIRING = "AGREEMENT_EXPIRING",
  /** A person's first-responder qualification is due for refresh (announced once per qualification and due date). */
  CERTIFICATE_DUE = "CERTIFICATE_DUE",
}

export const EVENT_TYPES = Object.values(EventType);

/** The name a webhook payload carries (`type`), in the dotted form Standard Webhooks recommends. */
export const EVENT_NAMES: Record<EventType, string> = {
  [EventType.CONCERN_CREATED]: "concern.created",
  [EventType.CONCERN_ASSIGNED]: "concern.assigned",
  [EventType.CONCERN_STATUS_CHANGED]: "concern.status_changed",
  [EventType.NRM_DECISION_RECORDED]: "nrm.decision_recorded",
  [EventType.AGREEMENT_SIGNED]: "agreement.signed",
  [EventType.AGREEMENT_SUSPENDED]: "agreement.suspended",
  [EventType.AGREEMENT_EXPIRING]: "agreement.expiring",
  [EventType.CERTIFICATE_DUE]: "certificate.due",
};
