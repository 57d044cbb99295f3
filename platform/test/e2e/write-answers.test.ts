import { readFileSync } from "node:fs";
import {
  CALLER_CONTEXT_HEADER,
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
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import {
  type Client,
  clientFor,
  type GraphQLResponse,
  postGraphQL,
  startTestPlatform,
  TEST_TODAY,
  type TestPlatform,
} from "../support/platform.js";

/**
 * A write's answer never fails after the write has committed. GraphQL turns an error in a non-null
 * field into null for its parent, and so on up to the nearest nullable field; every mutation field
 * is non-null, so one failing field on an unbroken chain of non-null fields under it turned the
 * whole answer into `data: null` for a write already committed (createPerson asking for its
 * agency's `maturityComparison(last: 0)`; createPartnership asking, as the platform administrator
 * acting in no partnership yet, for the partnership's plans or figures), and the client's retry
 * was refused as a duplicate. A field that can fail after the write — one that can be refused
 * (a sharing agreement's category, a partnership's scope), one whose arguments can be refused,
 * one another subgraph answers (its fetch can fail, its entity can be gone) — must therefore be
 * nullable wherever a mutation's answer reaches it through non-null fields alone: it then answers
 * null with its explanation, as it does in a query, and the rest of the answer stands.
 */

const SUPERGRAPH = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true });

type Directive = { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] };
const directivesOf = (node: { astNode?: { directives?: readonly unknown[] } | null }, name: string) =>
  ((node.astNode?.directives ?? []) as Directive[]).filter((d) => d.name.value === name);
const argumentOf = (d: Directive, name: string) =>
  (d.arguments?.find((a) => a.name.value === name)?.value as { value?: unknown } | undefined)?.value;
const inaccessible = (node: { astNode?: { directives?: readonly unknown[] } | null }) =>
  directivesOf(node, "inaccessible").length > 0;

/** The subgraphs that resolve a field themselves: its `@join__field`s, else every subgraph of its type. */
function resolvedBy(type: GraphQLNamedType, field: GraphQLField<unknown, unknown>): string[] {
  const joins = directivesOf(field, "join__field").filter((d) => argumentOf(d, "external") !== true);
  const from = joins.length > 0 ? joins : directivesOf(type, "join__type");
  return [...new Set(from.map((d) => String(argumentOf(d, "graph"))))];
}

/** Non-null all the way down: `T!`, `[T!]!`. */
function nonNullThroughout(type: GraphQLOutputType): boolean {
  if (!isNonNullType(type)) return false;
  const inner = type.ofType;
  return isListType(inner) ? nonNullThroughout(inner.ofType as GraphQLOutputType) : true;
}

/** Why a field can fail after the write; empty when it cannot. */
function whyItCanFail(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, subgraph: string): string[] {
  const why: string[] = [];
  if (directivesOf(field, "sensitive").length > 0) why.push("it is refused without its category");
  if (field.args.some((arg) => !inaccessible(arg))) why.push("its arguments can be refused");
  const answeredBy = resolvedBy(type, field);
  if (!answeredBy.includes(subgraph))
    why.push(`${answeredBy.join("/")} answers it after ${subgraph} wrote: that fetch can fail, or find nothing`);
  if (/\bFORBIDDEN\b/.test(field.description ?? "")) why.push("it can be refused (FORBIDDEN)");
  return why;
}

/**
 * Each chain of non-null fields from the mutation down to a field that can fail, with the reason:
 * the answers a failure there would turn into `data: null`.
 */
function failingChains(mutation: GraphQLField<unknown, unknown>): string[] {
  const subgraph = resolvedBy(SUPERGRAPH.getMutationType()!, mutation)[0]!;
  if (!nonNullThroughout(mutation.type)) return [];
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (named: GraphQLNamedType, path: string) => {
    if (visited.has(named.name)) return;
    visited.add(named.name);
    const types: readonly GraphQLObjectType[] = isUnionType(named)
      ? named.getTypes()
      : isInterfaceType(named)
        ? SUPERGRAPH.getPossibleTypes(named)
        : isObjectType(named)
          ? [named]
          : [];
    for (const type of types) {
      for (const field of Object.values(type.getFields())) {
        if (inaccessible(field) || !nonNullThroughout(field.type)) continue;
        const at = `${path}.${field.name}`;
        const why = whyItCanFail(type, field, subgraph);
        // Made nullable, the first field of a chain that can fail (or one above it) breaks the chain:
        // what lies under it no longer reaches the mutation.
        if (why.length > 0) found.push(`${at} (${type.name}.${field.name}: ${why.join("; ")})`);
        else walk(getNamedType(field.type), at);
      }
    }
  };
  walk(getNamedType(mutation.type), mutation.name);
  return found;
}

const MUTATIONS = Object.values(SUPERGRAPH.getMutationType()!.getFields()).filter((field) => !inaccessible(field));

describe("no field a mutation's answer can ask for turns a committed write into data: null", () => {
  it("the composed schema has mutations to check", () => {
    expect(MUTATIONS.length).toBeGreaterThan(40);
  });

  for (const mutation of MUTATIONS) {
    it(`${mutation.name}: every field that can fail after the write is nullable, or under one that is`, () => {
      expect(failingChains(mutation)).toEqual([]);
    });
  }
});

/** Every field of `type` the mutation's own subgraph answers, `depth` levels down, with its required arguments filled in. */
function everyField(type: GraphQLNamedType, subgraph: string, depth: number): string {
  if (!isObjectType(type)) return "__typename";
  const parts = ["__typename"];
  for (const field of Object.values(type.getFields())) {
    if (inaccessible(field) || !resolvedBy(type, field).includes(subgraph)) continue;
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const values = required.map((arg) => {
      const named = getNamedType(arg.type).name;
      if (named === "LocalDate") return `${arg.name}: "${/to|until/i.test(arg.name) ? TEST_TODAY : "2026-04-01"}"`;
      if (named === "Int") return `${arg.name}: 10`;
      return null;
    });
    if (values.includes(null)) continue;
    const call = values.length > 0 ? `${field.name}(${values.join(", ")})` : field.name;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(call);
    else if (depth > 0) parts.push(`${call} { ${everyField(named, subgraph, depth - 1)} }`);
  }
  return parts.join(" ");
}

/** The value at an error's path in the answer's data. */
function at(data: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null)?.[key], data);
}

/**
 * The answer of a committed write: its data holds the mutation's answer, and each error explains a
 * field answered null (a refusal of the caller's agreements, scope or arguments), never the write.
 */
function expectAnswerStands(answer: GraphQLResponse, mutation: string, refusals: string[]) {
  expect(answer.data?.[mutation], JSON.stringify(answer.errors)).toBeTruthy();
  for (const error of answer.errors ?? []) {
    expect(error.path?.[0], error.message).toBe(mutation);
    expect(error.path!.length, error.message).toBeGreaterThan(1);
    expect(at(answer.data, error.path!), error.message).toBeNull();
    expect(refusals, error.message).toContain(error.extensions?.code);
  }
}

describe("the answer of a committed write holds what the caller may read", () => {
  let t: TestPlatform;
  let idp: DemoIdentityProvider;
  const user = async (agencyId: string, userId: string, roles: Role[], partnershipId?: string): Promise<Client> =>
    clientFor(t.gatewayUrl, await idp.issue({ userId, agencyId, roles, name: userId }), partnershipId);
  const peopleWith = async (email: string) =>
    Number((await t.database.query(`SELECT count(*) AS n FROM governance.person WHERE email = $1`, [email]))[0].n);

  /** Every field of a person, with a sensitive one of each subgraph and an argument the caller gets wrong. */
  const CREATE_PERSON = `mutation CreatePerson($input: CreatePersonInput!) { createPerson(input: $input) {
    id name email jobTitle createdAt
    agency { id name shortName sector firstResponder createdAt maturityComparison(last: 0) { area } }
    trainingRecord { certificateNumber } qualifiedFirstResponder firstResponderRefreshDueOn
    nrmReferralsMade { id } } }`;

  beforeAll(async () => {
    t = await startTestPlatform();
    idp = await DemoIdentityProvider.fromJwk(t.keys.users.privateJwk);
  });
  afterAll(async () => t?.stop());

  it("createPerson: the person, what the caller may read of them, each refused field null with its reason; one person written", async () => {
    const glaaAdmin = await t.as("GLAA", Role.PARTNERSHIP_ADMIN);
    const input = {
      name: "Morgan Reyes",
      email: "morgan.reyes@glaa.example.org",
      jobTitle: "Intelligence officer",
      agencyId: demoAgencyId("GLAA"),
    };
    const answer = await glaaAdmin.query<any>(CREATE_PERSON, { input });
    expectAnswerStands(answer, "createPerson", ["BAD_USER_INPUT", "FORBIDDEN_BY_SHARING_AGREEMENT"]);
    const person = answer.data!.createPerson;
    // Its own agency's person: every directory field is the caller's to read.
    expect(person).toMatchObject({
      name: "Morgan Reyes",
      email: "morgan.reyes@glaa.example.org",
      jobTitle: "Intelligence officer",
      agency: { shortName: "GLAA", firstResponder: true, maturityComparison: null },
    });
    expect(answer.errors?.find((e) => e.path?.join(".") === "createPerson.agency.maturityComparison")).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "last" },
    });
    expect(await peopleWith(input.email)).toBe(1);

    // A retry without a key is a second request for a person who now exists: refused, naming the field.
    const retry = await glaaAdmin.query<any>(CREATE_PERSON, { input });
    expect(retry.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
    expect(await peopleWith(input.email)).toBe(1);
  });

  it("createPerson with an Idempotency-Key: the retry gets the first answer again, and one person is written", async () => {
    const chairAdmin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const input = {
      name: "Dana Okafor",
      email: "dana.okafor@hopeforjustice.example.org",
      agencyId: demoAgencyId("HFJ"),
    };
    const headers = { "idempotency-key": "write-answers-create-person-1" };
    const first = await chairAdmin.query<any>(CREATE_PERSON, { input }, headers);
    expectAnswerStands(first, "createPerson", ["BAD_USER_INPUT", "FORBIDDEN_BY_SHARING_AGREEMENT"]);
    const again = await chairAdmin.query<any>(CREATE_PERSON, { input }, headers);
    expect(again.data).toEqual(first.data);
    expect(await peopleWith(input.email)).toBe(1);
  });

  it("createPartnership and createPerson before any agreement: every field the caller cannot read yet is null with its reason; one of each written", async () => {
    const platform = await user(demoAgencyId("SMBC"), "demo:smbc:platform_admin", [Role.PLATFORM_ADMIN]);
    const partnershipType = SUPERGRAPH.getType("Partnership")!;
    // The platform administrator acts in no partnership: the partnership's plans, meetings and
    // maturity are not theirs to read, now or ever.
    const created = await platform.query<any>(
      `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { ${everyField(partnershipType, "GOVERNANCE", 3)} } }`,
      {
        input: {
          name: "Wyrebridge Anti-Slavery Partnership",
          shortName: "WYREBRIDGE",
          referencePrefix: "WYRE",
          area: "Wyrebridge",
          firstAdmin: { agencyId: demoAgencyId("HFJ"), userId: "hfj:wyrebridge-lead" },
        },
      },
    );
    expectAnswerStands(created, "createPartnership", ["FORBIDDEN", "FORBIDDEN_BY_SHARING_AGREEMENT"]);
    const partnership = created.data!.createPartnership;
    expect(partnership).toMatchObject({ name: "Wyrebridge Anti-Slavery Partnership", actionPlans: null });
    expect(partnership.members.map((m: any) => [m.agency.shortName, m.role])).toEqual([["HFJ", "CHAIR"]]);
    expect(new Set(created.errors!.map((e) => e.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
    const rows = await t.database.query(`SELECT id FROM governance.partnership WHERE short_name = 'WYREBRIDGE'`);
    expect(rows.map((r: any) => r.id)).toEqual([partnership.id]);

    // Its first administrator adds the police; no agreement grants anyone PERSONNEL there yet.
    const lead = await user(
      demoAgencyId("HFJ"),
      "hfj:wyrebridge-lead",
      [Role.PARTNERSHIP_ADMIN, Role.COORDINATOR],
      partnership.id,
    );
    const joined = await lead.query(
      `mutation($id: ID!) { addPartnershipMember(input: { agencyId: $id, role: MEMBER }) { since } }`,
      { id: demoAgencyId("WMP") },
    );
    expect(joined.errors).toBeUndefined();
    const input = { name: "Sam Whitlock", email: "sam.whitlock@wmp.example.org", agencyId: demoAgencyId("WMP") };
    const answer = await lead.query<any>(CREATE_PERSON, { input });
    expectAnswerStands(answer, "createPerson", ["BAD_USER_INPUT", "FORBIDDEN_BY_SHARING_AGREEMENT"]);
    expect(answer.data!.createPerson).toMatchObject({
      name: "Sam Whitlock",
      email: null,
      jobTitle: null,
      agency: { shortName: "WMP" },
    });
    const refused = (field: string) => answer.errors?.find((e) => e.path?.join(".") === `createPerson.${field}`);
    expect(refused("email")?.extensions).toMatchObject({
      code: "FORBIDDEN_BY_SHARING_AGREEMENT",
      category: "PERSONNEL",
    });
    expect(await peopleWith(input.email)).toBe(1);
  });

  /**
   * An agency or person that no longer resolves is null, never half an object: governance answers
   * null for a representation it cannot find, so the gateway nulls the reference (where it is
   * nullable) instead of keeping an object whose non-null `name` then fails.
   */
  describe("an agency or person that no longer resolves", () => {
    const UNKNOWN = "6d1d3c36-56a1-4cc5-9f0e-0b9ad1f1c0aa";

    it("governance answers null for each representation it does not know, and the known ones in full", async () => {
      const governance = t.platform.subgraphs.find((s) => s.name === "governance")!.url;
      const signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
      const members = await t.database.query<{ agency_id: string }>(
        `SELECT agency_id FROM governance.membership WHERE partnership_id = $1`,
        [demoPartnershipId("SANDWELL")],
      );
      const context = await signer.sign({
        userId: "write-answers-test",
        agencyId: demoAgencyId("SMBC"),
        sector: "LOCAL_AUTHORITY",
        roles: [Role.COORDINATOR],
        grants: { [DataCategory.PERSONNEL]: "write-answers-test" },
        partnership: {
          id: demoPartnershipId("SANDWELL"),
          referencePrefix: "SHOP",
          memberAgencyIds: members.map((m) => m.agency_id),
        },
        requestId: "write-answers-test",
      });
      const [helen] = await t.database.query<{ id: string; email: string }>(
        `SELECT id, email FROM governance.person WHERE email = 'helen.marsh@smbc.example.org'`,
      );
      const representations = [
        { __typename: "Agency", id: UNKNOWN },
        { __typename: "Agency", id: demoAgencyId("WMP") },
        { __typename: "Agency", id: "not-an-id" },
        { __typename: "Person", id: UNKNOWN },
        { __typename: "Person", email: "nobody@nowhere.example.org" },
        { __typename: "Person", email: null },
        { __typename: "Person", id: helen.id },
        { __typename: "Person", email: helen.email.toUpperCase() },
      ];
      const answer = await postGraphQL<any>(
        governance,
        `query($representations: [_Any!]!) { _entities(representations: $representations) {
          __typename ... on Agency { id name shortName } ... on Person { id name email agency { shortName } } } }`,
        { representations },
        { [CALLER_CONTEXT_HEADER]: context },
      );
      expect(answer.errors).toBeUndefined();
      const helenAsKnown = {
        __typename: "Person",
        id: helen.id,
        name: "Helen Marsh",
        email: helen.email,
        agency: { shortName: "SMBC" },
      };
      expect(answer.data._entities).toEqual([
        null,
        { __typename: "Agency", id: demoAgencyId("WMP"), name: "West Midlands Police", shortName: "WMP" },
        null,
        null,
        null,
        null,
        helenAsKnown,
        helenAsKnown,
      ]);
    });

    it("through the gateway, a concern whose lead agency is gone answers with leadAgency null, and the rest of it", async () => {
      const coordinator = await t.as("SMBC", Role.COORDINATOR);
      const QUERY = `query($id: ID!) { concern(id: $id) { id reference status leadAgency { id name shortName } } }`;
      const [concern] = await t.database.query(
        `SELECT id, reference FROM cases.concern WHERE lead_agency_id = $1 ORDER BY reference LIMIT 1`,
        [demoAgencyId("SMBC")],
      );
      const before = await coordinator.query<any>(QUERY, { id: concern.id });
      expect(before.data!.concern.leadAgency).toMatchObject({ shortName: "SMBC" });
      // The reference broken underneath: an id the directory has never held.
      await t.database.query(`UPDATE cases.concern SET lead_agency_id = $1 WHERE id = $2`, [UNKNOWN, concern.id]);
      const after = await coordinator.query<any>(QUERY, { id: concern.id });
      expect(after.data!.concern).toEqual({ ...before.data!.concern, leadAgency: null });
      expect(after.errors).toBeUndefined();
    });
  });
});
