import { readFileSync } from "node:fs";
import {
  AgencySector,
  ATTENTION_DAYS,
  CATEGORY_CONTROLLERS,
  DEFAULT_RETENTION,
  retentionSummary,
} from "@partnership/governance";
import {
  DEMO_AGENCIES,
  DEMO_SECOND_AGENCIES,
  type DemoAgreement,
  demoAgreements,
  demoSecondAgreements,
} from "@partnership/governance/seed";
import {
  addDays,
  buildFederatedSchema,
  DATA_CATEGORIES,
  DataCategory,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import { SUBGRAPHS, SUPERGRAPH_PATH } from "@partnership/schema";
import { buildSchema, type GraphQLEnumType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * The record of processing (issue 22, item 5) through the gateway, on the pinned clock: built from
 * the classification of the subgraphs and the agreements in force, each expectation worked out from
 * the demo data's constants and the subgraphs' own code, never from an answer.
 */

const RECORD = `query Record($partnershipId: ID) {
  recordOfProcessing(partnershipId: $partnershipId) {
    partnership { id }
    asOf
    attentionDays
    categories {
      category description shared controllerSectors classifiedFields purposes lawfulBases
      parties { shortName } recipientAgencies { shortName } recipientSectors
      retention { category years months after summary agreement { reference } }
      agreements { reference }
    }
    dueForReview { agreement { reference } date daysLeft }
    expiringSoon { agreement { reference } date daysLeft }
  }
}`;

const CREATE = `mutation Create($input: CreateSharingAgreementInput!) {
  createSharingAgreement(input: $input) { id reference retention { category years months after summary } history { action } }
}`;
const SIGN = `mutation Sign($input: SignSharingAgreementInput!) { signSharingAgreement(input: $input) { status inForce } }`;

const SECTOR_OF = new Map([...DEMO_AGENCIES, ...DEMO_SECOND_AGENCIES].map((a) => [a.shortName, a.sector]));
const SECTORS = Object.values(AgencySector);

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** By code point, as the record orders references. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const inForce = (agreement: DemoAgreement) =>
  agreement.parties.every((p) => agreement.signed.includes(p)) &&
  !agreement.suspendedReason &&
  agreement.startDate <= TEST_TODAY &&
  agreement.endDate >= TEST_TODAY;

/** The record a partnership's demo agreements make, category by category, in DataCategory order. */
function expectedCategories(agreements: DemoAgreement[], classified: Map<string, string[]>) {
  const categoryDescriptions = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true }).getType(
    "DataCategory",
  ) as GraphQLEnumType;
  const current = agreements.filter(inForce).sort((a, b) => compareText(a.reference, b.reference));
  return DATA_CATEGORIES.map((category) => {
    const sharing = current.filter((a) => a.grants.some((g) => g.categories.includes(category)));
    const recipients = new Set<string>();
    const sectors = new Set<string>();
    for (const agreement of sharing) {
      for (const grant of agreement.grants.filter((g) => g.categories.includes(category))) {
        if (grant.agency) recipients.add(grant.agency);
        if (grant.sector) {
          sectors.add(grant.sector);
          agreement.parties.filter((p) => SECTOR_OF.get(p) === grant.sector).forEach((p) => recipients.add(p));
        }
      }
    }
    const names = (shortNames: Iterable<string>) => [...shortNames].sort().map((shortName) => ({ shortName }));
    return {
      category,
      description: categoryDescriptions.getValue(category)!.description,
      shared: sharing.length > 0,
      controllerSectors: [...CATEGORY_CONTROLLERS[category]],
      classifiedFields: classified.get(category) ?? [],
      purposes: [...new Set(sharing.map((a) => a.purpose))],
      lawfulBases: [...new Set(sharing.map((a) => a.lawfulBasis))],
      parties: names(new Set(sharing.flatMap((a) => a.parties))),
      recipientAgencies: names(recipients),
      recipientSectors: SECTORS.filter((sector) => sectors.has(sector)),
      retention: sharing.map((agreement) => {
        const term = agreement.retention.find((t) => t.category === category)!;
        return { ...term, summary: retentionSummary(term), agreement: { reference: agreement.reference } };
      }),
      agreements: sharing.map((a) => ({ reference: a.reference })),
    };
  });
}

/** Agreements not yet expired with a date on or before today + 60 days, earliest first. */
function expectedDeadlines(
  agreements: Array<{ reference: string; endDate: string; reviewDate: string | null }>,
  dateOf: "reviewDate" | "endDate",
) {
  const until = addDays(TEST_TODAY, ATTENTION_DAYS);
  return agreements
    .filter((a) => a.endDate >= TEST_TODAY && a[dateOf] !== null && a[dateOf]! <= until)
    .map((a) => ({
      agreement: { reference: a.reference },
      date: a[dateOf]!,
      daysLeft: daysBetween(TEST_TODAY, a[dateOf]!),
    }))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.agreement.reference, b.agreement.reference));
}

describe("the record of processing", () => {
  let t: TestPlatform;
  let coordinator: Client;
  let admin: Client;
  let agencyIds: Record<string, string>;
  /** Each category's `Type.field`s, from every subgraph's own classification (its code, not the supergraph). */
  const classified = new Map<string, string[]>();

  const rowCounts = async () =>
    (
      await t.database.query(
        `SELECT (SELECT count(*) FROM governance.sharing_agreement)::int AS agreements,
                (SELECT count(*) FROM governance.agreement_party)::int AS parties,
                (SELECT count(*) FROM governance.agreement_grant)::int AS grants,
                (SELECT count(*) FROM governance.agreement_retention)::int AS retention,
                (SELECT count(*) FROM governance.agreement_event)::int AS events`,
      )
    )[0];

  const input = (overrides: Record<string, unknown> = {}) => ({
    reference: `ISA-ROP-${Math.random().toString(36).slice(2, 8)}`,
    title: "Record of processing test agreement",
    purpose: "Supporting potential victims found at disruption visits, for the record of processing test.",
    lawfulBasis: "UK GDPR Art. 6(1)(e); Art. 9(2)(g); DPA 2018 Sch. 1 para 18",
    startDate: "2026-01-01",
    endDate: "2028-12-31",
    reviewDate: "2027-06-30",
    partyAgencyIds: [agencyIds.WMP, agencyIds.HFJ],
    grants: [
      { recipientAgencyId: agencyIds.HFJ, categories: ["CASE_SUMMARY", "SAFEGUARDING"] },
      { recipientSector: "POLICE", categories: ["STATISTICS"] },
    ],
    retention: [
      { category: "CASE_SUMMARY", years: 5, after: "CONCERN_CLOSED" },
      { category: "SAFEGUARDING", years: 7, months: 6, after: "CONCERN_CLOSED" },
      { category: "STATISTICS", years: 12, months: 0, after: "RECORD_CREATED" },
    ],
    ...overrides,
  });

  const signAll = async (agreementId: string, parties: string[]) => {
    for (const party of parties) {
      const signed: any = await (
        await t.as(party, Role.COORDINATOR)
      ).query(SIGN, { input: { agreementId, agencyId: agencyIds[party], signedBy: `Lead officer, ${party}` } });
      expect(signed.errors, JSON.stringify(signed.errors)).toBeUndefined();
    }
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    coordinator = await t.as("WMP", Role.COORDINATOR);
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const agencies: any = await admin.query("{ agencies(first: 100) { nodes { id shortName } } }");
    agencyIds = Object.fromEntries(agencies.data.agencies.nodes.map((a: any) => [a.shortName, a.id]));
    for (const { module } of SUBGRAPHS) {
      const { classification } = await buildFederatedSchema(module.schema);
      for (const [typeName, fields] of classification.sensitive) {
        for (const [fieldName, { category }] of fields) {
          const list = classified.get(category) ?? [];
          if (!list.includes(`${typeName}.${fieldName}`)) list.push(`${typeName}.${fieldName}`);
          classified.set(category, list);
        }
      }
    }
    for (const list of classified.values()) list.sort();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("matches the classification and Sandwell's demo agreements in force today, category by category", async () => {
    const answer: any = await coordinator.query(RECORD);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const record = answer.data.recordOfProcessing;
    expect(record.partnership.id).toBe(demoPartnershipId("SANDWELL"));
    expect(record.asOf).toBe(TEST_TODAY);
    expect(record.attentionDays).toBe(60);
    const expected = expectedCategories(demoAgreements(TEST_TODAY), classified);
    expect(record.categories.map((c: any) => c.category)).toEqual(DATA_CATEGORIES);
    for (const [index, entry] of record.categories.entries()) expect(entry, entry.category).toEqual(expected[index]);
    // The demo shares something of every category but COMMERCIAL (contracts stay with procurement).
    expect(record.categories.filter((c: any) => !c.shared).map((c: any) => c.category)).toEqual(["COMMERCIAL"]);
    const victims = record.categories.find((c: any) => c.category === "VICTIM_IDENTITY");
    expect(victims.retention.map((r: any) => r.summary)).toEqual([
      "6 years after the concern closes",
      "6 years after the concern closes",
    ]);
    expect(victims.classifiedFields.length).toBeGreaterThan(0);
  });

  it("lists the agreements due for review or ending within 60 days of today (the demo's suspended health agreement's review is overdue)", async () => {
    const answer: any = await coordinator.query(RECORD);
    const demo = demoAgreements(TEST_TODAY);
    expect(answer.data.recordOfProcessing.dueForReview).toEqual(expectedDeadlines(demo, "reviewDate"));
    expect(answer.data.recordOfProcessing.dueForReview).toContainEqual({
      agreement: { reference: "ISA-HEALTH-2021-06" },
      date: "2025-04-01",
      daysLeft: -619,
    });
    expect(answer.data.recordOfProcessing.expiringSoon).toEqual(expectedDeadlines(demo, "endDate"));

    // On the pinned day: an end on day 60 is listed, on day 61 not; a review today is due in 0 days;
    // an agreement that ended yesterday is expired and needs no attention.
    const created: Array<{ reference: string; endDate: string; reviewDate: string | null }> = [];
    for (const dates of [
      { startDate: "2026-01-01", endDate: addDays(TEST_TODAY, 60), reviewDate: TEST_TODAY },
      { startDate: "2026-01-01", endDate: addDays(TEST_TODAY, 61), reviewDate: addDays(TEST_TODAY, 61) },
      { startDate: "2025-01-01", endDate: addDays(TEST_TODAY, -1), reviewDate: "2025-06-01" },
      { startDate: "2026-01-01", endDate: addDays(TEST_TODAY, 30), reviewDate: null },
    ]) {
      const made: any = await admin.query(CREATE, { input: input(dates) });
      expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
      created.push({ reference: made.data.createSharingAgreement.reference, ...dates });
    }
    const after: any = await coordinator.query(RECORD);
    const all = [...demo, ...created];
    const { dueForReview, expiringSoon } = after.data.recordOfProcessing;
    expect(dueForReview).toEqual(expectedDeadlines(all, "reviewDate"));
    expect(expiringSoon).toEqual(expectedDeadlines(all, "endDate"));
    expect(expiringSoon.map((d: any) => d.agreement.reference)).toEqual([created[3]!.reference, created[0]!.reference]);
    expect(expiringSoon.map((d: any) => d.daysLeft)).toEqual([30, 60]);
    expect(dueForReview.find((d: any) => d.agreement.reference === created[0]!.reference).daysLeft).toBe(0);
    // Drafts are listed (they need attention too) but share nothing: the categories are unchanged.
    expect(after.data.recordOfProcessing.categories).toEqual(answer.data.recordOfProcessing.categories);
  });

  it("shows an agreement's retention terms once every party has signed it, and keeps the default schedule when none are stated", async () => {
    const made: any = await admin.query(CREATE, { input: input() });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const agreement = made.data.createSharingAgreement;
    expect(agreement.retention).toEqual([
      {
        category: "CASE_SUMMARY",
        years: 5,
        months: 0,
        after: "CONCERN_CLOSED",
        summary: "5 years after the concern closes",
      },
      {
        category: "SAFEGUARDING",
        years: 7,
        months: 6,
        after: "CONCERN_CLOSED",
        summary: "7 years and 6 months after the concern closes",
      },
      {
        category: "STATISTICS",
        years: 12,
        months: 0,
        after: "RECORD_CREATED",
        summary: "12 years after the record is made",
      },
    ]);
    expect(agreement.history).toEqual([{ action: "CREATED" }]);

    const draft: any = await coordinator.query(RECORD);
    const inDraft = draft.data.recordOfProcessing.categories.flatMap((c: any) => c.agreements);
    expect(inDraft).not.toContainEqual({ reference: agreement.reference });

    await signAll(agreement.id, ["WMP", "HFJ"]);
    const record: any = await coordinator.query(RECORD);
    const entry = (category: string) =>
      record.data.recordOfProcessing.categories.find((c: any) => c.category === category);
    const safeguarding = entry("SAFEGUARDING");
    expect(safeguarding.agreements).toContainEqual({ reference: agreement.reference });
    expect(safeguarding.retention).toContainEqual({
      category: "SAFEGUARDING",
      years: 7,
      months: 6,
      after: "CONCERN_CLOSED",
      summary: "7 years and 6 months after the concern closes",
      agreement: { reference: agreement.reference },
    });
    expect(safeguarding.purposes).toContain(input().purpose);
    expect(safeguarding.lawfulBases).toContain(input().lawfulBasis);
    expect(safeguarding.recipientAgencies).toContainEqual({ shortName: "HFJ" });
    const statistics = entry("STATISTICS");
    expect(statistics.retention).toContainEqual(
      expect.objectContaining({ years: 12, after: "RECORD_CREATED", agreement: { reference: agreement.reference } }),
    );
    // Granted to the police sector: reaches the agreement's police party, not other police members.
    expect(statistics.recipientSectors).toContain("POLICE");
    expect(entry("COMMERCIAL").agreements).toEqual([]);

    const unstated: any = await admin.query(CREATE, { input: input({ retention: undefined }) });
    expect(unstated.errors, JSON.stringify(unstated.errors)).toBeUndefined();
    expect(unstated.data.createSharingAgreement.retention).toEqual(
      [DataCategory.CASE_SUMMARY, DataCategory.SAFEGUARDING, DataCategory.STATISTICS].map((category) => {
        const term = { category, ...DEFAULT_RETENTION[category] };
        return { ...term, summary: retentionSummary(term) };
      }),
    );
  });

  describe("refuses bad retention terms, naming the field, and writes nothing", () => {
    const cases: Array<[string, (terms: any[]) => any[], string]> = [
      [
        "a negative period",
        (terms) => terms.map((x, i) => (i === 2 ? { ...x, years: -1 } : x)),
        "input.retention[2].years",
      ],
      [
        "more than 100 years",
        (terms) => terms.map((x, i) => (i === 2 ? { ...x, years: 101 } : x)),
        "input.retention[2].years",
      ],
      ["12 months", (terms) => terms.map((x, i) => (i === 1 ? { ...x, months: 12 } : x)), "input.retention[1].months"],
      ["a granted category without a term", (terms) => terms.slice(0, 2), "input.retention"],
      ["no terms at all (an empty list)", () => [], "input.retention"],
      ["two terms for one category", (terms) => [...terms, { ...terms[0], years: 2 }], "input.retention[3].category"],
      [
        "a term for a category the agreement does not grant",
        (terms) => [...terms, { category: "HEALTH", years: 8, after: "CONCERN_CLOSED" }],
        "input.retention[3].category",
      ],
      [
        "an event the category's records do not have",
        (terms) => terms.map((x, i) => (i === 2 ? { ...x, after: "CONCERN_CLOSED" } : x)),
        "input.retention[2].after",
      ],
    ];
    for (const [label, change, field] of cases) {
      it(label, async () => {
        const before = await rowCounts();
        const base = input();
        const refused: any = await admin.query(CREATE, { input: { ...base, retention: change(base.retention) } });
        expect(refused.errors?.[0]?.extensions, JSON.stringify(refused.errors)).toMatchObject({
          code: "BAD_USER_INPUT",
          field,
        });
        expect(refused.data?.createSharingAgreement ?? null).toBeNull();
        expect(await rowCounts()).toEqual(before);
      });
    }
  });

  it("is refused to roles without access, and another partnership's is FORBIDDEN", async () => {
    for (const role of [Role.CASEWORKER, Role.READ_ONLY, Role.TRAINING_ADMIN]) {
      const refused: any = await (await t.as("WMP", role)).query(RECORD);
      expect(refused.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
      expect(refused.data?.recordOfProcessing ?? null).toBeNull();
    }
    for (const role of [Role.AUDITOR, Role.PARTNERSHIP_ADMIN, Role.DATA_PROTECTION_OFFICER]) {
      const allowed: any = await (await t.as("SMBC", role)).query(RECORD);
      expect(allowed.errors, role).toBeUndefined();
    }
    const own: any = await coordinator.query(RECORD, { partnershipId: demoPartnershipId("SANDWELL") });
    expect(own.errors).toBeUndefined();
    const other: any = await coordinator.query(RECORD, { partnershipId: demoPartnershipId("TAME") });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "partnershipId" });
    expect(other.data?.recordOfProcessing ?? null).toBeNull();
  });

  it("acting in the other partnership, gives that partnership's record and nothing of Sandwell's", async () => {
    const tame = await t.asIn("TAME", "WMP", Role.COORDINATOR);
    const answer: any = await tame.query(RECORD);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const record = answer.data.recordOfProcessing;
    expect(record.partnership.id).toBe(demoPartnershipId("TAME"));
    const expected = expectedCategories(demoSecondAgreements(TEST_TODAY), classified);
    for (const [index, entry] of record.categories.entries()) expect(entry, entry.category).toEqual(expected[index]);
    const references = JSON.stringify(record).match(/ISA-[A-Z0-9-]+/g) ?? [];
    expect(new Set(references)).toEqual(new Set(demoSecondAgreements(TEST_TODAY).map((a) => a.reference)));
  });

  it("costs governance the same SQL statements for one agreement in force as for many", async () => {
    const governance = t.platform.subgraphs.find((s) => s.name === "governance")!;
    const cost = async (client: Client) => {
      const once = async () => {
        const before = governance.statements!();
        const answer: any = await client.query(RECORD);
        expect(answer.errors).toBeUndefined();
        return governance.statements!() - before;
      };
      return Math.min(await once(), await once(), await once());
    };
    const sandwell = await cost(coordinator);
    const tame = await cost(await t.asIn("TAME", "WMP", Role.COORDINATOR));
    expect(sandwell).toBe(tame);
    expect(sandwell).toBeLessThanOrEqual(8);
  });
});
