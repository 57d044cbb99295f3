import { demoAgencyId } from "@partnership/governance";
import { demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * The register of data subjects' requests (issue #22): each request is due one calendar month
 * after receipt on the platform clock (the last day of the month when it has no such day), may be
 * extended by up to two further months with a reason within that first month, and is completed or
 * refused; data protection officers only, scoped like the audit (their own agency's requests, the
 * chair's officer every one). And its export: everything held about the subject, as JSON and as a
 * readable PDF, values that may be exempt marked for review, never dropped.
 */
const HFJ = demoAgencyId("HFJ");
const SANDWELL = demoPartnershipId("SANDWELL");

const REQUEST_FIELDS = `id kind subject status receivedOn dueOn extensionMonths extensionReason completedOn outcome
  daysLeft overdue recordedByUserId madeTo { shortName } recordedByAgency { shortName }
  search { name dateOfBirth email reference }`;
const RECORD = `mutation($input: RecordSubjectRequestInput!) { recordSubjectRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const EXTEND = `mutation($input: ExtendSubjectRequestInput!) { extendSubjectRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const COMPLETE = `mutation($input: CompleteSubjectRequestInput!) { completeSubjectRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const ONE = `query($id: ID!) { subjectRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const LIST = `query($status: SubjectRequestStatus, $dueBefore: LocalDate, $after: String) {
  subjectRequests(status: $status, dueBefore: $dueBefore, first: 100, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id dueOn overdue daysLeft status } } }`;

const request = (overrides: Record<string, unknown> = {}) => ({
  kind: "ACCESS",
  subject: "Former tenant of a house in multiple occupation, asked by letter",
  search: { name: "Ambrose Quillfeather" },
  receivedOn: TEST_TODAY,
  ...overrides,
});

/** The text a PDF shows: pdfkit writes each run of text as hex strings in a TJ array (uncompressed here). */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const [, array] of source.matchAll(/\[([^\]]*)\]\s*TJ/g))
    lines.push(
      [...array!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex!, "hex").toString("latin1")).join(""),
    );
  return lines.join("\n");
}

describe("the register of data subjects' requests", () => {
  let t: TestPlatform;
  let policeDpo: Client;
  let ngoDpo: Client;
  let chairDpo: Client;

  const count = async () =>
    (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM governance.subject_request`))[0]!.n;

  const ok = async <T = any>(client: Client, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await client.query<any>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data!)[0] as T;
  };

  /** A write refused with `code` naming `field`, nothing written. */
  const refused = async (
    client: Client,
    query: string,
    variables: Record<string, unknown>,
    field: string | null,
    code = "BAD_USER_INPUT",
  ) => {
    const before = await count();
    const result = await client.query<any>(query, variables);
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
      code,
      ...(field ? { field } : {}),
    });
    expect(await count()).toBe(before);
    return result.errors![0]!;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    policeDpo = await t.as("WMP", Role.DATA_PROTECTION_OFFICER);
    ngoDpo = await t.as("HFJ", Role.DATA_PROTECTION_OFFICER);
    chairDpo = await t.as("SMBC", Role.DATA_PROTECTION_OFFICER);
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("due dates on the platform clock", () => {
    it("a request received today is due one calendar month later; one received after today is refused", async () => {
      const recorded = await ok(policeDpo, RECORD, {
        input: request({ search: { name: "Ambrose", email: "A.Q@Example.org" } }),
      });
      expect(recorded).toMatchObject({
        kind: "ACCESS",
        status: "OPEN",
        receivedOn: "2026-12-11",
        dueOn: "2027-01-11",
        daysLeft: 31,
        overdue: false,
        extensionMonths: 0,
        completedOn: null,
        madeTo: { shortName: "WMP" },
        recordedByAgency: { shortName: "WMP" },
        search: { name: "Ambrose", dateOfBirth: null, email: "a.q@example.org", reference: null },
      });
      await refused(policeDpo, RECORD, { input: request({ receivedOn: "2027-01-31" }) }, "input.receivedOn");
    });

    it("received on 31 October, due on 30 November: overdue today, and first in the list of requests due", async () => {
      const late = await ok(policeDpo, RECORD, { input: request({ receivedOn: "2026-10-31" }) });
      expect(late).toMatchObject({ dueOn: "2026-11-30", overdue: true, daysLeft: -11, status: "OPEN" });
      const due = await ok(policeDpo, LIST, { status: "OPEN", dueBefore: "2026-12-12" });
      expect(due.nodes.map((n: any) => n.id)).toContain(late.id);
      expect(due.nodes.every((n: any) => n.dueOn < "2026-12-12" && n.status === "OPEN")).toBe(true);
      const all = await ok(policeDpo, LIST, {});
      const dues = all.nodes.map((n: any) => n.dueOn);
      expect(dues).toEqual([...dues].sort());
      expect(all.nodes[0].id).toBe(late.id);
      expect(all.nodes.some((n: any) => n.dueOn === "2027-01-11")).toBe(true);
    });

    it("is extended by up to two further months in all, with a reason, and only within the first month", async () => {
      const open = await ok(policeDpo, RECORD, { input: request() });
      const reason = "Complex: records held by three services, two of them archived.";
      const once = await ok(policeDpo, EXTEND, { input: { id: open.id, months: 1, reason } });
      expect(once).toMatchObject({ dueOn: "2027-02-11", extensionMonths: 1, extensionReason: reason, daysLeft: 62 });
      await refused(policeDpo, EXTEND, { input: { id: open.id, months: 2, reason } }, "input.months");
      await refused(policeDpo, EXTEND, { input: { id: open.id, months: 3, reason } }, "input.months");
      await refused(policeDpo, EXTEND, { input: { id: open.id, months: 1, reason: "Busy" } }, "input.reason");
      const twice = await ok(policeDpo, EXTEND, { input: { id: open.id, months: 1, reason } });
      expect(twice).toMatchObject({ dueOn: "2027-03-11", extensionMonths: 2 });

      const late = await ok(policeDpo, RECORD, { input: request({ receivedOn: "2026-10-31" }) });
      await refused(policeDpo, EXTEND, { input: { id: late.id, months: 1, reason } }, "input.id");
      expect((await ok(policeDpo, ONE, { id: late.id })).dueOn).toBe("2026-11-30");
    });

    it("is completed, or refused with the reason, on a day between its receipt and today; then it changes no more", async () => {
      const open = await ok(policeDpo, RECORD, { input: request({ receivedOn: "2026-11-20" }) });
      const answer = { id: open.id, completedOn: "2026-12-10", outcome: "Copy of the records sent by recorded post." };
      await refused(policeDpo, COMPLETE, { input: { ...answer, completedOn: "2026-12-12" } }, "input.completedOn");
      await refused(policeDpo, COMPLETE, { input: { ...answer, completedOn: "2026-11-19" } }, "input.completedOn");
      const done = await ok(policeDpo, COMPLETE, { input: answer });
      expect(done).toMatchObject({ status: "COMPLETED", completedOn: "2026-12-10", daysLeft: null, overdue: false });
      expect(done.outcome).toBe(answer.outcome);
      await refused(policeDpo, COMPLETE, { input: answer }, "input.id");
      const reason = "Complex: records held by three services, two of them archived.";
      await refused(policeDpo, EXTEND, { input: { id: open.id, months: 1, reason } }, "input.id");

      const excessive = await ok(policeDpo, RECORD, { input: request({ receivedOn: "2026-10-31" }) });
      const refusedOne = await ok(policeDpo, COMPLETE, {
        input: {
          id: excessive.id,
          completedOn: TEST_TODAY,
          outcome: "Manifestly excessive: the fourth identical request this month.",
          refused: true,
        },
      });
      expect(refusedOne).toMatchObject({ status: "REFUSED", overdue: false });
      const open_ = await ok(policeDpo, LIST, { status: "OPEN" });
      expect(open_.nodes.map((n: any) => n.id)).not.toContain(excessive.id);
      const closed = await ok(policeDpo, LIST, { status: "REFUSED" });
      expect(closed.nodes.map((n: any) => n.id)).toEqual([excessive.id]);
    });
  });

  describe("validation names the field", () => {
    it("a search with no condition, a short name, a bad email or date; a short subject", async () => {
      await refused(policeDpo, RECORD, { input: request({ search: {} }) }, "input.search");
      await refused(policeDpo, RECORD, { input: request({ search: { name: null, email: null } }) }, "input.search");
      await refused(policeDpo, RECORD, { input: request({ search: { name: "Q" } }) }, "input.search.name");
      await refused(policeDpo, RECORD, { input: request({ search: { name: "  Q  " } }) }, "input.search.name");
      await refused(
        policeDpo,
        RECORD,
        { input: request({ search: { name: "   ", reference: " " } }) },
        "input.search.name",
      );
      await refused(policeDpo, RECORD, { input: request({ search: { email: "not an email" } }) }, "input.search.email");
      await refused(policeDpo, RECORD, { input: request({ subject: "Q" }) }, "input.subject");
      const badDate = await policeDpo.query<any>(RECORD, { input: request({ search: { dateOfBirth: "1990-02-30" } }) });
      expect(badDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const unknown = await policeDpo.query<any>(EXTEND, {
        input: { id: "6d1d3c36-56a1-4cc5-9f0e-0b9ad1f1c0aa", months: 1, reason: "A reason long enough." },
      });
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("who may", () => {
    it("only a data protection officer: a coordinator, an auditor or a caseworker is FORBIDDEN, and nothing is written", async () => {
      for (const role of [Role.COORDINATOR, Role.AUDITOR, Role.CASEWORKER, Role.PARTNERSHIP_ADMIN]) {
        const other = await t.as("SMBC", role);
        const error = await refused(other, RECORD, { input: request() }, null, "FORBIDDEN");
        expect(error.message).toMatch(/needs one of the roles DATA_PROTECTION_OFFICER/);
        const list = await other.query<any>(LIST, {});
        expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    });

    it("an officer sees and answers their own agency's requests; the chair's officer every one of the partnership", async () => {
      const police = await ok(policeDpo, RECORD, { input: request() });
      expect(await ok(ngoDpo, ONE, { id: police.id })).toBeNull();
      expect((await ok(ngoDpo, LIST, {})).nodes.map((n: any) => n.id)).not.toContain(police.id);
      const reason = "Complex: records held by three services, two of them archived.";
      await refused(ngoDpo, EXTEND, { input: { id: police.id, months: 1, reason } }, null, "NOT_FOUND");
      await refused(
        ngoDpo,
        COMPLETE,
        { input: { id: police.id, completedOn: TEST_TODAY, outcome: "Not ours to answer." } },
        null,
        "NOT_FOUND",
      );
      expect((await ok(chairDpo, ONE, { id: police.id })).id).toBe(police.id);
      const everyone = await ok(chairDpo, LIST, {});
      expect(everyone.totalCount).toBe(await count());

      // Another agency's request is recorded only by the chair's officer.
      await refused(
        policeDpo,
        RECORD,
        { input: request({ madeToAgencyId: HFJ }) },
        "input.madeToAgencyId",
        "FORBIDDEN",
      );
      const forNgo = await ok(chairDpo, RECORD, { input: request({ madeToAgencyId: HFJ }) });
      expect(forNgo.madeTo.shortName).toBe("HFJ");
      expect(forNgo.recordedByAgency.shortName).toBe("SMBC");
      expect((await ok(ngoDpo, ONE, { id: forNgo.id })).id).toBe(forNgo.id);
      expect(await ok(policeDpo, ONE, { id: forNgo.id })).toBeNull();
    });

    it("a request is the partnership's it was recorded in: the same officer acting in another partnership does not see it", async () => {
      const police = await ok(policeDpo, RECORD, { input: request() });
      const inTame = await t.asIn("TAME", "WMP", Role.DATA_PROTECTION_OFFICER);
      expect(await ok(inTame, ONE, { id: police.id })).toBeNull();
      expect((await ok(inTame, LIST, {})).nodes).toEqual([]);
    });
  });

  describe("the export of everything held about the subject", () => {
    const NAME = "Zephyrine Abernathy-Quist";
    let requestId: string;
    let concernReference: string;

    const download = (client: Client, id: string, format: string, partnershipId = SANDWELL) =>
      fetch(new URL(`/subject-requests/${id}/export.${format}`, t.gatewayUrl), {
        headers: {
          ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
          "x-partnership-id": partnershipId,
        },
      });

    beforeAll(async () => {
      const police = await t.as("WMP", Role.CASEWORKER);
      const concern = await ok(
        police,
        `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id reference } }`,
        {
          input: {
            receivedOn: "2026-06-02",
            source: "POLICE",
            exploitationTypes: ["LABOUR"],
            participatingAgencyIds: [HFJ],
            intelligenceSummary: "Intelligence: workers moved between car washes nightly by a known driver.",
            location: { type: "NOT_KNOWN" },
          },
        },
      );
      concernReference = concern.reference;
      await ok(
        police,
        `mutation($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`,
        {
          concernId: concern.id,
          input: {
            screenedOn: "2026-06-10",
            ageGroup: "ADULT",
            gender: "FEMALE",
            nationality: "Albanian",
            exploitationType: "LABOUR",
            fullName: NAME,
            dateOfBirth: "1994-03-05",
          },
        },
      );
      // The support charity reads her record under its agreement: a reader the export must name.
      const ngo = await t.as("HFJ", Role.CASEWORKER);
      const read = await ok(ngo, `query($id: ID!) { concern(id: $id) { potentialVictims { fullName } } }`, {
        id: concern.id,
      });
      expect(read.potentialVictims.map((v: any) => v.fullName)).toContain(NAME);
      requestId = (
        await ok(chairDpo, RECORD, {
          input: request({
            subject: "Woman screened at a car wash, asked through her solicitor",
            search: { name: "Zephyrine" },
          }),
        })
      ).id;
    });

    it("JSON: the request, and every record each service holds about the subject with every value, its agreements, readers and review marks", async () => {
      const response = await download(chairDpo, requestId, "json");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="subject-access-${requestId}.json"`,
      );
      const body = (await response.json()) as any;
      expect(body.request).toMatchObject({
        id: requestId,
        kind: "ACCESS",
        dueOn: "2027-01-11",
        search: { name: "Zephyrine" },
      });
      expect(body.generatedOn).toBe(TEST_TODAY);
      expect(Object.keys(body.services).sort()).toEqual(["cases", "governance", "procurement", "training"]);

      const records = body.services.cases as any[];
      const victim = records.find((r) => r.entityType === "PotentialVictim");
      expect(victim).toBeDefined();
      expect(victim.service).toBe("cases");
      expect(victim.recordedAt).toBeTruthy();
      const name = victim.values.find((v: any) => v.field === "fullName");
      expect(JSON.parse(name.value)).toBe(NAME);
      expect(name.category).toBe("VICTIM_IDENTITY");
      expect(name.sharedUnder.length).toBeGreaterThan(0);
      expect(victim.values.find((v: any) => v.field === "dateOfBirth").value).toContain("1994-03-05");
      const ngoReads = victim.readers.filter((r: any) => r.agencyId === HFJ && r.field === "fullName");
      expect(ngoReads.length).toBeGreaterThan(0);
      expect(ngoReads[0].agency).toMatch(/\(HFJ\)$/);
      expect(name.sharedUnder).toContain(ngoReads[0].agreementId);
      expect(body.agreements[ngoReads[0].agreementId].reference).toBeTruthy();

      const concern = records.find((r) => r.entityType === "Concern");
      expect(concern.description).toContain(concernReference);
      const intelligence = concern.values.find((v: any) => v.field === "intelligenceSummary");
      expect(intelligence.review).toBe("CRIME_AND_TAXATION");
      expect(intelligence.reviewNote).toMatch(/^FOR DPO REVIEW: police intelligence: the crime and taxation exemption/);
      expect(JSON.parse(intelligence.value)).toContain("known driver");
      for (const value of records.flatMap((r) => r.values))
        expect(value.reviewNote === null).toBe(value.review === null);

      const values = records.flatMap((r) => r.values);
      expect(body.summary.cases).toEqual({
        records: records.length,
        values: values.length,
        forReview: values.filter((v: any) => v.review).length,
      });
      expect(body.summary.cases.forReview).toBeGreaterThan(0);
    });

    it("PDF: a readable document with the request, the subject's values and the review marks", async () => {
      const response = await download(chairDpo, requestId, "pdf");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="subject-access-${requestId}.pdf"`,
      );
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = pdfText(pdf);
      expect(text).toContain("Data subject request");
      expect(text).toContain("Woman screened at a car wash");
      expect(text).toContain(NAME);
      expect(text).toContain("1994-03-05");
      expect(text).toContain(concernReference);
      expect(text).toContain("FOR DPO REVIEW: police intelligence");
      expect(text).toContain("Who read it");
      expect(text).toContain("(HFJ)");
    });

    it("refused without the role (403), outside the officer's scope or unknown (404), without a token (401): no document", async () => {
      for (const format of ["json", "pdf"]) {
        const coordinator = await download(await t.as("SMBC", Role.COORDINATOR), requestId, format);
        expect(coordinator.status).toBe(403);
        expect(coordinator.headers.get("content-type")).toMatch(/^application\/json/);
        const body = (await coordinator.json()) as any;
        expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
        expect(JSON.stringify(body)).not.toContain("Zephyrine");

        expect((await download(ngoDpo, requestId, format)).status).toBe(404);
        expect((await download(chairDpo, "6d1d3c36-56a1-4cc5-9f0e-0b9ad1f1c0aa", format)).status).toBe(404);
        expect((await download(t.anonymous, requestId, format)).status).toBe(401);
      }
      expect((await download(chairDpo, requestId, "csv")).status).toBe(404);
    });
  });
});
