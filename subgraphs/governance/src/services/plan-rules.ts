import { Rag } from "../entities/enums.js";

/** A plan's period, first and last day inclusive (ISO dates compare as strings). */
export interface PlanPeriod {
  startsOn: string;
  endsOn: string;
}

/** Why a day cannot be an action's delivery date (or a milestone's due date) in this plan; null when it can. */
export function outsidePlan(plan: PlanPeriod, day: string): string | null {
  if (day < plan.startsOn) return `${day} is before the plan starts (${plan.startsOn})`;
  if (day > plan.endsOn) return `${day} is after the plan ends (${plan.endsOn})`;
  return null;
}

/**
 * Why a progress update cannot be dated `day`; null when it can. Progress is reported on a day that
 * has come, not before the plan starts and not before the action was added to it.
 */
export function reportDateProblem(
  plan: PlanPeriod,
  action: { addedOn: string },
  day: string,
  today: string,
): string | null {
  if (day > today) return `${day} is in the future`;
  if (day < plan.startsOn) return `${day} is before the plan starts (${plan.startsOn})`;
  if (day < action.addedOn) return `${day} is before the action was added to the plan (${action.addedOn})`;
  return null;
}

/** Why a milestone cannot be marked reached on `day`; null when it can. */
export function completionProblem(
  plan: PlanPeriod,
  milestone: { doneOn: string | null },
  day: string,
  today: string,
): string | null {
  if (milestone.doneOn) return `the milestone was already reached on ${milestone.doneOn}`;
  if (day > today) return `${day} is in the future`;
  if (day < plan.startsOn) return `${day} is before the plan starts (${plan.startsOn})`;
  return null;
}

/** Why a RAG update's note will not do; null when it will. Every update says what happened. */
export function noteProblem(note: string | null | undefined): string | null {
  if (!note || note.trim().length === 0) return "a RAG update needs a note saying what happened";
  return null;
}

/**
 * The plan a summary on `day` is about: the one in force that day (the latest-starting, should
 * plans overlap), else the last one to have ended before it; null before the first plan.
 */
export function planOnDay<P extends PlanPeriod>(plans: readonly P[], day: string): P | null {
  const latestFirst = [...plans].sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0));
  return (
    latestFirst.find((p) => p.startsOn <= day && day <= p.endsOn) ??
    latestFirst
      .filter((p) => p.endsOn < day)
      .sort((a, b) => (a.endsOn < b.endsOn ? 1 : a.endsOn > b.endsOn ? -1 : 0))[0] ??
    null
  );
}

/**
 * Why an update may not carry this completion (or this reason); null when it may. An action is
 * complete when all its milestones are reached, or with a recorded reason for completing without
 * them; a reason belongs only to an update that completes the action.
 */
export function completionReasonProblem(
  rag: Rag,
  milestones: ReadonlyArray<{ doneOn: string | null }>,
  reason: string | null | undefined,
): string | null {
  const given = Boolean(reason && reason.trim().length > 0);
  if (rag !== Rag.COMPLETE)
    return given ? "a reason for completing is given only with an update marking the action complete" : null;
  const reached = milestones.filter((milestone) => milestone.doneOn).length;
  if (reached === milestones.length || given) return null;
  return `${reached} of ${milestones.length} milestones are reached: an action is complete when all of them are, or with a reason for completing it without them`;
}
