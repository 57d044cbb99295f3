import { pinnedClock } from "@partnership/runtime";

/**
 * The day every test platform takes as today: expectations are written for it, never computed from
 * the machine's date, so the suite passes on any date (CI runs it again under libfaketime).
 */
export const TEST_TODAY = "2026-12-11";
export const testClock = pinnedClock(TEST_TODAY);
