import { auditLogResolver, type FederatedSchemaDefinition, isUuid } from "@partnership/runtime";
import type { TrainingContext } from "./context.js";
import { Network, Partnership, Person } from "./entities/index.js";
import { AgencyTrainingResolver } from "./resolvers/agency-resolver.js";
import { CompletionResolver } from "./resolvers/completion-resolver.js";
import { CourseResolver } from "./resolvers/course-resolver.js";
import { PersonTrainingResolver } from "./resolvers/person-resolver.js";
import { SessionResolver } from "./resolvers/session-resolver.js";
import { NetworkTrainingResolver } from "./resolvers/network-resolver.js";
import { PartnershipTrainingResolver } from "./resolvers/partnership-resolver.js";
import { TrainingStatisticsResolver } from "./resolvers/statistics-resolver.js";

/** The training subgraph's GraphQL schema and its entity reference resolvers. */
export const schema: FederatedSchemaDefinition<TrainingContext> = {
  resolvers: [
    CourseResolver,
    SessionResolver,
    CompletionResolver,
    PersonTrainingResolver,
    AgencyTrainingResolver,
    TrainingStatisticsResolver,
    PartnershipTrainingResolver,
    NetworkTrainingResolver,
    auditLogResolver("training"),
  ],
  // Person is reached only through the gateway (by email), never from a training query.
  orphanedTypes: [Person, Partnership, Network],
  referenceResolvers: {
    Course: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.course.load(ref.id) : null),
    // A directory person is found by email; the gateway adds their agency (required fields).
    Person: async (ref, ctx) => {
      const email = String(ref.email ?? "").toLowerCase();
      const delegate = email ? await ctx.loaders.delegateByEmail.load(email) : null;
      return { email, agency: ref.agency, delegateId: delegate?.id ?? null };
    },
    Agency: (ref) => (isUuid(ref.id) ? { id: ref.id } : null),
    Partnership: (ref) => (isUuid(ref.id) ? { id: ref.id } : null),
    Network: (ref) => (isUuid(ref.id) ? { id: ref.id } : null),
  },
};
