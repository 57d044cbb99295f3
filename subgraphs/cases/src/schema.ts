import { type FederatedSchemaDefinition, platformResolvers, referenceById } from "@partnership/runtime";
import { NetworkCasesResolver } from "./resolvers/network-resolver.js";
import type { CasesContext } from "./context.js";
import { Network, Partnership, Person, Supplier } from "./entities/index.js";
import {
  DisruptionVisitResolver,
  DutyToNotifyResolver,
  InterventionResolver,
  NrmReferralResolver,
  OffenderResolver,
  PotentialVictimResolver,
  PreventionOrderResolver,
} from "./resolvers/casework-resolver.js";
import { AreaResolver } from "./resolvers/area-resolver.js";
import { ConcernResolver } from "./resolvers/concern-resolver.js";
import { LegalHoldResolver } from "./resolvers/legal-hold-resolver.js";
import { LocationResolver } from "./resolvers/location-resolver.js";
import { RetentionRunResolver } from "./resolvers/retention-run-resolver.js";
import { NrmImportResolver } from "./resolvers/nrm-import-resolver.js";
import {
  AgencyCasesResolver,
  PartnershipCasesResolver,
  PersonCasesResolver,
  SupplierSignalsResolver,
} from "./resolvers/reference-resolvers.js";
import { CaseStatisticsResolver } from "./resolvers/statistics-resolver.js";
import { findSubjectInCases } from "./services/subject-finder.js";

/** The cases subgraph's GraphQL schema and its entity reference resolvers. */
export const schema: FederatedSchemaDefinition<CasesContext> = {
  resolvers: [
    ConcernResolver,
    LocationResolver,
    AreaResolver,
    PotentialVictimResolver,
    NrmReferralResolver,
    DutyToNotifyResolver,
    DisruptionVisitResolver,
    InterventionResolver,
    OffenderResolver,
    PreventionOrderResolver,
    CaseStatisticsResolver,
    AgencyCasesResolver,
    PersonCasesResolver,
    SupplierSignalsResolver,
    PartnershipCasesResolver,
    NetworkCasesResolver,
    NrmImportResolver,
    LegalHoldResolver,
    RetentionRunResolver,
    ...platformResolvers(
      "cases",
      findSubjectInCases,
      "people screened and suspected offenders by name, date of birth or concern reference, their NRM referrals, duty-to-notify reports and concerns; NRM referrals a member of staff made, by their email",
    ),
  ],
  // Persons and suppliers are reached only through the gateway, never from a cases query.
  orphanedTypes: [Person, Supplier, Partnership, Network],
  referenceResolvers: {
    Agency: referenceById,
    Partnership: referenceById,
    Network: referenceById,
    // Only the key is read: the person's agency is the one their referrals here name, never a claim
    // of the representation. Without an email (the directory withheld it from this caller) the person
    // is no one's here, so their fields refuse and say which category they need, rather than vanish.
    Person: async (ref, ctx) => {
      if (typeof ref.email !== "string" || ref.email === "") return { email: null, agencyIds: [] };
      const email = ref.email.toLowerCase();
      const referrals = await ctx.loaders.nrmReferralsByReferrer.load(email);
      return { email, agencyIds: [...new Set(referrals.map((referral) => referral.referringAgencyId))] };
    },
    Supplier: (ref) => (ref.companyNumber ? { companyNumber: String(ref.companyNumber) } : null),
  },
};
