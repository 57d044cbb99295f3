import { addDays, addMonths } from "@partnership/runtime";

/**
 * The last day a certificate is valid: the day before the same date `validityMonths` later, so a
 * 24-month certificate from 15 May 2019 holds until 14 May 2021. Null when the course never expires.
 */
export function certificateExpiry(completedOn: string, validityMonths: number | null): string | null {
  return validityMonths === null ? null : addDays(addMonths(completedOn, validityMonths), -1);
}

/** Whether a certificate holds on `asOf`: completed by then and not past its last valid day. */
export function certificateHolds(completedOn: string, expiresOn: string | null, asOf: string): boolean {
  return completedOn <= asOf && (expiresOn === null || expiresOn >= asOf);
}

/** e.g. MS-L3-2019-000042: level, year of completion, and a number unique across the partnership. */
export function certificateNumber(levelCode: string, completedOn: string, sequence: number): string {
  return `MS-${levelCode}-${completedOn.slice(0, 4)}-${String(sequence).padStart(6, "0")}`;
}

export const LEVEL_CODES: Record<string, string> = {
  LEVEL_1_AWARENESS: "L1",
  LEVEL_2_SUPPLY_CHAIN: "L2",
  LEVEL_3_FIRST_RESPONDER: "L3",
  BESPOKE: "B",
};
