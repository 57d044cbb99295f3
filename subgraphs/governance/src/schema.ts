import { type FederatedSchemaDefinition, isUuid, platformResolvers } from "@partnership/runtime";
import type { GovernanceContext } from "./context.js";
import {
  ActionPlanResolver,
  ActionUpdateResolver,
  PlanActionResolver,
  PlanObjectiveResolver,
} from "./resolvers/action-plan-resolver.js";
import { AgencyMaturityResolver } from "./resolvers/agency-governance-resolver.js";
import { AgencyResolver } from "./resolvers/agency-resolver.js";
import { MaturityAssessmentResolver, MaturityRatingResolver } from "./resolvers/maturity-resolver.js";
import { AttendanceRateResolver, MeetingAttendanceResolver, MeetingResolver } from "./resolvers/meeting-resolver.js";
import { PartnershipGovernanceResolver } from "./resolvers/partnership-governance-resolver.js";
import { CallerGrantsResolver } from "./resolvers/caller-grants-resolver.js";
import { ClockResolver } from "./resolvers/clock-resolver.js";
import { GrantedCategoriesResolver } from "./resolvers/granted-categories-resolver.js";
import { MembershipResolver, PartnershipResolver } from "./resolvers/partnership-resolver.js";
import { PersonResolver } from "./resolvers/person-resolver.js";
import {
  AgreementEventResolver,
  AgreementGrantResolver,
  AgreementPartyResolver,
  RetentionTermResolver,
  SharingAgreementResolver,
} from "./resolvers/sharing-agreement-resolver.js";
import { CategoryProcessingResolver, RecordOfProcessingResolver } from "./resolvers/record-of-processing-resolver.js";
import { DirectoryImportResolver } from "./resolvers/directory-import-resolver.js";
import { findSubjectInGovernance } from "./services/subject-finder.js";
import { SubjectRequestResolver } from "./resolvers/subject-request-resolver.js";
import { WebhookResolver } from "./resolvers/webhook-resolver.js";
import { MachineClientResolver } from "./resolvers/machine-client-resolver.js";

/** The governance subgraph's GraphQL schema and its entity reference resolvers. */
export const schema: FederatedSchemaDefinition<GovernanceContext> = {
  resolvers: [
    AgencyResolver,
    PersonResolver,
    PartnershipResolver,
    MembershipResolver,
    SharingAgreementResolver,
    AgreementPartyResolver,
    AgreementGrantResolver,
    AgreementEventResolver,
    RetentionTermResolver,
    RecordOfProcessingResolver,
    CategoryProcessingResolver,
    CallerGrantsResolver,
    ClockResolver,
    GrantedCategoriesResolver,
    ActionPlanResolver,
    PlanObjectiveResolver,
    PlanActionResolver,
    ActionUpdateResolver,
    MeetingResolver,
    MeetingAttendanceResolver,
    AttendanceRateResolver,
    MaturityAssessmentResolver,
    MaturityRatingResolver,
    PartnershipGovernanceResolver,
    AgencyMaturityResolver,
    DirectoryImportResolver,
    SubjectRequestResolver,
    WebhookResolver,
    MachineClientResolver,
    ...platformResolvers(
      "governance",
      findSubjectInGovernance,
      "staff directory entries by name or email, the plan actions they lead and the progress updates they gave",
    ),
  ],
  referenceResolvers: {
    Agency: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.agency.load(ref.id) : null),
    Person: (ref, ctx) => {
      if (ref.id != null) return isUuid(ref.id) ? ctx.loaders.person.load(ref.id) : null;
      // A key another subgraph refused to hand out arrives as null: no one is found by it.
      return typeof ref.email === "string" ? ctx.loaders.personByEmail.load(ref.email.toLowerCase()) : null;
    },
    Partnership: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.partnership.load(ref.id) : null),
    // A network is known only to the partnerships in it.
    Network: (ref, ctx) =>
      isUuid(ref.id) && ctx.caller.partnership?.networks?.some((network) => network.id === ref.id)
        ? ctx.loaders.network.load(ref.id)
        : null,
  },
};
