import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiSchemaOf } from "./api-schema.js";
import { SUPERGRAPH_PATH } from "./endpoints.js";
import { releaseProblems } from "./release-check.js";
import { changelogEntry, describeRefused, schemaChanges } from "./schema-changes.js";

/** The change-control policy (issue 26, item 3) on small schemas: what fails the check, what passes. */
const RELEASED = `
  type Query {
    concerns(first: Int, status: String @deprecated(reason: "Use filter.status.")): [Concern]
    legacyCount: Int @deprecated(reason: "Use concerns' totalCount.")
    oldCount: Int @deprecated
    agencies: [String]
  }
  type Concern { id: ID! reference: String town: String @deprecated(reason: "Use area.") outcome: Outcome }
  enum Outcome { SAFEGUARDED REFERRED NO_FURTHER_ACTION @deprecated(reason: "Use CLOSED.") CLOSED }
`;

const without = (sdl: string, ...parts: string[]) => parts.reduce((text, part) => text.replace(part, ""), sdl);

describe("schema change control", () => {
  it("refuses a field removed without a release's deprecation, naming it and the policy", async () => {
    const changes = await schemaChanges(RELEASED, without(RELEASED, "agencies: [String]"));
    expect(changes.refused.map((c) => c.path)).toEqual(["Query.agencies"]);
    expect(describeRefused(changes)[0]).toMatch(/Query\.agencies.*deprecate it with a reason for one release first/);
  });

  it("allows removing what the last release deprecated with a reason: fields, arguments, enum values", async () => {
    const current = without(
      RELEASED,
      'legacyCount: Int @deprecated(reason: "Use concerns\' totalCount.")',
      ', status: String @deprecated(reason: "Use filter.status.")',
      'town: String @deprecated(reason: "Use area.")',
      'NO_FURTHER_ACTION @deprecated(reason: "Use CLOSED.")',
    );
    const changes = await schemaChanges(RELEASED, current);
    expect(changes.refused).toEqual([]);
    expect(changes.retired.map((c) => c.path).sort()).toEqual([
      "Concern.town",
      "Outcome.NO_FURTHER_ACTION",
      "Query.concerns.status",
      "Query.legacyCount",
    ]);
  });

  it("does not count a deprecation without a reason as notice", async () => {
    const changes = await schemaChanges(RELEASED, without(RELEASED, "oldCount: Int @deprecated"));
    expect(changes.refused.map((c) => c.path)).toEqual(["Query.oldCount"]);
  });

  it("refuses a changed type as it refuses a removal, and passes additions", async () => {
    const changed = RELEASED.replace("reference: String", "reference: Int").replace(
      "agencies: [String]",
      "agencies: [String]\n    areas: [String]",
    );
    const changes = await schemaChanges(RELEASED, changed);
    expect(changes.refused.map((c) => c.path)).toEqual(["Concern.reference"]);
    expect(changes.additive.map((c) => c.path)).toEqual(["Query.areas"]);
  });

  it("writes a release's changelog entry under headings a client's developer scans", async () => {
    const changes = await schemaChanges(
      RELEASED,
      without(RELEASED, 'town: String @deprecated(reason: "Use area.")').replace("CLOSED }", "CLOSED WITHDRAWN }"),
    );
    const entry = changelogEntry("2027.1", changes);
    expect(entry).toMatch(/^## 2027\.1\n\n### Removed after deprecation\n\n- Field 'town' .*was removed/);
    expect(entry).toContain("### May affect some clients");
    expect(entry).toContain("WITHDRAWN");
    expect(changelogEntry("2027.2", await schemaChanges(RELEASED, RELEASED))).toBe(
      "## 2027.2\n\nNo change to the API schema.\n",
    );
  });
});

describe("the check on the platform's own API schema", () => {
  const supergraph = readFileSync(SUPERGRAPH_PATH, "utf8");
  const api = apiSchemaOf(supergraph);
  /** A released schema that had one more root field than today's, as `npm run schema:check` would read it. */
  const releasedWith = (field: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "released-")), "released.graphql");
    writeFileSync(file, api.replace("type Query {", `type Query {\n  ${field}\n`));
    return file;
  };

  it("fails when a released field is gone without deprecation, and passes once it was deprecated with a reason", async () => {
    expect(await releaseProblems(supergraph, releasedWith("retiredCount: Int"))).toEqual([
      expect.stringMatching(/Query\.retiredCount/),
    ]);
    expect(
      await releaseProblems(
        supergraph,
        releasedWith('retiredCount: Int @deprecated(reason: "Use concerns.totalCount.")'),
      ),
    ).toEqual([]);
  });

  it("holds only the schema clients see: no federation machinery", () => {
    expect(api).toContain("type Query {");
    expect(api).not.toMatch(/join__|link__|@key|_entities|_service/);
  });
});
