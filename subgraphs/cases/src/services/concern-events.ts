import { EventType, type NewEvent } from "@partnership/runtime";
import { type Concern, partiesOf } from "../entities/index.js";

/**
 * The outbox events a change of a concern announces, worked out from the concern before and after
 * it. An event names the concern and the agencies concerned, never a value: a receiver fetches the
 * concern through GraphQL, where its own sharing agreements decide what it sees.
 */

type Parties = Pick<Concern, "leadAgencyId" | "referringAgencyId" | "participatingAgencyIds">;
type Stored = Parties & Pick<Concern, "id" | "partnershipId" | "status">;

const subject = (concern: Pick<Concern, "id" | "partnershipId">) => ({
  partnershipId: concern.partnershipId,
  subjectType: "Concern",
  subjectId: concern.id,
});

/** A concern recorded: every agency it names (lead, referrer, those taking part) is concerned. */
export function concernCreated(concern: Stored, occurredAt: Date): NewEvent {
  return { ...subject(concern), type: EventType.CONCERN_CREATED, agencyIds: partiesOf(concern), occurredAt };
}

/**
 * The agencies a change assigns the concern to: a new lead, and agencies that start taking part.
 * An agency that led the concern before and now takes part (the recorder kept on when it hands the
 * lead over) is not newly assigned; nor is an agency that leaves.
 */
export function newlyAssigned(before: Parties, after: Parties): string[] {
  const assigned = new Set<string>();
  if (after.leadAgencyId && after.leadAgencyId !== before.leadAgencyId) assigned.add(after.leadAgencyId);
  for (const agency of after.participatingAgencyIds)
    if (agency !== before.leadAgencyId && !before.participatingAgencyIds.includes(agency)) assigned.add(agency);
  return [...assigned];
}

/**
 * What an edit or a status change of a stored concern announces: its assignment (for the agencies
 * newly assigned), its status (for every agency it names).
 */
export function concernChanged(before: Stored, after: Stored, occurredAt: Date): NewEvent[] {
  const events: NewEvent[] = [];
  const assigned = newlyAssigned(before, after);
  if (assigned.length > 0)
    events.push({ ...subject(after), type: EventType.CONCERN_ASSIGNED, agencyIds: assigned, occurredAt });
  if (after.status !== before.status)
    events.push({
      ...subject(after),
      type: EventType.CONCERN_STATUS_CHANGED,
      agencyIds: partiesOf(after),
      occurredAt,
    });
  return events;
}

/**
 * A reasonable or conclusive grounds decision: about the concern the referral sits in (the record a
 * receiver can fetch, with the referral under it), for the agency that made the referral.
 */
export function nrmDecisionRecorded(
  concern: Pick<Concern, "id" | "partnershipId">,
  referringAgencyId: string,
  occurredAt: Date,
): NewEvent {
  return { ...subject(concern), type: EventType.NRM_DECISION_RECORDED, agencyIds: [referringAgencyId], occurredAt };
}
