import { badUserInput } from "@partnership/runtime";
import { ConcernStatus, STATUS_ORDER } from "../entities/enums.js";
import type { Concern } from "../entities/index.js";

export interface StatusChange {
  status: ConcernStatus;
  /** Why a closed concern is reopened; required then. */
  reason?: string | null;
  /** How the concern ended; required to close it. */
  outcome?: string | null;
  /** The response decided at screening; required to plan a response, unless already decided. */
  responseLevel?: Concern["responseLevel"];
}

const blank = (text: string | null | undefined) => !text || text.trim().length === 0;

/**
 * The SHOP workflow: received → scoping → response planned → active → closed, one step at a time.
 * A concern may close from any open state (with its outcome, e.g. "no indicators found at scoping");
 * a closed concern reopens into scoping or active, with a reason. Nothing ever moves back otherwise.
 * Each breach names the input field that breaks it.
 */
export function checkStatusChange(concern: Pick<Concern, "status" | "responseLevel">, change: StatusChange): void {
  const from = concern.status;
  const to = change.status;
  const fromIndex = STATUS_ORDER.indexOf(from);
  const toIndex = STATUS_ORDER.indexOf(to);
  if (from === to) throw badUserInput("input.status", `the concern is already ${to}`);

  if (from === ConcernStatus.CLOSED) {
    if (to !== ConcernStatus.SCOPING && to !== ConcernStatus.ACTIVE)
      throw badUserInput("input.status", `a closed concern reopens into SCOPING or ACTIVE, not ${to}`);
    if (blank(change.reason)) throw badUserInput("input.reason", "reopening a closed concern needs a reason");
  } else if (to === ConcernStatus.CLOSED) {
    if (blank(change.outcome)) throw badUserInput("input.outcome", "a concern closes only with its outcome");
  } else if (toIndex < fromIndex) {
    throw badUserInput("input.status", `status only moves forward: ${from} cannot go back to ${to}`);
  } else if (toIndex > fromIndex + 1) {
    throw badUserInput(
      "input.status",
      `status moves one step at a time: from ${from} the next is ${STATUS_ORDER[fromIndex + 1]}, not ${to}`,
    );
  }

  const entersPlannedResponse =
    to === ConcernStatus.RESPONSE_PLANNED || (from === ConcernStatus.CLOSED && to === ConcernStatus.ACTIVE);
  if (entersPlannedResponse && !change.responseLevel && !concern.responseLevel)
    throw badUserInput(
      "input.responseLevel",
      "the response level is decided at screening, before a response is planned",
    );
}
