import { type NamedPerson, personWords } from "./person-words.js";

/** What the open actions are read from: a person screened, their referral and their MS1 report. */
export interface PersonForSafeguarding extends NamedPerson {
  id: string;
  outcome?: string | null;
  nrmReferral?: { reasonableGrounds?: string | null; conclusiveGrounds?: string | null } | null;
  dutyToNotify?: { id: string } | null;
}

/** Something still to do for a person screened, in the domain's words. */
export interface SafeguardingAction {
  personId: string;
  text: string;
}

/**
 * What is still open for the people screened in a concern: a person with no outcome and neither
 * an NRM referral nor a duty-to-notify report, a child not referred (a child needs no consent and
 * has no MS1), and referrals awaiting the NRM's decisions. Closing a concern with any of these
 * leaves a person's safeguarding unfinished, so the closing form warns with this list.
 */
export function openSafeguardingActions(
  people: readonly PersonForSafeguarding[] | null | undefined,
): SafeguardingAction[] {
  const actions: SafeguardingAction[] = [];
  for (const person of people ?? []) {
    const who = personWords(person);
    const add = (text: string) => actions.push({ personId: person.id, text: `${who}: ${text}` });
    const referral = person.nrmReferral;
    if (!referral && !person.dutyToNotify) {
      if (person.ageGroup !== "ADULT" && person.outcome !== "NO_INDICATORS")
        add(
          "a child (or a person whose age is not known) is referred into the NRM without consent; no referral is recorded",
        );
      else if (person.outcome === "NOT_YET_KNOWN")
        add("no outcome yet: neither referred into the NRM nor reported under the duty to notify (MS1)");
    }
    if (referral?.reasonableGrounds === "PENDING") add("the NRM's reasonable grounds decision is awaited");
    else if (referral?.reasonableGrounds === "POSITIVE" && referral.conclusiveGrounds === "PENDING")
      add("the NRM's conclusive grounds decision is awaited");
  }
  return actions;
}
