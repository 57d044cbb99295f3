import { readFileSync } from "node:fs";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  demoAgencyId,
  demoPartnershipId,
  Role,
  USER_ROLES,
} from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, postGraphQL, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * The partnership boundary, generated from the supergraph: for every root query field and every
 * entity type a subgraph resolves through `_entities`, a user acting in one demo partnership gets
 * no id, reference or field of a record of the other, in both directions, including users of
 * agencies that belong to both (West Midlands Police). Which record belongs to which partnership is
 * read from the database: every row of a table with a `partnership_id`, and every row reached from
 * one through foreign keys.
 */

const SUPERGRAPH = readFileSync(SUPERGRAPH_PATH, "utf8");
const schema = buildSchema(SUPERGRAPH, { assumeValidSDL: true });
const PARTNERSHIPS = { SANDWELL: demoPartnershipId("SANDWELL"), TAME: demoPartnershipId("TAME") } as const;
const PREFIX = { SANDWELL: "SHOP-", TAME: "TVASP-" } as const;
type Name = keyof typeof PARTNERSHIPS;
const SCHEMAS = ["cases", "training", "procurement", "governance"];
/** Roles every probe user holds where it acts, so no query is refused for want of a role. */
const ALL_ROLES = USER_ROLES.filter((role) => role !== Role.PLATFORM_ADMIN);

const hasDirective = (
  node: { astNode?: { directives?: readonly { name: { value: string } }[] } | null },
  name: string,
) => node.astNode?.directives?.some((d) => d.name.value === name) ?? false;

/** A value for an argument the field requires: a wide period, the first enum value, a record of the other partnership. */
function argumentValue(arg: GraphQLArgument, ids: string[]): string | null {
  let type: GraphQLInputType = arg.type;
  if (isNonNullType(type)) type = type.ofType;
  if (isListType(type)) return null;
  const named = getNamedType(type);
  if (named.name === "ID") return ids.length ? JSON.stringify(ids[0]) : null;
  if (named.name === "LocalDate") return JSON.stringify(/to|until|asOf/i.test(arg.name) ? TEST_TODAY : "2000-01-01");
  if (named.name === "Int") return "10";
  if (named.name === "String") return JSON.stringify("a");
  if (named.name === "Boolean") return "true";
  if (isEnumType(named)) return named.getValues()[0]!.name;
  // A required search of optional conditions (subjectAccess): a wide one, by a name part most names hold.
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    if (fields.some((field) => isNonNullType(field.type))) return null;
    const text = fields.find((field) => getNamedType(field.type).name === "String");
    return text ? `{ ${text.name}: ${JSON.stringify("an")} }` : null;
  }
  return null;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, ids: string[]): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type)) {
      if (arg.name === "first") parts.push("first: 100");
      continue;
    }
    if (arg.defaultValue !== undefined) continue;
    const value = argumentValue(arg, ids);
    if (value === null) return null;
    parts.push(`${arg.name}: ${value}`);
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** Every leaf of a type, and its object fields' leaves to `depth` levels (arguments filled in where needed). */
function selection(type: GraphQLNamedType, depth: number, ids: string[]): string {
  if (!isObjectType(type)) return "";
  const parts: string[] = ["__typename"];
  for (const field of Object.values((type as GraphQLObjectType).getFields())) {
    if (hasDirective(field, "inaccessible")) continue;
    const named = getNamedType(field.type);
    const args = argumentsOf(field, ids);
    if (args === null) continue;
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (depth > 0) {
      const inner = selection(named, depth - 1, ids);
      if (inner) parts.push(`${field.name}${args} { ${inner} }`);
    }
  }
  return parts.join(" ");
}

/**
 * Whether a subgraph resolves a field of an entity: a field without `@join__field` is resolved by
 * every subgraph that declares its type; one with it, only by the graphs it names (not as external).
 */
function resolvedBy(field: GraphQLField<unknown, unknown>, graph: string): boolean {
  const joins = (field.astNode?.directives ?? []).filter((d) => d.name.value === "join__field");
  if (joins.length === 0) return true;
  return joins.some((d) => {
    const arg = (name: string) =>
      d.arguments?.find((a) => a.name.value === name)?.value as { value?: unknown } | undefined;
    return String(arg("graph")?.value).toLowerCase() === graph && arg("external")?.value !== true;
  });
}

/** Every string anywhere in an answer. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, into));
  return into;
}

interface Owned {
  /** Record id → its partnership, for every record that belongs to one. */
  partnershipOf: Map<string, string>;
  /** `schema.table` → the ids of its records, by partnership. */
  byTable: Map<string, Map<string, string[]>>;
}

/** Which record belongs to which partnership, read from the tables and their foreign keys. */
async function ownership(t: TestPlatform): Promise<Owned> {
  const owned: Owned = { partnershipOf: new Map(), byTable: new Map() };
  const record = (table: string, rows: Array<{ id: string; partnership_id: string }>) => {
    const byPartnership = owned.byTable.get(table) ?? new Map<string, string[]>();
    for (const row of rows) {
      owned.partnershipOf.set(row.id, row.partnership_id);
      byPartnership.set(row.partnership_id, [...(byPartnership.get(row.partnership_id) ?? []), row.id]);
    }
    owned.byTable.set(table, byPartnership);
  };
  const direct = await t.database.query<{ schema: string; table: string }>(
    `SELECT c.table_schema AS schema, c.table_name AS table FROM information_schema.columns c
       JOIN information_schema.columns i ON i.table_schema = c.table_schema AND i.table_name = c.table_name AND i.column_name = 'id'
      WHERE c.column_name = 'partnership_id' AND c.table_schema = ANY($1) AND c.table_name NOT IN ('audit_event', 'audit_event_value')`,
    [SCHEMAS],
  );
  for (const { schema, table } of direct) {
    record(
      `${schema}.${table}`,
      await t.database.query(
        `SELECT id::text, partnership_id::text FROM ${schema}.${table} WHERE partnership_id IS NOT NULL`,
      ),
    );
  }
  const keys = await t.database.query<{ schema: string; child: string; column: string; parent: string }>(
    `SELECT n.nspname AS schema, c.relname AS child, a.attname AS column, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'f' AND array_length(k.conkey, 1) = 1 AND n.nspname = ANY($1)
        AND EXISTS (SELECT 1 FROM pg_attribute i WHERE i.attrelid = c.oid AND i.attname = 'id')`,
    [SCHEMAS],
  );
  // Children inherit their parent's partnership, to any depth.
  for (let round = 0; round < 4; round++) {
    for (const { schema, child, column, parent } of keys) {
      const parentTable = `${schema}.${parent}`;
      const childTable = `${schema}.${child}`;
      if (!owned.byTable.has(parentTable) || owned.byTable.has(childTable)) continue;
      const parents = [...owned.byTable.get(parentTable)!.values()].flat();
      const rows = await t.database.query<{ id: string; parent: string }>(
        `SELECT id::text, ${column}::text AS parent FROM ${childTable} WHERE ${column}::text = ANY($1)`,
        [parents],
      );
      record(
        childTable,
        rows.map((row) => ({ id: row.id, partnership_id: owned.partnershipOf.get(row.parent)! })),
      );
    }
  }
  return owned;
}

describe("isolation between partnerships, generated from the supergraph", () => {
  let t: TestPlatform;
  let owned: Owned;
  const users: Array<{ label: string; acting: Name; client: () => Promise<Client> }> = [];

  beforeAll(async () => {
    t = await startTestPlatform({ hardening: { maxCost: 10_000_000, maxDepth: 20, maxTokens: 100_000 } });
    users.push(
      { label: "WMP (in both) acting in Sandwell", acting: "SANDWELL", client: () => t.as("WMP", ...ALL_ROLES) },
      {
        label: "WMP (in both) acting in Tame Valley",
        acting: "TAME",
        client: () => t.asIn("TAME", "WMP", ...ALL_ROLES),
      },
      {
        label: "HFJ (in both) acting in Tame Valley",
        acting: "TAME",
        client: () => t.asIn("TAME", "HFJ", ...ALL_ROLES),
      },
      { label: "SMBC (Sandwell only)", acting: "SANDWELL", client: () => t.as("SMBC", ...ALL_ROLES) },
      { label: "TVC (Tame Valley only)", acting: "TAME", client: () => t.asIn("TAME", "TVC", ...ALL_ROLES) },
    );
    owned = await ownership(t);
  });
  afterAll(async () => t?.stop());

  const other = (acting: Name): Name => (acting === "SANDWELL" ? "TAME" : "SANDWELL");
  const idsOf = (name: Name) =>
    [...owned.partnershipOf.entries()].filter(([, p]) => p === PARTNERSHIPS[name]).map(([id]) => id);

  it("has records of both partnerships to keep apart", () => {
    for (const name of ["SANDWELL", "TAME"] as const) {
      const tables = [...owned.byTable.entries()].filter(([, by]) => by.get(PARTNERSHIPS[name])?.length);
      expect(tables.length, name).toBeGreaterThan(5);
    }
  });

  const rootFields = Object.values(schema.getQueryType()!.getFields()).filter(
    (field) => !hasDirective(field, "inaccessible") && !field.name.startsWith("_"),
  );

  // Each probe asks five users for a whole type three levels deep (a hundred concerns, each with its
  // agencies' concerns and its history): a few seconds each on a quiet machine, more on a busy one.
  for (const field of rootFields) {
    it(`Query.${field.name}: answers nothing of the other partnership`, { timeout: 180_000 }, async () => {
      let probed = 0;
      for (const user of users) {
        const foreign = new Set(idsOf(other(user.acting)));
        const args = argumentsOf(field, [...foreign]);
        if (args === null) continue;
        const named = getNamedType(field.type);
        const inner = isScalarType(named) || isEnumType(named) ? "" : `{ ${selection(named, 3, [...foreign])} }`;
        const client = await user.client();
        const answer = await client.query(`query Probe { ${field.name}${args} ${inner} }`);
        expect(answer.status, `${user.label}: ${JSON.stringify(answer.errors?.[0])}`).toBe(200);
        probed++;
        const leaked = strings(answer.data).filter(
          (value) => foreign.has(value) || value.startsWith(PREFIX[other(user.acting)]),
        );
        expect(leaked, `${user.label} reached the other partnership's records through Query.${field.name}`).toEqual([]);
      }
      expect(probed, `no user could ask Query.${field.name}`).toBeGreaterThan(0);
    });
  }

  /** Entity types and the subgraphs resolving them by id, from the supergraph's @join__type directives. */
  const entities = Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("_"))
    .flatMap((type) =>
      (type.astNode?.directives ?? [])
        .filter((d) => d.name.value === "join__type")
        .map((d) => {
          const value = (arg: string) =>
            (d.arguments?.find((a) => a.name.value === arg)?.value as { value?: string } | undefined)?.value;
          return { type, graph: value("graph")?.toLowerCase(), key: value("key") };
        })
        .filter((entry) => entry.key === "id" && entry.graph),
    );

  for (const { type, graph } of entities) {
    it(`_entities: ${graph} resolves no ${type.name} of the other partnership`, async () => {
      const url = t.platform.subgraphs.find((s) => s.name === graph)!.url;
      const signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
      const table = type.name.replace(/[A-Z]/g, (c, i) => (i ? "_" : "") + c.toLowerCase());
      const fields = Object.values(type.getFields()).filter(
        (field) => field.name !== "id" && !hasDirective(field, "inaccessible") && resolvedBy(field, graph!),
      );
      for (const acting of ["SANDWELL", "TAME"] as const) {
        const foreignName = other(acting);
        const candidates =
          owned.byTable.get(`${graph}.${table}`)?.get(PARTNERSHIPS[foreignName]) ??
          (type.name === "Partnership" ? [PARTNERSHIPS[foreignName]] : []);
        if (candidates.length === 0) continue;
        const foreign = new Set([...idsOf(foreignName), PARTNERSHIPS[foreignName]]);
        const context = await signer.sign({
          userId: "isolation-test",
          agencyId: demoAgencyId("WMP"),
          sector: "POLICE",
          roles: ALL_ROLES,
          grants: Object.fromEntries(
            [
              "CASE_SUMMARY",
              "LOCATION_ADDRESS",
              "VICTIM_IDENTITY",
              "VICTIM_DEMOGRAPHICS",
              "SAFEGUARDING",
              "HEALTH",
              "POLICE_INTELLIGENCE",
              "OFFENDER_IDENTITY",
              "ENFORCEMENT",
              "SUPPLIER_RISK",
              "COMMERCIAL",
              "PERSONNEL",
              "STATISTICS",
            ].map((category) => [category, "isolation-test"]),
          ),
          partnership: {
            id: PARTNERSHIPS[acting],
            referencePrefix: PREFIX[acting].slice(0, -1),
            memberAgencyIds: [demoAgencyId("WMP")],
          },
          requestId: "isolation-test",
        });
        const representations = candidates.slice(0, 20).map((id) => ({ __typename: type.name, id }));
        const select = fields
          .map((field) => {
            const args = argumentsOf(field, []);
            if (args === null) return null;
            const named = getNamedType(field.type);
            return isLeafType(named) ? `${field.name}${args}` : `${field.name}${args} { ${selection(named, 2, [])} }`;
          })
          .filter(Boolean)
          .join(" ");
        const answer = await postGraphQL<any>(
          url,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name} { __typename ${select} } } }`,
          { r: representations },
          { [CALLER_CONTEXT_HEADER]: context },
        );
        for (const [index, entity] of (answer.data?._entities ?? []).entries()) {
          if (entity === null) continue;
          const { __typename, ...rest } = entity as Record<string, unknown>;
          void __typename;
          const values = Object.entries(rest).filter(([, value]) => value !== null);
          expect(
            values,
            `acting in ${acting}, ${graph} gave ${type.name} ${representations[index]!.id} of ${foreignName}`,
          ).toEqual([]);
        }
        const leaked = strings(answer.data).filter((value) => foreign.has(value) && !candidates.includes(value));
        expect(leaked).toEqual([]);
      }
    });
  }
});
