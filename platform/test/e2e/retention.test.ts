import { spawn } from "node:child_process";
import path from "node:path";
import { applyRetention, cases, type RetentionActionReport } from "@partnership/cases";
import { demoAgencyId, governance, retentionTermsOfPartnerships } from "@partnership/governance";
import { demoPartnershipId, openDataSource, Role } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRetention } from "../../src/retention.js";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform, testClock } from "../support/platform.js";

/**
 * The retention run on the platform clock (issue #22): on TEST_TODAY (2026-12-11) the demo year's
 * concerns closed before 2020-12-11 have passed the Sandwell agreements' 6 years for victims'
 * identity, premises' addresses and police intelligence (safeguarding notes are kept 8 years under
 * ISA-HEALTH-2021-06, offenders 10 under ISA-SHOP-2019-01). They are anonymised, one on legal hold
 * is not, a dry run changes nothing, the 2019/20 annual report is the same, a second run does nothing.
 */
const ROOT = path.resolve(__dirname, "..", "..", "..");
const CLI = path.join(ROOT, "platform/dist/retention-cli.js");
const YEAR = { from: "2019-04-01", to: "2020-03-31" };
const WMP = demoAgencyId("WMP");
const SANDWELL = demoPartnershipId("SANDWELL");
/** Six years before TEST_TODAY: concerns closed before it are due. */
const SIX_YEARS_AGO = "2020-12-11";

const PLACE = `mutation Place($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) {
  id kind reason until active placedBy: placedByUser placedByAgency { id } releasedAt } }`;
const RELEASE = `mutation Release($input: ReleaseLegalHoldInput!) { releaseLegalHold(input: $input) {
  id active releasedAt releaseReason releasedByAgency { id } } }`;
const HOLDS = `query Holds($id: ID!) { concern(id: $id) { legalHolds { id kind active releaseReason } } }`;
const HISTORY = `query History($id: ID!) { concern(id: $id) { intelligenceSummary
  history { version changes { field category oldValue newValue } } } }`;

/** Every figure of the annual report: each field of CaseStatistics, asked in full. */
async function annualReportQuery(client: Client): Promise<string> {
  const result = await client.query<any>(`{ __schema { types { name kind fields { name
    args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`);
  const types = new Map<string, any>(result.data!.__schema.types.map((type: any) => [type.name, type]));
  const named = (type: any): string => (type.name ? type.name : named(type.ofType));
  const selection = (typeName: string, depth: number): string => {
    const type = types.get(typeName);
    if (!type?.fields) return "";
    const fields = type.fields
      .filter((field: any) => field.args.length === 0)
      .map((field: any) => {
        const inner = types.get(named(field.type));
        if (!inner?.fields) return field.name;
        if (depth === 0) return "";
        return `${field.name} { ${selection(inner.name, depth - 1)} }`;
      })
      .filter(Boolean);
    return fields.join(" ");
  };
  return `query Report($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) { ${selection("CaseStatistics", 2)} } }`;
}

/** The content of the tables retention may touch, as one hash each: equal hashes, nothing changed. */
async function fingerprint(t: TestPlatform): Promise<Record<string, string>> {
  const tables = [
    "concern",
    "concern_change",
    "potential_victim",
    "location",
    "offender",
    "prevention_order",
    "disruption_visit",
    "nrm_referral",
    "legal_hold",
    "retention_action",
  ];
  const entries: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await t.database.query<any>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) AS hash FROM cases.${table} x`,
    );
    entries[table] = `${row.n}:${row.hash}`;
  }
  return entries;
}

/** `npm run retention -- --dry-run` against the test database on the test's day. */
function runCli(databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "--dry-run"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PLATFORM_TODAY: TEST_TODAY, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const sameActions = (actions: RetentionActionReport[]) =>
  actions.map(({ concernId, category, agreementId, term, dueOn, rowsChanged, columns }) => ({
    concernId,
    category,
    agreementId,
    term,
    dueOn,
    rowsChanged,
    columns,
  }));

describe("the retention run", () => {
  let t: TestPlatform;
  let police: Client;
  let report: string;
  let before: any;
  /** Due concerns WMP takes part in, with named people: the first is held, the second held and released. */
  let held: string;
  let released: string;
  let due: string[];

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    report = await annualReportQuery(police);
    const figures = await police.query<any>(report, YEAR);
    expect(figures.errors).toBeUndefined();
    before = figures.data!.caseStatistics;
    // The whole report is asked, and answered: every breakdown, not a few headline figures.
    for (const breakdown of [
      "concernsByWard",
      "peopleScreenedByNationality",
      "nrmReferralsByReferringAgencyAndAgeGroup",
    ])
      expect(report).toContain(breakdown);
    expect(before.concerns.count).toBe(171);
    expect(before.peopleScreened.count).toBe(406);
    const rows = await t.database.query<any>(
      `SELECT c.id FROM cases.concern c
        WHERE c.partnership_id = $1 AND c.closed_on < $2
          AND (c.lead_agency_id = $3 OR c.referring_agency_id = $3 OR $3 = ANY (c.participating_agency_ids))
          AND EXISTS (SELECT 1 FROM cases.potential_victim v WHERE v.concern_id = c.id AND v.full_name IS NOT NULL)
        ORDER BY c.reference`,
      [SANDWELL, SIX_YEARS_AGO, WMP],
    );
    expect(rows.length).toBeGreaterThan(2);
    [held, released] = rows.map((row: { id: string }) => row.id) as [string, string];
    due = (
      await t.database.query<any>(`SELECT id FROM cases.concern WHERE partnership_id = $1 AND closed_on < $2`, [
        SANDWELL,
        SIX_YEARS_AGO,
      ])
    ).map((row: { id: string }) => row.id);
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("legal holds", () => {
    it("are refused with BAD_USER_INPUT naming the field for a past day or no reason, and nothing is written", async () => {
      const input = { concernId: held, kind: "PROSECUTION", reason: "R v Smith, trial listed", until: "2027-06-30" };
      const past = await police.query(PLACE, { input: { ...input, until: TEST_TODAY } });
      expect(past.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.until" });
      const blank = await police.query(PLACE, { input: { ...input, reason: "   " } });
      expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
      expect(await t.database.query<any>(`SELECT 1 FROM cases.legal_hold`)).toEqual([]);
    });

    it("are placed only by a caseworker or coordinator of an agency taking part in the concern", async () => {
      const input = { concernId: held, kind: "PROSECUTION", reason: "R v Smith, trial listed", until: "2027-06-30" };
      const auditor = await (await t.as("WMP", Role.AUDITOR)).query(PLACE, { input });
      expect(auditor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const [outsider] = await t.database.query<any>(
        `SELECT s.short_name FROM governance.agency s
          WHERE s.id NOT IN (SELECT unnest(array_remove(ARRAY[c.lead_agency_id, c.referring_agency_id] || c.participating_agency_ids, NULL))
                               FROM cases.concern c WHERE c.id = $1)
            AND s.short_name IN ('HFJ', 'SMBC', 'GLAA', 'WMFS') ORDER BY s.short_name LIMIT 1`,
        [held],
      );
      const notParty = await (await t.as(outsider.short_name, Role.COORDINATOR)).query(PLACE, { input });
      expect(notParty.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.concernId" });
      expect(await t.database.query<any>(`SELECT 1 FROM cases.legal_hold`)).toEqual([]);

      const placed = await police.query<any>(PLACE, { input });
      expect(placed.errors).toBeUndefined();
      expect(placed.data!.placeLegalHold).toMatchObject({
        kind: "PROSECUTION",
        until: "2027-06-30",
        active: true,
        placedByAgency: { id: WMP },
        releasedAt: null,
      });
    });

    it("are released with a reason, and stay on the concern's record, no longer active", async () => {
      const placed = await police.query<any>(PLACE, {
        input: { concernId: released, kind: "INVESTIGATION", reason: "Operation Ember", until: "2027-01-31" },
      });
      const id = placed.data!.placeLegalHold.id;
      const noReason = await police.query(RELEASE, { input: { holdId: id, reason: "" } });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
      const release = await police.query<any>(RELEASE, { input: { holdId: id, reason: "No further action" } });
      expect(release.errors).toBeUndefined();
      expect(release.data!.releaseLegalHold).toMatchObject({
        active: false,
        releaseReason: "No further action",
        releasedByAgency: { id: WMP },
      });
      const again = await police.query(RELEASE, { input: { holdId: id, reason: "Twice" } });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.holdId" });
      const holds = await police.query<any>(HOLDS, { id: released });
      expect(holds.data!.concern.legalHolds).toEqual([
        { id, kind: "INVESTIGATION", active: false, releaseReason: "No further action" },
      ]);
    });
  });

  it("a correction before the run puts a name in the history of a concern that will be anonymised", async () => {
    const [person] = await t.database.query<any>(
      `SELECT id, full_name FROM cases.potential_victim WHERE concern_id = $1 AND full_name IS NOT NULL LIMIT 1`,
      [released],
    );
    const corrected = await police.query<any>(
      `mutation Correct($input: CorrectPotentialVictimInput!) { correctPotentialVictim(input: $input) { id fullName } }`,
      { input: { personId: person.id, fullName: `${person.full_name} Jnr`, reason: "Name misheard at screening" } },
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctPotentialVictim.fullName).toBe(`${person.full_name} Jnr`);
  });

  describe("run on TEST_TODAY", () => {
    let dry: Awaited<ReturnType<typeof runRetention>>;
    let real: Awaited<ReturnType<typeof runRetention>>;
    let untouched: Record<string, string>;

    it("dry (the command): lists what would change and changes nothing but the record that it ran", async () => {
      untouched = await fingerprint(t);
      const cli = await runCli(t.database.url);
      expect(cli.stderr).toBe("");
      expect(cli.code).toBe(0);
      expect(cli.stdout).toMatch(
        /Dry run .* on 2026-12-11: \d+ concerns, \d+ categories would anonymise, 1 concerns kept/,
      );
      expect(cli.stdout).toContain(
        "would anonymise VICTIM_IDENTITY: 6 years after the concern closes (ISA-SHOP-2019-01)",
      );
      expect(await fingerprint(t)).toEqual(untouched);
      dry = await runRetention(t.database.url, testClock, { dryRun: true }, () => {});
      expect(await fingerprint(t)).toEqual(untouched);
      const runs = await t.database.query<any>(`SELECT dry_run, today::text FROM cases.retention_run`);
      expect(runs).toEqual([
        { dry_run: true, today: TEST_TODAY },
        { dry_run: true, today: TEST_TODAY },
      ]);
    });

    it("lists every due concern but the one on hold, for identity, addresses and intelligence, under the agreements' terms", () => {
      const concerns = new Set(dry.actions.map((action) => action.concernId));
      expect(concerns.has(held)).toBe(false);
      expect(concerns.has(released)).toBe(true);
      expect([...concerns].sort()).toEqual(due.filter((id) => id !== held).sort());
      expect(new Set(dry.actions.map((action) => action.category))).toEqual(
        new Set(["VICTIM_IDENTITY", "LOCATION_ADDRESS", "POLICE_INTELLIGENCE"]),
      );
      expect(dry.held).toEqual([
        expect.objectContaining({
          concernId: held,
          holds: ["PROSECUTION until 2027-06-30"],
          categories: ["VICTIM_IDENTITY", "LOCATION_ADDRESS", "POLICE_INTELLIGENCE"],
        }),
      ]);
      for (const action of dry.actions) {
        expect(action.term).toBe("6 years after the concern closes");
        expect(action.dueOn < TEST_TODAY).toBe(true);
      }
      const identity = dry.actions.find((action) => action.category === "VICTIM_IDENTITY")!;
      expect(identity.agreementReference).toBe("ISA-SHOP-2019-01");
      expect(identity.columns).toContain("potential_victim.date_of_birth→age_band");
    });

    it("under the platform default where no agreement states a term (dry, with no agreements)", async () => {
      const governanceData = await openSchema(t, governance.databaseSchema, []);
      const terms = await retentionTermsOfPartnerships(governanceData).finally(() => governanceData.destroy());
      const data = await openSchema(t, cases.databaseSchema, cases.entities);
      try {
        const defaults = await applyRetention(data, { byPartnership: new Map(), defaults: terms.defaults }, testClock, {
          dryRun: true,
        });
        expect(new Set(defaults.actions.map((action) => action.agreementId))).toEqual(new Set([null]));
        // The default keeps offenders and safeguarding notes 6 years too, health 8.
        expect(new Set(defaults.actions.map((action) => action.category))).toEqual(
          new Set(["VICTIM_IDENTITY", "LOCATION_ADDRESS", "POLICE_INTELLIGENCE", "OFFENDER_IDENTITY", "SAFEGUARDING"]),
        );
      } finally {
        await data.destroy();
      }
      expect(await fingerprint(t)).toEqual(untouched);
    });

    it("anonymises the same list, and records the run and each action with its agreement and term", async () => {
      real = await runRetention(t.database.url, testClock, { dryRun: false }, () => {});
      expect(sameActions(real.actions)).toEqual(sameActions(dry.actions));
      const [run] = await t.database.query<any>(
        `SELECT dry_run, concerns_anonymised, actions, held FROM cases.retention_run WHERE id = $1`,
        [real.runId],
      );
      expect(run).toEqual({
        dry_run: false,
        concerns_anonymised: due.length - 1,
        actions: real.actions.length,
        held: 1,
      });
      const recorded = await t.database.query<any>(
        `SELECT a.concern_id, a.category, a.agreement_id, a.agreement_reference, a.term, a.due_on::text
           FROM cases.retention_action a WHERE a.run_id = $1 ORDER BY a.concern_id, a.category`,
        [real.runId],
      );
      expect(recorded).toHaveLength(real.actions.length);
      const agreements = await t.database.query<any>(
        `SELECT id, reference FROM governance.sharing_agreement WHERE reference IN ('ISA-SHOP-2019-01', 'ISA-VSP-2019-02', 'ISA-ENF-2019-03')`,
      );
      const referenceOf = new Map(agreements.map((row: any) => [row.id, row.reference]));
      for (const row of recorded) {
        expect(referenceOf.get(row.agreement_id)).toBe(row.agreement_reference);
        expect(row.term).toBe("6 years after the concern closes");
      }
    });

    it("removes names, dates of birth (to an age band), phones, addresses and intelligence; the held concern keeps them", async () => {
      const people = await t.database.query<any>(
        `SELECT concern_id, full_name, aliases, date_of_birth, age_band, phone, current_address
           FROM cases.potential_victim WHERE concern_id = ANY ($1::uuid[])`,
        [due],
      );
      const inHeld = people.filter((p: any) => p.concern_id === held);
      expect(inHeld.some((p: any) => p.full_name !== null)).toBe(true);
      expect(inHeld.every((p: any) => p.age_band === null)).toBe(true);
      const others = people.filter((p: any) => p.concern_id !== held);
      expect(others.length).toBeGreaterThan(0);
      for (const person of others)
        expect(person).toMatchObject({
          full_name: null,
          aliases: [],
          date_of_birth: null,
          phone: null,
          current_address: null,
        });
      expect(others.some((p: any) => /^\d+-\d+$|^65\+$/.test(p.age_band ?? ""))).toBe(true);
      const premises = await t.database.query<any>(
        `SELECT c.id, l.address, l.postcode, l.business_name, l.area_id, l.ward FROM cases.concern c
           JOIN cases.location l ON l.id = c.location_id WHERE c.id = ANY ($1::uuid[]) AND l.type <> 'NOT_KNOWN'`,
        [due],
      );
      const cleared = premises.filter((p: any) => p.id !== held && p.address === null);
      expect(cleared.length).toBeGreaterThan(0);
      for (const place of cleared) {
        expect(place).toMatchObject({ postcode: null, business_name: null });
        expect(place.area_id).not.toBeNull();
        expect(place.ward).not.toBeNull();
      }
      expect(premises.find((p: any) => p.id === held)?.address ?? "no premises").not.toBeNull();
      const intelligence = await t.database.query<any>(
        `SELECT count(*)::int AS n FROM cases.concern
          WHERE id = ANY ($1::uuid[]) AND id <> $2 AND (intelligence_summary IS NOT NULL OR crime_reference IS NOT NULL)`,
        [due, held],
      );
      expect(intelligence).toEqual([{ n: 0 }]);
    });

    it("blanks the values the anonymised concerns' history recorded (a correction, intelligence), keeping who changed what and when", async () => {
      const history = await police.query<any>(HISTORY, { id: released });
      expect(history.errors).toBeUndefined();
      const changes = history.data!.concern.history.flatMap((entry: any) => entry.changes);
      const corrected = changes.filter((change: any) => /^people\[.+\]\.fullName$/.test(change.field));
      expect(corrected).toEqual([
        { field: corrected[0].field, category: "VICTIM_IDENTITY", oldValue: null, newValue: null },
      ]);
      const recorded = await t.database.query<any>(
        `SELECT count(*)::int AS n FROM cases.concern_change h, jsonb_array_elements(h.changes) e
          WHERE h.concern_id = ANY ($1::uuid[]) AND h.concern_id <> $2
            AND e->>'category' IN ('VICTIM_IDENTITY', 'POLICE_INTELLIGENCE', 'LOCATION_ADDRESS')
            AND (e->'old' <> 'null'::jsonb OR e->'new' <> 'null'::jsonb)`,
        [due, held],
      );
      expect(recorded).toEqual([{ n: 0 }]);
    });

    it("leaves the 2019/20 annual report exactly as it was, every breakdown", async () => {
      const after = await police.query<any>(report, YEAR);
      expect(after.errors).toBeUndefined();
      expect(after.data!.caseStatistics).toEqual(before);
    });

    it("coordinators and auditors list the runs, newest first, with their own partnership's actions only", async () => {
      const RUNS = `{ retentionRuns(first: 10) { totalCount nodes { id dryRun today
        actions { concernId category agreementReference term dueOn rowsChanged columns } } } }`;
      const sandwell = await (await t.as("WMP", Role.COORDINATOR)).query<any>(RUNS);
      expect(sandwell.errors).toBeUndefined();
      const runs = sandwell.data!.retentionRuns;
      // The command's dry run, two of the test's, then the run.
      expect(runs.totalCount).toBe(4);
      expect(runs.nodes.map((run: any) => run.dryRun)).toEqual([false, true, true, true]);
      expect(runs.nodes[0]).toMatchObject({ id: real.runId, today: TEST_TODAY });
      expect(runs.nodes[0].actions).toHaveLength(real.actions.length);
      expect(runs.nodes[1].actions).toEqual([]);
      const tame = await (await t.asIn("TAME", "WMP", Role.AUDITOR)).query<any>(RUNS);
      expect(tame.errors).toBeUndefined();
      const sandwellConcerns = new Set(due);
      for (const run of tame.data!.retentionRuns.nodes)
        for (const action of run.actions) expect(sandwellConcerns.has(action.concernId)).toBe(false);
      const caseworker = await police.query(RUNS);
      expect(caseworker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("a second run does nothing", async () => {
      const anonymised = await fingerprint(t);
      const second = await runRetention(t.database.url, testClock, { dryRun: false }, () => {});
      expect(second.actions).toEqual([]);
      expect(second.held.map((h) => h.concernId)).toEqual([held]);
      const now = await fingerprint(t);
      expect({ ...now, retention_action: "" }).toEqual({ ...anonymised, retention_action: "" });
      expect(now.retention_action).toBe(anonymised.retention_action);
    });
  });
});

const openSchema = (t: TestPlatform, schema: string, entities: typeof cases.entities): Promise<DataSource> =>
  openDataSource({
    url: t.database.url,
    schema,
    entities,
    migrations: [],
    poolSize: 1,
    applicationName: "retention-test",
  });
