import { EVENT_NAMES, EventType, Role } from "@partnership/runtime";
import { registerEnumType } from "type-graphql";

/** The four Ps of the national modern slavery strategy, which the action plan's objectives follow. */
export enum Theme {
  PROTECT = "PROTECT",
  PREVENT = "PREVENT",
  PREPARE = "PREPARE",
  PURSUE = "PURSUE",
}

registerEnumType(Theme, {
  name: "Theme",
  description: "Which of the four Ps an objective serves.",
  valuesConfig: {
    PROTECT: { description: "Protect: strengthening safeguards against modern slavery." },
    PREVENT: { description: "Prevent: stopping people from engaging in modern slavery." },
    PREPARE: { description: "Prepare: reducing harm through better victim identification and support." },
    PURSUE: { description: "Pursue: prosecuting and disrupting those responsible." },
  },
});

export enum Rag {
  NOT_STARTED = "NOT_STARTED",
  RED = "RED",
  AMBER = "AMBER",
  GREEN = "GREEN",
  COMPLETE = "COMPLETE",
}

registerEnumType(Rag, {
  name: "Rag",
  description: "How an action is going: red, amber, green, complete, or not started.",
  valuesConfig: {
    NOT_STARTED: { description: "Not started (no progress update yet)." },
    RED: { description: "Off track; needs the partnership's attention." },
    AMBER: { description: "At risk." },
    GREEN: { description: "On track." },
    COMPLETE: { description: "Delivered." },
  },
});

/** What happened to an agreement. */
export enum AgreementAction {
  CREATED = "CREATED",
  SIGNED = "SIGNED",
  SUSPENDED = "SUSPENDED",
  REACTIVATED = "REACTIVATED",
}

/** In what capacity an agency changed an agreement. */
export enum AgreementActingAs {
  PARTY = "PARTY",
  PARTNERSHIP_ADMINISTRATOR = "PARTNERSHIP_ADMINISTRATOR",
}

registerEnumType(AgreementAction, {
  name: "AgreementAction",
  description: "A step in a sharing agreement's history.",
  valuesConfig: {
    CREATED: { description: "Drawn up as a draft." },
    SIGNED: { description: "Signed by a party; the last signature makes it ACTIVE." },
    SUSPENDED: { description: "Suspended: it grants nothing until re-activated." },
    REACTIVATED: { description: "Re-activated after a suspension." },
  },
});

registerEnumType(AgreementActingAs, {
  name: "AgreementActingAs",
  description: "In what capacity an agency took a step in an agreement's history.",
  valuesConfig: {
    PARTY: { description: "As a party to the agreement." },
    PARTNERSHIP_ADMINISTRATOR: {
      description: "As the partnership's administrator (its chair agency), not a party: a reason is recorded.",
    },
  },
});

export enum MeetingKind {
  STRATEGIC = "STRATEGIC",
  OPERATIONAL = "OPERATIONAL",
  TASK_AND_FINISH = "TASK_AND_FINISH",
}

registerEnumType(MeetingKind, {
  name: "MeetingKind",
  description: "What a partnership meeting is for.",
  valuesConfig: {
    STRATEGIC: { description: "The strategic partnership board." },
    OPERATIONAL: { description: "The operational group (SHOP)." },
    TASK_AND_FINISH: { description: "A task and finish group." },
  },
});

export enum Attendance {
  PRESENT = "PRESENT",
  APOLOGIES = "APOLOGIES",
  ABSENT = "ABSENT",
}

registerEnumType(Attendance, {
  name: "Attendance",
  description: "Whether an agency was at a meeting.",
  valuesConfig: {
    PRESENT: { description: "Represented at the meeting." },
    APOLOGIES: { description: "Sent apologies." },
    ABSENT: { description: "Not represented, no apologies." },
  },
});

/** The life cycle of an agreement as stored; EXPIRED is derived from the end date, never stored. */
export enum AgreementState {
  DRAFT = "DRAFT",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
}

export enum AgreementStatus {
  DRAFT = "DRAFT",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  EXPIRED = "EXPIRED",
}

registerEnumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "Where a sharing agreement is in its life cycle. Only an ACTIVE agreement grants access.",
  valuesConfig: {
    DRAFT: { description: "Drawn up; waiting for every party to sign." },
    ACTIVE: { description: "Signed by every party and within its dates: its grants are in force." },
    SUSPENDED: { description: "Suspended by the partnership; grants nothing until re-activated." },
    EXPIRED: { description: "Past its end date; grants nothing." },
  },
});

export enum MembershipRole {
  CHAIR = "CHAIR",
  CORE_MEMBER = "CORE_MEMBER",
  MEMBER = "MEMBER",
  ADVISORY = "ADVISORY",
}

registerEnumType(MembershipRole, {
  name: "MembershipRole",
  description: "The part an agency plays in a partnership.",
  valuesConfig: {
    CHAIR: { description: "Chairs the partnership." },
    CORE_MEMBER: { description: "A core member, present at every meeting and on the operational group." },
    MEMBER: { description: "A member agency." },
    ADVISORY: { description: "Advises the partnership without being a full member." },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where one event's delivery to one webhook stands.",
  valuesConfig: {
    PENDING: {
      description: "Not delivered yet: waiting for its next attempt (or for an earlier event of the same record).",
    },
    DELIVERED: { description: "The endpoint answered an attempt with a 2xx status." },
    FAILED: { description: "Every attempt of the retry schedule failed; nothing more is tried." },
  },
});

registerEnumType(Role, {
  name: "Role",
  description: "What a user may do in a partnership; a token's role counts only where the directory gives it.",
  valuesConfig: {
    COORDINATOR: { description: "Co-ordinates the partnership's work: plans, meetings, agreements' signatures." },
    CASEWORKER: { description: "Records and works concerns of modern slavery." },
    TRAINING_ADMIN: { description: "Records courses, sessions and attendance." },
    PROCUREMENT_OFFICER: { description: "Checks suppliers and records contracts and assurance." },
    PARTNERSHIP_ADMIN: { description: "Administers the partnership: members, roles, agreements." },
    AUDITOR: { description: "Reads the audit trail: who received or was refused what." },
    DATA_PROTECTION_OFFICER: {
      description:
        "The agency's data protection officer: answers data subjects' requests (access, rectification, erasure) and reads what is held about them.",
    },
    READ_ONLY: { description: "Reads what the agreements grant, and writes nothing." },
    PLATFORM_ADMIN: { description: "Creates partnerships and their first administrators; nothing inside them." },
    SYSTEM: { description: "The gateway itself; never held by a user." },
  },
});

/** The kind of organisation an agency is; sharing agreements may grant data to a whole sector. */
export enum AgencySector {
  POLICE = "POLICE",
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  NGO = "NGO",
  HEALTH = "HEALTH",
  FIRE = "FIRE",
  REGULATOR = "REGULATOR",
  UTILITY = "UTILITY",
  CHILDRENS_TRUST = "CHILDRENS_TRUST",
  FAITH_COMMUNITY = "FAITH_COMMUNITY",
  BUSINESS = "BUSINESS",
  ACADEMIC = "ACADEMIC",
}

registerEnumType(AgencySector, {
  name: "AgencySector",
  description: "The kind of organisation an agency is.",
  valuesConfig: {
    POLICE: { description: "Police forces and regional organised crime units." },
    LOCAL_AUTHORITY: {
      description: "Council services: housing, trading standards, licensing, social care and others.",
    },
    NGO: { description: "Voluntary organisations supporting victims." },
    HEALTH: { description: "NHS trusts, GP practices and other health services." },
    FIRE: { description: "Fire and rescue services." },
    REGULATOR: {
      description: "Enforcement and regulatory bodies: GLAA, HMRC, Immigration Enforcement, Environment Agency.",
    },
    UTILITY: { description: "Electricity, gas and water companies." },
    CHILDRENS_TRUST: { description: "Children's services trusts." },
    FAITH_COMMUNITY: { description: "Faith and community organisations." },
    BUSINESS: { description: "Businesses taking part in the partnership." },
    ACADEMIC: { description: "Universities and research centres." },
  },
});

/** The five areas of the LGA's council modern slavery maturity matrix. */
export enum MaturityArea {
  LEADERSHIP = "LEADERSHIP",
  RESOURCES_AND_CAPACITY = "RESOURCES_AND_CAPACITY",
  IDENTIFYING_REFERRING_SUPPORTING_VICTIMS = "IDENTIFYING_REFERRING_SUPPORTING_VICTIMS",
  DISRUPTION_AND_PREVENTION = "DISRUPTION_AND_PREVENTION",
  SUPPLY_CHAINS = "SUPPLY_CHAINS",
}

registerEnumType(MaturityArea, {
  name: "MaturityArea",
  description: "An area of the council modern slavery maturity matrix.",
  valuesConfig: {
    LEADERSHIP: { description: "Leadership." },
    RESOURCES_AND_CAPACITY: { description: "Resources and capacity." },
    IDENTIFYING_REFERRING_SUPPORTING_VICTIMS: { description: "Identifying, referring and supporting victims." },
    DISRUPTION_AND_PREVENTION: { description: "Disruption and prevention." },
    SUPPLY_CHAINS: { description: "Supply chains." },
  },
});

/** The matrix's four levels, in order. */
export enum MaturityLevel {
  BASIC_FIRST_STEPS = "BASIC_FIRST_STEPS",
  EARLY_PROGRESS = "EARLY_PROGRESS",
  SUBSTANTIAL_PROGRESS = "SUBSTANTIAL_PROGRESS",
  MATURE_PRACTICE = "MATURE_PRACTICE",
}

registerEnumType(MaturityLevel, {
  name: "MaturityLevel",
  description: "A level of the maturity matrix, from basic first steps to mature practice.",
  valuesConfig: {
    BASIC_FIRST_STEPS: { description: "Basic first steps (level 1)." },
    EARLY_PROGRESS: { description: "Early progress (level 2)." },
    SUBSTANTIAL_PROGRESS: { description: "Substantial progress (level 3)." },
    MATURE_PRACTICE: { description: "Mature practice (level 4)." },
  },
});

/** The event a retention period runs from. */
export enum RetentionEvent {
  RECORD_CREATED = "RECORD_CREATED",
  CONCERN_CLOSED = "CONCERN_CLOSED",
  EMPLOYMENT_ENDED = "EMPLOYMENT_ENDED",
  CONTRACT_ENDED = "CONTRACT_ENDED",
  AGREEMENT_ENDED = "AGREEMENT_ENDED",
}

registerEnumType(RetentionEvent, {
  name: "RetentionEvent",
  description: "The event a retention period runs from: records are kept for the period after it, then anonymised.",
  valuesConfig: {
    RECORD_CREATED: { description: "The record was made (figures, supplier signals: whatever has no end of its own)." },
    CONCERN_CLOSED: {
      description: "The concern the record belongs to was closed (casework: victims, intelligence, offenders).",
    },
    EMPLOYMENT_ENDED: { description: "The member of staff left the agency (their contact details and training)." },
    CONTRACT_ENDED: { description: "The contract the record belongs to ended (commercial records)." },
    AGREEMENT_ENDED: { description: "The sharing agreement the record was shared under ended." },
  },
});

export enum SubjectRequestKind {
  ACCESS = "ACCESS",
  RECTIFICATION = "RECTIFICATION",
  ERASURE = "ERASURE",
}

registerEnumType(SubjectRequestKind, {
  name: "SubjectRequestKind",
  description: "What a data subject asked for (UK GDPR Articles 15 to 17).",
  valuesConfig: {
    ACCESS: { description: "A copy of what is held about them (Art. 15)." },
    RECTIFICATION: { description: "A correction of what is held about them (Art. 16)." },
    ERASURE: {
      description: "The erasure of what is held about them, where no lawful basis requires keeping it (Art. 17).",
    },
  },
});

export enum SubjectRequestStatus {
  OPEN = "OPEN",
  COMPLETED = "COMPLETED",
  REFUSED = "REFUSED",
}

registerEnumType(SubjectRequestStatus, {
  name: "SubjectRequestStatus",
  description: "Where a data subject's request stands.",
  valuesConfig: {
    OPEN: { description: "Not answered yet: it counts against its due date." },
    COMPLETED: { description: "Answered (the outcome says how)." },
    REFUSED: {
      description: "Refused, e.g. as manifestly unfounded or excessive (Art. 12(5)); the outcome says why.",
    },
  },
});

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

export enum DirectoryImportOutcome {
  ACCEPTED = "ACCEPTED",
  DUPLICATE = "DUPLICATE",
  REJECTED = "REJECTED",
}

registerEnumType(DirectoryImportOutcome, {
  name: "DirectoryImportOutcome",
  description: "What became of one row of a directory import.",
  valuesConfig: {
    ACCEPTED: { description: "Valid: a new person (imported unless the report says nothing was committed)." },
    DUPLICATE: {
      description:
        "Already in the directory (or earlier in the file) for the same agency: not added again; the roles it lists are still given.",
    },
    REJECTED: { description: "Invalid; see the column and the reason." },
  },
});
