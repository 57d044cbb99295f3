import { date } from "../../lib/format.js";

/** What naming a person screened needs: their name if recorded, else their age group and day. */
export interface NamedPerson {
  fullName?: string | null;
  ageGroup?: string | null;
  screenedOn?: string | null;
}

/** How the person is named in a form's heading: their name when it is recorded, else who they are. */
export function personWords(person: NamedPerson): string {
  const who = person.fullName?.trim();
  if (who) return who;
  const age = person.ageGroup === "ADULT" ? "adult" : person.ageGroup === "MINOR" ? "child" : "person of unknown age";
  return `the ${age} screened on ${date(person.screenedOn)}`;
}
