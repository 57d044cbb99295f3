import { Readable } from "node:stream";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HARDENING } from "@partnership/gateway";
import { type Client, PARTNERSHIP_HEADER, startTestPlatform, type TestPlatform } from "../support/platform.js";
import { registryFile, registryRow } from "../support/registry-file.js";

/**
 * Changing a supplier (updateSupplier), and the registry file streamed to
 * POST /procurement/registry-import: the same caller checks, import and report as the mutation.
 */

let t: TestPlatform;
let officer: Client;
let partnershipId: string;
const UPLOAD = "/procurement/registry-import";
const PERIOD = { start: "2025-04-01", end: "2026-03-31", approved: "2026-06-30" };

/**
 * 3 MB by default; `REGISTRY_UPLOAD_MB=50 npx vitest run platform/test/e2e/procurement-writes.test.ts -t streams`
 * measures a file the size of the real export, printing its size and time.
 */
const megabytes = Number(process.env.REGISTRY_UPLOAD_MB ?? 3);

beforeAll(async () => {
  t = await startTestPlatform();
  officer = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
  partnershipId = (await officer.query<{ actingPartnership: { id: string } }>(`{ actingPartnership { id } }`)).data!
    .actingPartnership.id;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

async function upload(client: Client, body: BodyInit, contentType = "text/csv") {
  const response = await fetch(new URL(UPLOAD, t.gatewayUrl), {
    method: "POST",
    headers: {
      "content-type": contentType,
      ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
      [PARTNERSHIP_HEADER]: partnershipId,
    },
    body,
    duplex: "half",
  } as RequestInit);
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

const supplierId = async (companyNumber: string) =>
  (
    await t.database.query<{ id: string }>(`SELECT id FROM procurement.supplier WHERE company_number = $1`, [
      companyNumber,
    ])
  )[0]!.id;

describe("updateSupplier", () => {
  const UPDATE = `mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) {
    id name companyNumber sector turnoverBand website workforceTraits statementCheck { required } risk { rating } } }`;
  const input = (id: string, change: Record<string, unknown> = {}) => ({
    supplierId: id,
    name: "Sandwell Sparkle Hand Car Wash Ltd",
    sector: "CAR_WASH",
    turnoverBand: "FROM_36M_TO_60M",
    financialYearEnd: "03-31",
    website: "https://sparkle.example.com",
    workforceTraits: ["MIGRANT_WORKERS"],
    location: "UK",
    commodities: [],
    ...change,
  });

  it("changes the details, keeps the company number, and rates the supplier again", async () => {
    const id = await supplierId("90000101");
    const result = await officer.query(UPDATE, { input: input(id) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateSupplier).toMatchObject({
      id,
      companyNumber: "90000101",
      turnoverBand: "FROM_36M_TO_60M",
      website: "https://sparkle.example.com",
      workforceTraits: ["MIGRANT_WORKERS"],
      // £36 million or more: a statement is now required.
      statementCheck: { required: true },
    });
    const [row] = await t.database.query<Record<string, unknown>>(
      `SELECT turnover_band, website, workforce_traits, company_number FROM procurement.supplier WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      turnover_band: "FROM_36M_TO_60M",
      website: "https://sparkle.example.com",
      workforce_traits: ["MIGRANT_WORKERS"],
      company_number: "90000101",
    });
  });

  it("names the field of a bad value and of an unknown supplier, and writes nothing", async () => {
    const id = await supplierId("90000102");
    const before = await t.database.query(`SELECT * FROM procurement.supplier WHERE id = $1`, [id]);
    const badSite = await officer.query(UPDATE, { input: input(id, { website: "not a site" }) });
    expect(badSite.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.website" });
    const blank = await officer.query(UPDATE, { input: input(id, { name: "   " }) });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
    const unknown = await officer.query(UPDATE, { input: input("00000000-0000-4000-8000-000000000000") });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supplierId" });
    expect(await t.database.query(`SELECT * FROM procurement.supplier WHERE id = $1`, [id])).toEqual(before);
  });

  it("is refused to a caseworker", async () => {
    const caseworker = await t.as("WMP", Role.CASEWORKER);
    const result = await caseworker.query(UPDATE, { input: input(await supplierId("90000103")) });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("POST /procurement/registry-import", () => {
  const count = async () =>
    Number(
      (await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM procurement.modern_slavery_statement`))[0]!.n,
    );

  it(
    "streams a file over the GraphQL body cap through the import, with the mutation's report",
    { timeout: 30_000 + megabytes * 4_000 },
    async () => {
      const ours = [
        registryRow("90000104", "Oldbury Office Cleaning Group plc", PERIOD.start, PERIOD.end, PERIOD.approved),
      ];
      const file = registryFile(megabytes * 1_000_000, ours, PERIOD);
      let bytes = 0;
      const body = file.stream().map((chunk: string) => {
        bytes += Buffer.byteLength(chunk);
        return chunk;
      });
      const started = performance.now();
      const result = await upload(officer, Readable.toWeb(body) as unknown as BodyInit);
      const seconds = (performance.now() - started) / 1000;
      console.info(
        `registry upload: ${(bytes / 1_000_000).toFixed(1)} MB, ${file.lines} lines, ${seconds.toFixed(1)} s`,
      );
      expect(bytes).toBeGreaterThan(DEFAULT_HARDENING.maxBodyBytes * 2);
      expect(result.status).toBe(200);
      expect(result.json.report).toMatchObject({
        rowsRead: file.lines - 1,
        matched: 1,
        unmatched: file.lines - 3,
        rejected: 1,
      });
      expect(result.json.report.changes[0]).toMatchObject({ line: 2, companyNumber: "90000104" });
      expect(result.json.report.rejections[0]).toMatchObject({ line: 3, companyNumber: "20000000" });
      expect(result.json.report.unmatchedRows).toHaveLength(100);
      const [statement] = await t.database.query<{ url: string; source: string }>(
        `SELECT st.url, st.source FROM procurement.modern_slavery_statement st JOIN procurement.supplier s ON s.id = st.supplier_id
          WHERE s.company_number = '90000104' AND st.period_end = $1`,
        [PERIOD.end],
      );
      expect(statement).toEqual({ url: "https://90000104.example.com/modern-slavery-statement", source: "REGISTRY" });
    },
  );

  it("still refuses a GraphQL body over the cap: only the upload takes a large body", async () => {
    const text = registryFile(DEFAULT_HARDENING.maxBodyBytes + 10_000, [], PERIOD).text();
    const result = await officer.query(`mutation($csv: String!) { importRegistryStatements(csv: $csv) { rowsRead } }`, {
      csv: text,
    });
    expect(result.status).toBe(413);
  });

  it("a file that cannot be read saves nothing, and says why", async () => {
    const before = await count();
    const ours = [
      registryRow("90000106", "Rowley Regis Digital Services Ltd", PERIOD.start, PERIOD.end, PERIOD.approved),
    ];
    const good = registryFile(200_000, ours, PERIOD).text();
    // An unterminated quote near the end: the rows before it were read, and are rolled back.
    const result = await upload(officer, `${good}2026,"Broken Quote Ltd,20999999,https://x.example.com`);
    expect(result.status).toBe(400);
    expect(result.json.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "csv" } });
    expect(result.json.errors[0].message).toMatch(/cannot be read as CSV/);
    expect(await count()).toBe(before);
    const headless = await upload(officer, "Name,Number\nA,1\n");
    expect(headless.status).toBe(400);
    expect(headless.json.errors[0].message).toMatch(/lacks the column\(s\) CompanyNumber/);
  });

  it("authenticates as GraphQL does, refuses other roles with the mutation's audit row, and takes only text/csv", async () => {
    const file = "CompanyNumber,StatementURL,StatementStartDate,StatementEndDate\n";
    expect((await upload(t.anonymous, file)).status).toBe(401);
    expect((await upload(officer, file, "application/json")).status).toBe(415);
    const caseworker = await t.as("SMBC", Role.COORDINATOR);
    const refused = await upload(caseworker, file);
    expect(refused.status).toBe(403);
    expect(refused.json.errors[0].extensions.code).toBe("FORBIDDEN");
    const rows = await t.database.query<{ outcome: string; reason: string; operation: string }>(
      `SELECT outcome, reason, operation FROM procurement.audit_event
        WHERE field = 'importRegistryStatements' AND user_id = $1`,
      [`demo:smbc:coordinator`],
    );
    expect(rows).toEqual([{ outcome: "DENIED", reason: "MISSING_ROLE", operation: "RegistryImportUpload" }]);
  });
});
