import { isMember, type RecordAccess } from "@partnership/runtime";
import type { CasesContext } from "./context.js";
import type { CaseStatistics } from "./types/statistics.js";
import { type Concern, type Location, partiesOf, type Person } from "./entities/index.js";

/** Whether the caller's agency takes part in the concern a record belongs to. */
async function takesPartInItsConcern(record: object, ctx: CasesContext): Promise<boolean> {
  const concern = await ctx.loaders.concern.load((record as { concernId: string }).concernId);
  return concern !== null && partiesOf(concern).includes(ctx.caller.agencyId);
}

/** The one agency cases' rows place a person in; null when they name none or several. */
function personAgency(person: object): string | null {
  const { agencyIds } = person as Person;
  return agencyIds?.length === 1 ? agencyIds[0]! : null;
}

/**
 * Detail of a concern is seen only by the agencies taking part in it (lead, participating,
 * referring); an agency always sees the NRM referrals, reports and interventions it made itself.
 */
export const recordAccess: Record<string, RecordAccess<CasesContext>> = {
  // An agency sees the concerns it leads and takes part in, and the referrals its own staff made.
  Agency: { owner: (agency) => (agency as { id: string }).id },
  // A person is their agency's, as cases' own rows say (their referrals' referring agency: one,
  // or none is certain); staff details cross agencies as in the directory, within the partnership.
  Person: {
    owner: personAgency,
    takesPart: (person, ctx) => {
      const agencyId = personAgency(person);
      return agencyId !== null && isMember(ctx.caller, agencyId);
    },
  },
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
  // Figures have no id: the audit log names them by partnership, period and area.
  CaseStatistics: {
    entityId: (figures) => {
      const { partnershipId, from, to, areaId, ward } = figures as CaseStatistics;
      return [`${partnershipId}/${from}..${to}`, areaId && `area:${areaId}`, ward && `ward:${ward}`]
        .filter(Boolean)
        .join("/");
    },
  },
};
