import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser.js";
import { openRoute, type Portal, signedInPage, startPortal } from "./support/portal.js";

/**
 * An NGO caseworker's day (Hope for Justice), with the police caseworkers who work the same
 * concerns, through the portal only: each step's result is then read back through GraphQL and
 * from the database. The platform's today is 2026-12-11.
 */

const HFJ = demoAgencyId("HFJ");
const WMP = demoAgencyId("WMP");
const SMBC = demoAgencyId("SMBC");

/** How long a page may take to show a result: the suite shares a few CPUs with other work. */
const PATIENTLY = { timeout: 10_000 };

let portal: Portal;
let hfj: Page;
let wmp: Page;
/** The concern Hope for Justice records from a call and leads. */
let concernId = "";
let reference = "";

beforeAll(async () => {
  portal = await startPortal();
  hfj = await signedInPage(portal, "HFJ", [Role.CASEWORKER]);
  wmp = await signedInPage(portal, "WMP", [Role.CASEWORKER]);
}, 120_000);

afterAll(async () => {
  await portal?.browser.close();
  await portal?.platform.stop();
});

/** One concern as a caseworker of the agency reads it through the gateway. */
async function concernAs(agency: string, id: string, selection: string): Promise<any> {
  const client = await portal.platform.as(agency, Role.CASEWORKER);
  const answer = await client.query<{ concern: any }>(`query($id: ID!) { concern(id: $id) { ${selection} } }`, { id });
  expect(answer.errors).toBeUndefined();
  return answer.data!.concern;
}

async function row<T = Record<string, any>>(sql: string, params: unknown[]): Promise<T> {
  const rows = await portal.platform.database.query<T>(sql, params);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const openConcern = (page: Page, id: string) => openRoute(portal, page, `/cases/${id}`, /^Concern /);

describe("an NGO caseworker's day, done in the portal", { timeout: 60_000 }, () => {
  it("records a concern from a helpline call, Hope for Justice leading", async () => {
    await openRoute(portal, hfj, "/cases", "Cases");
    await hfj.getByRole("link", { name: "Record a concern" }).click();
    await hfj.getByRole("heading", { level: 1, name: "Record a concern" }).waitFor();
    await hfj.getByLabel("Received on").fill("2026-12-01");
    await hfj.getByLabel("Source").selectOption("PUBLIC");
    await hfj.getByLabel("Type", { exact: true }).selectOption("NOT_KNOWN");
    await hfj.getByRole("button", { name: "Record concern" }).click();
    await hfj.getByRole("heading", { level: 1, name: /^Concern / }).waitFor();
    concernId = decodeURIComponent(hfj.url().split("/").pop()!);
    reference = ((await hfj.getByRole("heading", { level: 1 }).textContent()) ?? "").replace("Concern ", "");

    const concern = await concernAs("HFJ", concernId, "reference leadAgency { shortName } source status");
    expect(concern).toEqual({ reference, leadAgency: { shortName: "HFJ" }, source: "PUBLIC", status: "RECEIVED" });
    const stored = await row("SELECT lead_agency_id, source, received_on::text FROM cases.concern WHERE id = $1", [
      concernId,
    ]);
    expect(stored).toEqual({ lead_agency_id: HFJ, source: "PUBLIC", received_on: "2026-12-01" });
  });

  it("as the lead, corrects its source and sets who referred it, who takes part and the premises", async () => {
    await hfj.getByRole("button", { name: "Edit concern" }).click();
    const form = hfj.getByRole("form", { name: /Edit concern/ });
    await form.getByLabel("Source").selectOption("HELPLINE");
    await form.getByLabel("Referred by").selectOption(SMBC);
    await form.getByLabel("Other agencies taking part").selectOption([WMP]);
    await form.getByLabel("The concern is about other premises: record them").check();
    await form.getByLabel("Type of premises").selectOption("CAR_WASH");
    await form.getByLabel("Area", { exact: true }).selectOption({ label: "Tipton" });
    await form.getByLabel("Ward").fill("Tipton Green");
    await form.getByLabel("Address").fill("3 Owen Street");
    await form.getByLabel("Postcode").fill("DY4 8HH");
    await screenshot(hfj, "55-edit-concern-parties-premises");
    await form.getByRole("button", { name: "Save" }).click();
    await form.waitFor({ state: "detached" });
    await expect
      .poll(() => hfj.locator('[data-field="participatingAgencies"] dd').textContent(), PATIENTLY)
      .toContain("WMP");

    const concern = await concernAs(
      "WMP",
      concernId,
      "source referringAgency { shortName } participatingAgencies { shortName } location { type address postcode } version",
    );
    expect(concern).toMatchObject({
      source: "HELPLINE",
      referringAgency: { shortName: "SMBC" },
      participatingAgencies: [{ shortName: "WMP" }],
      location: { type: "CAR_WASH", address: "3 Owen Street", postcode: "DY4 8HH" },
      version: 2,
    });
    const stored = await row(
      `SELECT c.source, c.referring_agency_id, c.participating_agency_ids, l.address, l.postcode,
              (SELECT array_agg(ch->>'field' ORDER BY ch->>'field') FROM cases.concern_change cc, jsonb_array_elements(cc.changes) ch
                WHERE cc.concern_id = c.id AND cc.version = 2) AS fields
         FROM cases.concern c JOIN cases.location l ON l.id = c.location_id WHERE c.id = $1`,
      [concernId],
    );
    expect(stored).toEqual({
      source: "HELPLINE",
      referring_agency_id: SMBC,
      participating_agency_ids: [WMP],
      address: "3 Owen Street",
      postcode: "DY4 8HH",
      fields: ["location", "participatingAgencies", "referringAgency", "source"],
    });
  });

  it("records a visit the police attended, screening a man found there", async () => {
    await hfj.getByRole("button", { name: "Record a visit" }).click();
    const form = hfj.getByRole("form", { name: "Record a visit" });
    await form.getByLabel("Visited on").fill("2026-12-04");
    await form.getByLabel("Agencies present").selectOption([HFJ, WMP]);
    await form.getByRole("button", { name: "Add a person screened" }).click();
    const person = form.getByRole("group", { name: "Person 1" });
    await person.getByLabel("Name (if given)").fill("Andrei Popescu");
    await person.getByLabel("Gender").selectOption("MALE");
    await person.getByLabel("Nationality").fill("Romanian");
    await form.getByRole("button", { name: "Save visit" }).click();
    await form.waitFor({ state: "detached" });
    await hfj.getByRole("cell", { name: "Andrei Popescu" }).first().waitFor();

    const concern = await concernAs(
      "HFJ",
      concernId,
      "visits { visitedOn agenciesPresent { shortName } } potentialVictims { fullName screenedOn nrmReferral { id } }",
    );
    expect(concern.visits).toHaveLength(1);
    expect(concern.visits[0].visitedOn).toBe("2026-12-04");
    expect(concern.visits[0].agenciesPresent.map((a: any) => a.shortName).sort()).toEqual(["HFJ", "WMP"]);
    expect(concern.potentialVictims).toEqual([
      { fullName: "Andrei Popescu", screenedOn: "2026-12-04", nrmReferral: null },
    ]);
    const stored = await row(
      "SELECT v.agency_ids, count(p.*)::int AS screened FROM cases.disruption_visit v LEFT JOIN cases.potential_victim p ON p.visit_id = v.id WHERE v.concern_id = $1 GROUP BY v.id",
      [concernId],
    );
    expect({ ...stored, agency_ids: [...stored.agency_ids].sort() }).toEqual({
      agency_ids: [HFJ, WMP].sort(),
      screened: 1,
    });
  });

  it("the police, at a visit of their own concern, record Hope for Justice's intervention: the NGO now takes part and sees its work", async () => {
    const police = await portal.platform.as("WMP", Role.CASEWORKER);
    const open = await police.query<any>(
      `{ concerns(first: 50, filter: { status: ACTIVE, leadAgencyId: "${WMP}" }) { nodes { id receivedOn referringAgency { id } participatingAgencies { id } } } }`,
    );
    const theirs = open.data!.concerns.nodes.find(
      (c: any) => c.referringAgency?.id !== HFJ && !c.participatingAgencies.some((a: any) => a.id === HFJ),
    );
    expect(theirs).toBeDefined();
    expect(await concernAs("HFJ", theirs.id, "takingPart")).toEqual({ takingPart: false });

    await openConcern(wmp, theirs.id);
    await wmp.getByRole("button", { name: "Record a visit" }).click();
    const form = wmp.getByRole("form", { name: "Record a visit" });
    await form.getByLabel("Agencies present").selectOption([WMP, HFJ]);
    await form.getByRole("button", { name: "Add an intervention" }).click();
    await form.getByRole("button", { name: "Add an intervention" }).click();
    const first = form.getByRole("group", { name: "Intervention 1" });
    await first.getByLabel("Agency").selectOption(WMP);
    await first.getByLabel("Type").selectOption("ARREST");
    const second = form.getByRole("group", { name: "Intervention 2" });
    await second.getByLabel("Agency").selectOption(HFJ);
    await second.getByLabel("Type").selectOption("SAFEGUARDING_REFERRAL");
    await second.getByLabel("Outcome").fill("Two workers taken to a safe house");
    await form.getByRole("button", { name: "Save visit" }).click();
    await form.waitFor({ state: "detached" });

    const seen = await concernAs(
      "HFJ",
      theirs.id,
      "takingPart participatingAgencies { shortName } visits { visitedOn agenciesPresent { shortName } }",
    );
    expect(seen.takingPart).toBe(true);
    expect(seen.participatingAgencies.map((a: any) => a.shortName)).toContain("HFJ");
    const today = seen.visits.filter((visit: any) => visit.visitedOn === "2026-12-11");
    expect(today.map((visit: any) => visit.agenciesPresent.map((a: any) => a.shortName).sort())).toEqual([
      ["HFJ", "WMP"],
    ]);
    const stored = await row(
      `SELECT $2 = ANY (c.participating_agency_ids) AS takes_part, cc.changed_by_agency, cc.reason,
              (SELECT count(*)::int FROM cases.intervention i WHERE i.concern_id = c.id AND i.agency_id = $2) AS its_interventions
         FROM cases.concern c JOIN cases.concern_change cc ON cc.concern_id = c.id AND cc.version = c.version
        WHERE c.id = $1`,
      [theirs.id, HFJ],
    );
    expect(stored).toEqual({
      takes_part: true,
      changed_by_agency: WMP,
      reason: "Present at the visit of 2026-12-11 with an intervention of its own",
      its_interventions: 1,
    });

    await openConcern(hfj, theirs.id);
    const visits = hfj.getByRole("region", { name: "Visits and interventions" });
    await expect.poll(() => visits.textContent(), PATIENTLY).toContain("HFJ");
    await visits.getByText("2026", { exact: false }).last().scrollIntoViewIfNeeded();
    await screenshot(hfj, "59-ngo-takes-part-through-its-visit");
  });

  it("the police record an offender and the STPO the court granted on him", async () => {
    await openConcern(wmp, concernId);
    const section = wmp.getByRole("region", { name: "Offenders and orders" });
    await section.getByRole("button", { name: "Record an offender" }).click();
    const offender = wmp.getByRole("form", { name: "Record an offender" });
    await offender.getByLabel("Name", { exact: true }).fill("Marek Nowak");
    await offender.getByLabel("Their part").fill("gangmaster");
    await offender.getByLabel("Arrested on").fill("2026-12-05");
    await offender.getByLabel("Charged with").fill("Holding a person in slavery (s.1 MSA 2015)");
    await offender.getByRole("button", { name: "Save offender" }).click();
    await offender.waitFor({ state: "detached" });
    await section.getByRole("cell", { name: "Marek Nowak" }).waitFor();

    await section.getByRole("button", { name: "Record an order" }).click();
    const order = wmp.getByRole("form", { name: "Record an order" });
    await order.getByLabel("Offender it is on").selectOption({ label: "Marek Nowak" });
    expect(await order.getByLabel("Who or what it is on").inputValue()).toBe("Marek Nowak");
    await order.getByLabel("Granted on").fill("2026-12-09");
    await order.getByLabel("Expires on").fill("2026-12-01");
    await order.getByRole("button", { name: "Save order" }).click();
    await order.getByText("Must be after the day it was granted").first().waitFor();
    await order.getByLabel("Expires on").fill("2031-12-09");
    await order.getByRole("button", { name: "Save order" }).click();
    await order.waitFor({ state: "detached" });
    await section.getByRole("cell", { name: /\(STPO\)/ }).waitFor();
    await screenshot(wmp, "56-offenders-and-orders");

    const concern = await concernAs(
      "WMP",
      concernId,
      "offenders { id fullName role arrestedOn } orders { kind subject grantedOn expiresOn }",
    );
    expect(concern.offenders).toEqual([
      { id: expect.any(String), fullName: "Marek Nowak", role: "gangmaster", arrestedOn: "2026-12-05" },
    ]);
    expect(concern.orders).toEqual([
      { kind: "STPO", subject: "Marek Nowak", grantedOn: "2026-12-09", expiresOn: "2031-12-09" },
    ]);
    const stored = await row(
      "SELECT o.kind, o.offender_id, o.expires_on::text FROM cases.prevention_order o WHERE o.concern_id = $1",
      [concernId],
    );
    expect(stored).toEqual({ kind: "STPO", offender_id: concern.offenders[0].id, expires_on: "2031-12-09" });
  });

  it("the police, taking part but not leading, set and then clear the crime reference; parties stay the lead's", async () => {
    const edit = async (crimeReference: string) => {
      await wmp.getByRole("button", { name: "Edit concern" }).click();
      const form = wmp.getByRole("form", { name: /Edit concern/ });
      await expect
        .poll(() => form.getByTestId("parties-lead-only").textContent())
        .toContain("Only the lead agency (HFJ)");
      await form.getByLabel("Crime reference").fill(crimeReference);
      await form.getByRole("button", { name: "Save" }).click();
      await form.waitFor({ state: "detached" });
    };
    const shown = () => wmp.locator('[data-field="crimeReference"] dd').textContent();
    await edit("CR/0412/26");
    await expect.poll(shown, PATIENTLY).toContain("CR/0412/26");
    expect(await row("SELECT crime_reference FROM cases.concern WHERE id = $1", [concernId])).toEqual({
      crime_reference: "CR/0412/26",
    });
    // Emptying the box removes the reference: sent as nothing, not as blank text the server refuses.
    await edit("");
    await expect.poll(shown, PATIENTLY).not.toContain("CR/0412/26");
    expect(await concernAs("WMP", concernId, "crimeReference")).toEqual({ crimeReference: null });
    expect(await row("SELECT crime_reference FROM cases.concern WHERE id = $1", [concernId])).toEqual({
      crime_reference: null,
    });
  });

  it("imports the NRM referral it made from its log, after a check that reports each line", async () => {
    await openRoute(portal, hfj, "/cases", "Cases");
    await hfj.getByRole("link", { name: "Import NRM referrals" }).click();
    await hfj.getByRole("heading", { level: 1, name: "Import NRM referrals" }).waitFor();
    const header =
      "concern_reference,referral_date,referring_agency,referrer_email,age_group,gender,nationality,exploitation_types,consent";
    const good = `${reference},10/12/2026,HFJ,beth.morley@hfj.example.org,adult,female,Romanian,labour,yes`;
    const future = `${reference},20/12/2026,HFJ,beth.morley@hfj.example.org,adult,male,Romanian,labour,yes`;
    await hfj.getByLabel("or paste the CSV").fill([header, good, future].join("\n"));
    await hfj.getByRole("button", { name: "Check without importing" }).click();
    const report = hfj.getByTestId("nrm-import-report");
    await expect.poll(() => report.textContent(), PATIENTLY).toContain("Nothing imported: 1 of 2 rows rejected.");
    await report.getByRole("row", { name: /^3 Rejected referral_date/ }).waitFor();
    await screenshot(hfj, "58-nrm-import-report");
    expect(await row("SELECT count(*)::int AS n FROM cases.nrm_referral WHERE concern_id = $1", [concernId])).toEqual({
      n: 0,
    });

    await hfj.getByLabel("or paste the CSV").fill([header, good].join("\n"));
    await hfj.getByRole("button", { name: "Import referrals" }).click();
    await expect.poll(() => report.textContent(), PATIENTLY).toContain("Imported: 1 referrals of 1 rows.");

    const concern = await concernAs("HFJ", concernId, "potentialVictims { gender nrmReferral { referredOn } }");
    expect(concern.potentialVictims).toContainEqual({ gender: "FEMALE", nrmReferral: { referredOn: "2026-12-10" } });
    expect(
      await row(
        "SELECT count(*)::int AS n, min(referred_on)::text AS referred_on, bool_and(referring_agency_id = $2) AS own FROM cases.nrm_referral WHERE concern_id = $1",
        [concernId, HFJ],
      ),
    ).toEqual({ n: 1, referred_on: "2026-12-10", own: true });
  });

  it("closes the concern on the day the work ended, acknowledging the man with no NRM referral or MS1", async () => {
    await openConcern(hfj, concernId);
    await hfj.getByRole("button", { name: "Change status" }).click();
    const form = hfj.getByRole("form", { name: /Change status/ });
    await form.getByLabel("New status").selectOption("CLOSED");
    await form.getByLabel("Outcome").fill("Both workers safeguarded; the gangmaster charged.");
    const warning = form.getByTestId("unreported");
    await expect.poll(() => warning.textContent(), PATIENTLY).toContain("1 person screened has no NRM referral or MS1");
    await expect.poll(() => warning.textContent(), PATIENTLY).toContain("Andrei Popescu");
    // Before the concern came in: the server refuses it, beside the field.
    await form.getByLabel("Closed on").fill("2026-11-20");
    await form.getByLabel("I have seen this and close the concern anyway").check();
    await form.getByRole("button", { name: "Change status" }).click();
    await form
      .getByText(/cannot close before it was received/)
      .first()
      .waitFor();
    expect(await row("SELECT status FROM cases.concern WHERE id = $1", [concernId])).toEqual({ status: "RECEIVED" });

    await form.getByLabel("Closed on").fill("2026-12-10");
    await form.getByLabel("I have seen this and close the concern anyway").uncheck();
    await form.getByRole("button", { name: "Change status" }).click();
    await form
      .getByText(/Confirm you have seen that some people screened/)
      .first()
      .waitFor();
    await screenshot(hfj, "57-close-with-warning");
    await form.getByLabel("I have seen this and close the concern anyway").check();
    await form.getByRole("button", { name: "Change status" }).click();
    await form.waitFor({ state: "detached" });
    await expect.poll(() => hfj.locator('[data-field="status"] dd').textContent(), PATIENTLY).toContain("Closed");

    expect(await concernAs("HFJ", concernId, "status closedOn outcome")).toEqual({
      status: "CLOSED",
      closedOn: "2026-12-10",
      outcome: "Both workers safeguarded; the gangmaster charged.",
    });
    expect(await row("SELECT status, closed_on::text FROM cases.concern WHERE id = $1", [concernId])).toEqual({
      status: "CLOSED",
      closed_on: "2026-12-10",
    });
  });
});
