import type { ConcernDetail } from "../../pages/case-detail";

/** A person screened in a concern, as the concern page reads them: what their actions depend on. */
export type ScreenedPerson = NonNullable<ConcernDetail["potentialVictims"]>[number];

/** How the person is named in a form's heading: their name when it is recorded, else who they are. */
export function personWords(person: ScreenedPerson): string {
  const who = person.fullName?.trim();
  if (who) return who;
  const age = person.ageGroup === "ADULT" ? "adult" : person.ageGroup === "MINOR" ? "child" : "person of unknown age";
  return `the ${age} screened on ${person.screenedOn ?? "—"}`;
}
