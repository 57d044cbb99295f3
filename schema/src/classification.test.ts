import { buildFederatedSchema } from "@partnership/runtime";
import { describe, expect, it } from "vitest";
import { SUBGRAPHS } from "./subgraphs.js";

describe("every subgraph classifies every field", () => {
  for (const { module } of SUBGRAPHS) {
    it(`${module.name}: each field of each object type is @Sensitive or @Public`, async () => {
      const { classification } = await buildFederatedSchema(module.schema);
      expect(classification.unclassified).toEqual([]);
    });

    it(`${module.name}: each mutation names the roles allowed to call it`, async () => {
      const { schema, classification } = await buildFederatedSchema(module.schema);
      const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
      expect(mutations.filter((name) => !classification.roles.Mutation.has(name))).toEqual([]);
    });
  }
});
