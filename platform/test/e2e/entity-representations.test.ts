import { readFileSync } from "node:fs";
import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  CallerContextSigner,
  DataCategory,
  demoAgencyId,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import {
  buildSchema,
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Ownership is read from a subgraph's own data, never from what an entity representation claims;
 * and a field several subgraphs resolve is guarded the same way in each. Generated from the
 * supergraph: every entity type each subgraph resolves through `_entities`, every sensitive field
 * it resolves there (keys included), asked directly over HTTP with a validly signed caller context
 * and representations of other agencies' records that claim the caller's agency as theirs.
 */

const SUPERGRAPH = readFileSync(SUPERGRAPH_PATH, "utf8");
const schema = buildSchema(SUPERGRAPH, { assumeValidSDL: true });
const SANDWELL = demoPartnershipId("SANDWELL");
const CALLER_AGENCY = "HFJ";

type Directive = { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] };
const directives = (node: { astNode?: { directives?: readonly unknown[] } | null }, name: string) =>
  ((node.astNode?.directives ?? []) as Directive[]).filter((d) => d.name.value === name);
const argument = (d: Directive, name: string) =>
  (d.arguments?.find((a) => a.name.value === name)?.value as { value?: unknown } | undefined)?.value;

/** The field's `@sensitive` category in the supergraph (one per field: `schema:check` holds every subgraph to it). */
const categoryOf = (field: GraphQLField<unknown, unknown>) => {
  const [sensitive] = directives(field, "sensitive");
  return sensitive ? (argument(sensitive, "category") as string) : null;
};

/** Whether a subgraph resolves the field itself (not as @external), from `@join__field`. */
function resolvedBy(field: GraphQLField<unknown, unknown>, graph: string): boolean {
  const joins = directives(field, "join__field");
  if (joins.length === 0) return true;
  return joins.some((d) => String(argument(d, "graph")).toLowerCase() === graph && argument(d, "external") !== true);
}

/** Arguments the field requires, filled in: a financial year for a period, 10 for a number. */
function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const parts = field.args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => {
      const named = getNamedType(arg.type).name;
      if (named === "LocalDate") return `${arg.name}: "${/to|until/i.test(arg.name) ? "2020-03-31" : "2019-04-01"}"`;
      if (named === "Int") return `${arg.name}: 10`;
      throw new Error(`no value for ${field.name}(${arg.name}: ${named}); teach argumentsOf`);
    });
  return parts.length ? `(${parts.join(", ")})` : "";
}

const selectionOf = (field: GraphQLField<unknown, unknown>) =>
  isLeafType(getNamedType(field.type))
    ? `${field.name}${argumentsOf(field)}`
    : `${field.name}${argumentsOf(field)} { __typename }`;

/** Each (entity type, subgraph, key) of the supergraph, with the sensitive fields that subgraph resolves. */
const ENTITIES = Object.values(schema.getTypeMap())
  .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("_"))
  .flatMap((type) =>
    directives(type, "join__type")
      .filter((d) => argument(d, "key") && argument(d, "resolvable") !== false)
      .map((d) => {
        const graph = String(argument(d, "graph")).toLowerCase();
        const sensitive = Object.values(type.getFields()).filter((f) => categoryOf(f) && resolvedBy(f, graph));
        return { type, graph, key: String(argument(d, "key")), sensitive };
      }),
  )
  .filter(({ sensitive }) => sensitive.length > 0);

const snake = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? "_" : "") + c.toLowerCase());

/** The table holding the type's records (its owner's), and a record's owning agency column, if any. */
interface Source {
  table: string;
  owner: string | null;
}

describe("entity representations are never trusted for ownership", () => {
  let t: TestPlatform;
  let signer: CallerContextSigner;
  let partnership: Caller["partnership"];
  const sources = new Map<string, Source>();
  const callerAgencyId = demoAgencyId(CALLER_AGENCY);

  const sign = (grants: Caller["grants"]) =>
    signer.sign({
      userId: "representation-test",
      agencyId: callerAgencyId,
      sector: "NGO",
      roles: [Role.CASEWORKER, Role.COORDINATOR, Role.TRAINING_ADMIN, Role.AUDITOR],
      grants,
      partnership,
      requestId: "representation-test",
    });
  const allGrants = () =>
    Object.fromEntries(Object.values(DataCategory).map((category) => [category, "representation-test"]));
  const urlOf = (graph: string) => t.platform.subgraphs.find((s) => s.name === graph)!.url;

  beforeAll(async () => {
    t = await startTestPlatform();
    signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    // The partnership as the gateway would describe it: its members from governance.
    const system = await signer.sign({
      userId: "representation-test",
      agencyId: callerAgencyId,
      sector: "SYSTEM",
      roles: [Role.SYSTEM],
      grants: {},
      partnership: null,
      requestId: "representation-test",
    });
    const profile = await postGraphQL<any>(
      urlOf("governance"),
      `query($id: ID!, $partnership: ID) { callerProfile(agencyId: $id, userId: "representation-test", partnershipId: $partnership) {
        partnership { id referencePrefix memberAgencyIds } } }`,
      { id: callerAgencyId, partnership: SANDWELL },
      { [CALLER_CONTEXT_HEADER]: system },
    );
    expect(profile.data, JSON.stringify(profile)).toBeTruthy();
    partnership = profile.data.callerProfile.partnership;
    expect(partnership?.memberAgencyIds).toContain(callerAgencyId);
    const tables = await t.database.query<{ schema: string; table: string; owner: string | null }>(
      `SELECT t.table_schema AS schema, t.table_name AS table,
              (SELECT column_name FROM information_schema.columns c WHERE c.table_schema = t.table_schema
                 AND c.table_name = t.table_name AND c.column_name = 'agency_id') AS owner
         FROM information_schema.tables t WHERE t.table_schema IN ('governance', 'cases', 'training', 'procurement')`,
    );
    for (const { type } of ENTITIES) {
      const found = tables.find((row) => row.table === snake(type.name));
      if (found) sources.set(type.name, { table: `${found.schema}.${found.table}`, owner: found.owner });
    }
  });
  afterAll(async () => t?.stop());

  it("covers the entities that extend another subgraph's records (Person in cases and training above all)", () => {
    const covered = ENTITIES.map(({ type, graph }) => `${graph}:${type.name}`);
    expect(covered).toEqual(
      expect.arrayContaining(["cases:Person", "training:Person", "governance:Person", "cases:Agency"]),
    );
    // Person.email is one of them: the key cases and training hand out.
    expect(
      ENTITIES.filter(({ type }) => type.name === "Person").every(({ sensitive }) =>
        sensitive.some((f) => f.name === "email"),
      ),
    ).toBe(true);
  });

  for (const { type, graph, key, sensitive } of ENTITIES) {
    it(`${graph}: ${type.name} by ${key}, claiming the caller's agency, gives nothing of another agency's record`, async () => {
      const source = sources.get(type.name);
      expect(source, `no table for ${type.name}`).toBeTruthy();
      // Other agencies' records (a record without an owning agency is nobody's, the caller's neither).
      const keyColumns = key.split(" ").map((field) => ({ field, column: snake(field) }));
      const ownerColumn = type.name === "Agency" ? "id" : source!.owner;
      const rows = await t.database.query<Record<string, string>>(
        `SELECT ${keyColumns.map(({ column }) => `${column}::text AS "${column}"`).join(", ")} FROM ${source!.table}
          ${ownerColumn ? `WHERE ${ownerColumn}::text <> $1` : "WHERE $1::text IS NOT NULL"} ORDER BY 1 LIMIT 60`,
        [callerAgencyId],
      );
      expect(rows.length).toBeGreaterThan(0);
      // Every field an attacker could add: the old @requires input, claimed as the caller's.
      const representations = rows.map((row) => ({
        __typename: type.name,
        ...Object.fromEntries(keyColumns.map(({ field, column }) => [field, row[column]])),
        agency: { id: callerAgencyId },
        agencyId: callerAgencyId,
      }));
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name} { ${sensitive.map(selectionOf).join(" ")} } } }`;

      // With every category granted, the records hold something to leak: the probe reaches data.
      const open = await postGraphQL<any>(
        urlOf(graph),
        query,
        { r: representations },
        {
          [CALLER_CONTEXT_HEADER]: await sign(allGrants()),
        },
      );
      expect(open.status, JSON.stringify(open.errors?.[0])).toBe(200);
      const held = sensitive.filter((field) =>
        (open.data?._entities ?? []).some((entity: any) => {
          const value = entity?.[field.name];
          return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
        }),
      );
      expect(held.length, `${graph} ${type.name}: no sensitive value under full grants`).toBeGreaterThan(0);

      // With no agreement, nothing: each sensitive field null, refused with its category.
      const answer = await postGraphQL<any>(
        urlOf(graph),
        query,
        { r: representations },
        {
          [CALLER_CONTEXT_HEADER]: await sign({}),
        },
      );
      expect(answer.status).toBe(200);
      const refused = new Map((answer.errors ?? []).map((e) => [JSON.stringify(e.path), e.extensions]));
      const leaked: string[] = [];
      (answer.data?._entities ?? []).forEach((entity: any, index: number) => {
        if (entity === null) return;
        for (const field of sensitive) {
          const explained = refused.get(JSON.stringify(["_entities", index, field.name]));
          const ok =
            entity[field.name] === null &&
            explained?.code === "FORBIDDEN_BY_SHARING_AGREEMENT" &&
            explained?.category === categoryOf(field);
          if (!ok)
            leaked.push(
              `${field.name} of ${String((representations[index] as Record<string, unknown>)[key])}: ${JSON.stringify(entity[field.name])}`,
            );
        }
      });
      expect(leaked, `${graph} ${type.name}: values given to a caller with no agreement`).toEqual([]);
    });
  }

  it("an agency still sees its own people's training and referrals without an agreement, from the subgraphs' own rows", async () => {
    // Who is whose, in training's and cases' own records: the delegate row, the referrals' agency.
    const delegates = await t.database.query<{ email: string }>(
      `SELECT d.email FROM training.delegate d WHERE d.partnership_id = $1 AND d.agency_id = $2
          AND EXISTS (SELECT 1 FROM training.completion c WHERE c.delegate_id = d.id)`,
      [SANDWELL, callerAgencyId],
    );
    const referrers = await t.database.query<{ email: string }>(
      `SELECT r.referrer_email AS email FROM cases.nrm_referral r JOIN cases.concern c ON c.id = r.concern_id
        WHERE c.partnership_id = $1 GROUP BY 1 HAVING bool_and(r.referring_agency_id = $2)`,
      [SANDWELL, callerAgencyId],
    );
    expect(delegates.length).toBeGreaterThan(0);
    expect(referrers.length).toBeGreaterThan(0);
    const own = async (graph: string, field: string, emails: string[]) => {
      const answer = await postGraphQL<any>(
        urlOf(graph),
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { email ${field} { __typename } } } }`,
        // The directory would not even be asked: no agency claimed at all.
        { r: emails.map((email) => ({ __typename: "Person", email })) },
        { [CALLER_CONTEXT_HEADER]: await sign({}) },
      );
      expect(answer.errors ?? [], `${graph} ${field}`).toEqual([]);
      for (const entity of answer.data._entities) {
        expect(entity[field].length, `${graph} ${field} of ${entity.email}`).toBeGreaterThan(0);
      }
    };
    await own(
      "training",
      "trainingRecord",
      delegates.map((d) => d.email),
    );
    await own(
      "cases",
      "nrmReferralsMade",
      referrers.map((r) => r.email),
    );
  });

  describe("a referral's referrer through the gateway", () => {
    const REFERRERS =
      "query ReferrerEmails { concerns(first: 100) { nodes { potentialVictims { nrmReferral { id referrer { name email } } } } } }";
    const referralAgency = async () =>
      new Map(
        (
          await t.database.query<{ id: string; agency: string }>(
            "SELECT id::text, referring_agency_id::text AS agency FROM cases.nrm_referral",
          )
        ).map((row) => [row.id, row.agency]),
      );
    const referrals = (data: any) =>
      data.concerns.nodes.flatMap((concern: any, i: number) =>
        (concern.potentialVictims ?? []).flatMap((victim: any, j: number) =>
          victim.nrmReferral?.referrer !== undefined && victim.nrmReferral
            ? [
                {
                  id: victim.nrmReferral.id as string,
                  email: victim.nrmReferral.referrer?.email as string | null,
                  name: victim.nrmReferral.referrer?.name as string | null | undefined,
                  path: ["concerns", "nodes", i, "potentialVictims", j, "nrmReferral", "referrer", "email"],
                },
              ]
            : [],
        ),
      );

    it("an NGO without PERSONNEL gets no other agency's staff email, refused and explained", async () => {
      const ngo = await t.as(CALLER_AGENCY, Role.CASEWORKER);
      const answer = await ngo.query<any>(REFERRERS);
      expect(answer.status).toBe(200);
      const agencyOf = await referralAgency();
      const seen = referrals(answer.data);
      const others = seen.filter((r: { id: string }) => agencyOf.get(r.id) !== callerAgencyId);
      const mine = seen.filter((r: { id: string }) => agencyOf.get(r.id) === callerAgencyId);
      expect(others.length).toBeGreaterThan(0);
      expect(mine.length).toBeGreaterThan(0);
      const refused = new Map((answer.errors ?? []).map((e) => [JSON.stringify(e.path), e]));
      // Without the key the directory cannot be asked for the name either: the referrer comes back
      // null as a whole, and the refusal of its email says why.
      for (const referral of others) {
        expect(referral.email ?? null, `referral ${referral.id}`).toBeNull();
        expect(refused.get(JSON.stringify(referral.path))?.extensions, `referral ${referral.id}`).toMatchObject({
          code: "FORBIDDEN_BY_SHARING_AGREEMENT",
          category: "PERSONNEL",
        });
      }
      // The NGO's own staff who referred: their email is its own agency's record, and the directory
      // is reached with it for their name.
      for (const referral of mine) {
        expect(referral.email, `own referral ${referral.id}`).toMatch(/@/);
        expect(referral.name, `own referral ${referral.id}`).toEqual(expect.any(String));
      }
    });

    it("a police officer holding PERSONNEL sees them, and each email returned is audited in cases", async () => {
      const police = await t.as("WMP", Role.CASEWORKER);
      const answer = await police.query<any>(REFERRERS);
      const returned = referrals(answer.data).filter((r: { email: string | null }) => r.email !== null);
      expect(returned.length).toBeGreaterThan(0);
      let rows: Array<{ n: string }> = [];
      for (let i = 0; i < 50; i++) {
        rows = await t.database.query<{ n: string }>(
          `SELECT count(*) AS n FROM cases.audit_event_value
            WHERE operation = 'ReferrerEmails' AND entity_type = 'Person' AND field = 'email' AND category = 'PERSONNEL'
              AND agency_id = $1`,
          [demoAgencyId("WMP")],
        );
        if (Number(rows[0]!.n) >= returned.length) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(Number(rows[0]!.n)).toBe(returned.length);
    });
  });
});
