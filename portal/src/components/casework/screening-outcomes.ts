import type { VictimOutcome } from "../../gql/graphql";

/**
 * The outcomes a screening may record. Not "referred to the NRM": a referral is made from the
 * person's row, which records it with the outcome (the server refuses the outcome without one).
 */
export const SCREENING_OUTCOMES: VictimOutcome[] = [
  "NOT_YET_KNOWN",
  "SAFEGUARDED",
  "DECLINED_SUPPORT",
  "REFERRED_ON",
  "NO_INDICATORS",
];
