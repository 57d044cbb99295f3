import { addMonths } from "@partnership/runtime";

/** UK GDPR Art. 12(3): one month to answer, extendable by two further months. */
export const MONTHS_TO_ANSWER = 1;
export const MAX_EXTENSION_MONTHS = 2;

/**
 * The day a request received on `receivedOn` is due, with `extensionMonths` further months: calendar
 * months from the day of receipt, as the ICO reads Art. 12(3) (see `addMonths`).
 */
export function dueOn(receivedOn: string, extensionMonths = 0): string {
  return addMonths(receivedOn, MONTHS_TO_ANSWER + extensionMonths);
}
