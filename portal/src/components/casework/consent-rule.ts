import type { AgeGroup } from "../../gql/graphql.js";

/** The consent rule the server applies to an NRM referral, for a person's recorded age group. */
export interface ConsentRule {
  /** Whether the referral needs the person's recorded consent (an adult's). */
  consentNeeded: boolean;
  /** The rule in the domain's words, shown before the referral is made. */
  text: string;
}

// The same rules as CaseworkService.referToNrm and recordDutyToNotify: an adult is referred only
// with consent, and one who declines gets a duty-to-notify report; a minor, or a person whose age is
// not known, is presumed a child and referred without consent.
export function consentRule(ageGroup: AgeGroup | null | undefined): ConsentRule {
  if (ageGroup === "ADULT")
    return {
      consentNeeded: true,
      text: "An adult is referred into the National Referral Mechanism only with their informed consent. An adult who does not consent is not referred: your agency, as a public authority, makes a duty-to-notify (MS1) report to the Home Office instead, which needs no consent.",
    };
  if (ageGroup === "MINOR")
    return {
      consentNeeded: false,
      text: "A child (under 18) is referred into the National Referral Mechanism without needing their consent. There is no duty-to-notify report for a child: they are always referred.",
    };
  return {
    consentNeeded: false,
    text: "This person's age is not known, so they are presumed to be a child: they are referred into the National Referral Mechanism without needing their consent (and counted as 'age unknown' in the figures).",
  };
}
