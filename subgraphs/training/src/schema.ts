import { auditLogResolver, type FederatedSchemaDefinition, isUuid } from "@partnership/runtime";
import type { TrainingContext } from "./context.js";
import { CourseResolver } from "./resolvers/course-resolver.js";

/** The training subgraph's GraphQL schema and its entity reference resolvers. */
export const schema: FederatedSchemaDefinition<TrainingContext> = {
  resolvers: [CourseResolver, auditLogResolver("training")],
  referenceResolvers: {
    Course: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.course.load(ref.id) : null),
  },
};
