import type { RecordAccess } from "@partnership/runtime";
import type { CasesContext } from "./context.js";
import { type Concern, type Location, partiesOf } from "./entities/index.js";

/** Whether the caller's agency takes part in the concern a record belongs to. */
async function takesPartInItsConcern(record: object, ctx: CasesContext): Promise<boolean> {
  const concern = await ctx.loaders.concern.load((record as { concernId: string }).concernId);
  return concern !== null && partiesOf(concern).includes(ctx.caller.agencyId);
}

/**
 * Detail of a concern is seen only by the agencies taking part in it (lead, participating,
 * referring); an agency always sees the NRM referrals, reports and interventions it made itself.
 */
export const recordAccess: Record<string, RecordAccess<CasesContext>> = {
  // An agency sees the concerns it leads and takes part in, and the referrals its own staff made.
  Agency: { owner: (agency) => (agency as { id: string }).id },
  Person: { owner: (person) => (person as { agency?: { id?: string } }).agency?.id },
  Concern: { takesPart: (concern, ctx) => partiesOf(concern as Concern).includes(ctx.caller.agencyId) },
  Location: { takesPart: (location, ctx) => Boolean((location as Location).parties?.includes(ctx.caller.agencyId)) },
  PotentialVictim: { takesPart: takesPartInItsConcern },
  DisruptionVisit: { takesPart: takesPartInItsConcern },
  Offender: { takesPart: takesPartInItsConcern },
  PreventionOrder: { takesPart: takesPartInItsConcern },
  NrmReferral: {
    owner: (referral) => (referral as { referringAgencyId: string }).referringAgencyId,
    takesPart: takesPartInItsConcern,
  },
  DutyToNotify: {
    owner: (report) => (report as { reportingAgencyId: string }).reportingAgencyId,
    takesPart: takesPartInItsConcern,
  },
  Intervention: {
    owner: (intervention) => (intervention as { agencyId: string }).agencyId,
    takesPart: takesPartInItsConcern,
  },
};
