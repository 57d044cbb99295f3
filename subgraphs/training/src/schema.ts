import { type FederatedSchemaDefinition, isUuid, platformResolvers, referenceById } from "@partnership/runtime";
import type { TrainingContext } from "./context.js";
import { Network, Partnership, Person } from "./entities/index.js";
import { AgencyTrainingResolver } from "./resolvers/agency-resolver.js";
import { CompletionResolver } from "./resolvers/completion-resolver.js";
import { CourseResolver } from "./resolvers/course-resolver.js";
import { FirstResponderResolver } from "./resolvers/first-responder-resolver.js";
import { PersonTrainingResolver } from "./resolvers/person-resolver.js";
import { SessionResolver } from "./resolvers/session-resolver.js";
import { NetworkTrainingResolver } from "./resolvers/network-resolver.js";
import { PartnershipTrainingResolver } from "./resolvers/partnership-resolver.js";
import { TrainingStatisticsResolver } from "./resolvers/statistics-resolver.js";
import { findSubjectInTraining } from "./services/subject-finder.js";

/** The training subgraph's GraphQL schema and its entity reference resolvers. */
export const schema: FederatedSchemaDefinition<TrainingContext> = {
  resolvers: [
    CourseResolver,
    SessionResolver,
    CompletionResolver,
    FirstResponderResolver,
    PersonTrainingResolver,
    AgencyTrainingResolver,
    TrainingStatisticsResolver,
    PartnershipTrainingResolver,
    NetworkTrainingResolver,
    ...platformResolvers(
      "training",
      findSubjectInTraining,
      "delegates by name, email or certificate number, and their attendance and completions",
    ),
  ],
  // Person is reached only through the gateway (by email), never from a training query.
  orphanedTypes: [Person, Partnership, Network],
  referenceResolvers: {
    Course: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.course.load(ref.id) : null),
    // A directory person is found by email, and placed at the agency of training's own delegate row
    // in the acting partnership: nothing else of the representation is read. Without an email (the
    // directory withheld it from this caller) the person is no one's here, so their fields refuse
    // and say which category they need, rather than vanish.
    Person: async (ref, ctx) => {
      if (typeof ref.email !== "string" || ref.email === "") return { email: null, delegateId: null, agencyId: null };
      const email = ref.email.toLowerCase();
      const delegate = await ctx.loaders.delegateByEmail.load(email);
      return { email, delegateId: delegate?.id ?? null, agencyId: delegate?.agencyId ?? null };
    },
    Agency: referenceById,
    Partnership: referenceById,
    Network: referenceById,
  },
};
