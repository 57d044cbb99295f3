import type { ConcernDetail } from "../../pages/case-detail";

export { personWords } from "./person-words";

/** A person screened in a concern, as the concern page reads them: what their actions depend on. */
export type ScreenedPerson = NonNullable<ConcernDetail["potentialVictims"]>[number];
