import { isMember, type RecordAccess } from "@partnership/runtime";
import type { TrainingContext } from "./context.js";

/** Which agency owns each training record, and who takes part in a person's. */
export const recordAccess: Record<string, RecordAccess<TrainingContext>> = {
  // An agency's own people see their own records and figures without an agreement.
  Completion: { owner: (completion: { agencyId: string }) => completion.agencyId },
  // A person is the agency's that training's own delegate row records them at (never what a
  // representation claims); their email crosses agencies as in the directory, within the partnership.
  Person: {
    owner: (person: { agencyId: string | null }) => person.agencyId,
    takesPart: (person: { agencyId: string | null }, ctx: TrainingContext) =>
      person.agencyId !== null && isMember(ctx.caller, person.agencyId),
  },
  Agency: { owner: (agency: { id: string }) => agency.id },
  // Figures have no id: the audit log names them by partnership and period.
  TrainingStatistics: {
    entityId: (figures: { partnershipId: string; from: string; to: string }) =>
      `${figures.partnershipId}/${figures.from}..${figures.to}`,
  },
};
