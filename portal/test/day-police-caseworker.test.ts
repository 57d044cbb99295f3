import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../platform/test/support/platform.js";
import { screenshot } from "./support/browser.js";
import { openRoute, type Portal, signedInPage, startPortal } from "./support/portal.js";

/**
 * A police caseworker's day, through the portal only: a call comes in and is recorded as a
 * concern; two people are screened at the first call; a visit is recorded with its interventions;
 * one adult consents and is referred into the NRM, the other does not and is reported under the
 * duty to notify (MS1); the NRM's reasonable grounds decision comes back; a legal hold is placed for
 * the investigation; the concern is closed. Each step is checked through GraphQL and in the database.
 *
 * The steps run in order on one page and one concern: a step of the day is added as another `it`
 * where it falls (an offender recorded before the concern closes, say).
 */
const WMP = demoAgencyId("WMP");
const TODAY = "2026-12-11";
const REFERRER = "marcus.oyelaran@wmp.example.org";

let portal: Portal;
let page: Page;
let police: Client;
let concernId: string;

const CONCERN = `query DayConcern($id: ID!) { concern(id: $id) {
  id reference status outcome source
  potentialVictims { id fullName ageGroup outcome
    nrmReferral { id referredOn consentGiven minor reasonableGrounds reasonableGroundsOn referrer { email } }
    dutyToNotify { id reportedOn reportingAgency { shortName } } }
  visits { id visitedOn interventions { type outcome agency { shortName } } }
  legalHolds { id kind reason until active }
} }`;

interface DayConcern {
  id: string;
  reference: string;
  status: string;
  outcome: string | null;
  source: string;
  potentialVictims: Array<{
    id: string;
    fullName: string | null;
    ageGroup: string;
    outcome: string;
    nrmReferral: {
      id: string;
      referredOn: string;
      consentGiven: boolean | null;
      minor: boolean;
      reasonableGrounds: string;
      reasonableGroundsOn: string | null;
      referrer: { email: string | null } | null;
    } | null;
    dutyToNotify: { id: string; reportedOn: string; reportingAgency: { shortName: string } | null } | null;
  }>;
  visits: Array<{ visitedOn: string; interventions: Array<{ type: string; outcome: string | null }> }>;
  legalHolds: Array<{ kind: string; reason: string; until: string; active: boolean }>;
}

/** The concern as GraphQL gives it to the police caseworker, with no error. */
async function concernNow(): Promise<DayConcern> {
  const result = await police.query<{ concern: DayConcern }>(CONCERN, { id: concernId });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.concern;
}

const person = async (name: string) => (await concernNow()).potentialVictims.find((p) => p.fullName === name)!;

const sql = <T>(text: string, values: unknown[] = []) => portal.platform.database.query<T>(text, values);

/** A person's row on the concern page. */
const row = (name: string): Locator => page.getByRole("row").filter({ hasText: name });

beforeAll(async () => {
  portal = await startPortal();
  police = await portal.platform.as("WMP", Role.CASEWORKER);
  page = await signedInPage(portal, "WMP", [Role.CASEWORKER]);
}, 120_000);

afterAll(async () => {
  await portal?.browser.close();
  await portal?.platform.stop();
});

describe("a police caseworker's day", () => {
  it("records a concern from a member of the public's call", async () => {
    await openRoute(portal, page, "/cases/new", "Record a concern");
    await page.getByLabel("Source").selectOption({ label: "Public" });
    await page.getByRole("checkbox", { name: "Labour" }).check();
    await page.getByLabel("Intelligence summary").fill("Caller saw workers sleeping in the car wash unit.");
    const premises = page.getByRole("group", { name: "Premises" });
    await premises.getByLabel("Type").selectOption({ label: "Car wash" });
    await premises.getByLabel("Area").selectOption({ label: "Oldbury" });
    await premises.getByLabel("Ward").fill("Langley");
    await premises.getByLabel("Address").fill("14 Station Road");
    await premises.getByLabel("Postcode").fill("B69 4AA");
    await page.getByRole("button", { name: "Record concern" }).click();
    await page.getByRole("heading", { level: 1, name: /^Concern / }).waitFor();
    concernId = decodeURIComponent(page.url().split("/cases/").pop()!);

    const concern = await concernNow();
    expect(concern).toMatchObject({ status: "RECEIVED", source: "PUBLIC", potentialVictims: [] });
    const [stored] = await sql<{ reference: string; source: string; received_on: string }>(
      `SELECT reference, source, received_on::text FROM cases.concern WHERE id = $1`,
      [concernId],
    );
    expect(stored).toEqual({ reference: concern.reference, source: "PUBLIC", received_on: TODAY });
  });

  it("screens two people at the first call, each shown in the people list", async () => {
    for (const [name, gender] of [
      ["Ana Popescu", "Female"],
      ["Ion Marin", "Male"],
    ] as const) {
      await page.getByRole("button", { name: "Screen a person" }).click();
      const form = page.getByRole("form", { name: "Screen a person" });
      await form.getByLabel("Name (if given)").fill(name);
      await form.getByLabel("Age group").selectOption({ label: "Adult" });
      await form.getByLabel("Gender").selectOption({ label: gender });
      await form.getByLabel("Nationality").fill("Romanian");
      await form.getByLabel("Exploitation").selectOption({ label: "Labour" });
      // "Referred to NRM" is no outcome to pick here: a referral is made from the person's row.
      expect(await form.getByLabel("Outcome so far").locator("option").allTextContents()).not.toContain(
        "Referred to NRM",
      );
      if (name === "Ana Popescu") await screenshot(page, "50-screen-a-person");
      await form.getByRole("button", { name: "Save the person" }).click();
      await row(name).waitFor();
    }

    const people = (await concernNow()).potentialVictims;
    expect(people.map((p) => [p.fullName, p.ageGroup, p.outcome]).sort()).toEqual([
      ["Ana Popescu", "ADULT", "NOT_YET_KNOWN"],
      ["Ion Marin", "ADULT", "NOT_YET_KNOWN"],
    ]);
    const stored = await sql<{ full_name: string; screened_on: string; visit_id: string | null }>(
      `SELECT full_name, screened_on::text, visit_id FROM cases.potential_victim WHERE concern_id = $1 ORDER BY full_name`,
      [concernId],
    );
    expect(stored).toEqual([
      { full_name: "Ana Popescu", screened_on: TODAY, visit_id: null },
      { full_name: "Ion Marin", screened_on: TODAY, visit_id: null },
    ]);
  });

  it("records a visit to the premises with the police's interventions", async () => {
    await page.getByRole("button", { name: "Record a visit" }).click();
    const form = page.getByRole("form", { name: "Record a visit" });
    await form.getByLabel("Agencies present").selectOption({ label: "West Midlands Police" });
    await form.getByLabel("Notes").fill("Six men living in the back office; passports held by the manager.");
    await form.getByRole("button", { name: "Add an intervention" }).click();
    const intervention = form.getByRole("group", { name: "Intervention 1" });
    await intervention.getByLabel("Agency").selectOption({ label: "WMP" });
    await intervention.getByLabel("Type").selectOption({ label: "Arrest" });
    await intervention.getByLabel("Outcome").fill("Manager arrested on suspicion of s.1 offences");
    await form.getByRole("button", { name: "Save visit" }).click();
    await page
      .getByRole("region", { name: "Visits and interventions" })
      .getByText("Arrest by WMP: Manager arrested on suspicion of s.1 offences")
      .waitFor();

    const [visit] = (await concernNow()).visits;
    expect(visit).toMatchObject({
      visitedOn: TODAY,
      interventions: [{ type: "ARREST", outcome: "Manager arrested on suspicion of s.1 offences" }],
    });
    const stored = await sql<{ type: string; agency_id: string; carried_out_on: string }>(
      `SELECT type, agency_id, carried_out_on::text FROM cases.intervention WHERE concern_id = $1`,
      [concernId],
    );
    expect(stored).toEqual([{ type: "ARREST", agency_id: WMP, carried_out_on: TODAY }]);
  });

  it("refers an adult who consents into the NRM, after a confirmation stating the consent rule", async () => {
    await row("Ana Popescu").getByRole("button", { name: "Refer to NRM: Ana Popescu" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Refer Ana Popescu to the NRM" }).waitFor();
    expect(await dialog.getByTestId("consent-rule").textContent()).toMatch(
      /An adult is referred .* only with their informed consent\. An adult who does not consent is not referred: .* duty-to-notify \(MS1\) report/,
    );
    await dialog
      .getByLabel("First responder making the referral")
      .selectOption({ label: "Marcus Oyelaran, Detective Constable, Modern Slavery Unit" });
    await dialog.getByRole("radio", { name: "Yes, they gave informed consent" }).check();
    await dialog.getByRole("button", { name: "Continue" }).click();
    const confirm = dialog.getByRole("region", { name: "Confirm the NRM referral" });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain("The adult gave their informed consent to being referred.");
    await screenshot(page, "51-nrm-referral-confirmation");
    // Nothing is sent before the referral is confirmed.
    expect((await person("Ana Popescu")).nrmReferral).toBeNull();
    await confirm.getByRole("button", { name: "Make the referral" }).click();
    await dialog.waitFor({ state: "detached" });
    await row("Ana Popescu")
      .getByText(/^Referred 11 Dec/)
      .waitFor();
    expect(await row("Ana Popescu").textContent()).toContain("Referred to NRM");
    // Once referred there is no second referral, and no MS1; the decision comes next.
    expect(
      await row("Ana Popescu")
        .getByRole("button", { name: /Refer to NRM|Record MS1/ })
        .count(),
    ).toBe(0);

    const ana = await person("Ana Popescu");
    expect(ana).toMatchObject({
      outcome: "REFERRED_TO_NRM",
      nrmReferral: { referredOn: TODAY, consentGiven: true, minor: false, reasonableGrounds: "PENDING" },
    });
    expect(ana.nrmReferral!.referrer?.email).toBe(REFERRER);
    const stored = await sql<{ consent_given: boolean; referrer_email: string; referring_agency_id: string }>(
      `SELECT consent_given, referrer_email, referring_agency_id FROM cases.nrm_referral WHERE victim_id = $1`,
      [ana.id],
    );
    expect(stored).toEqual([{ consent_given: true, referrer_email: REFERRER, referring_agency_id: WMP }]);
  });

  it("records a duty-to-notify (MS1) report for an adult who does not consent, instead of a referral", async () => {
    await row("Ion Marin").getByRole("button", { name: "Refer to NRM: Ion Marin" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: "No, they do not consent" }).check();
    expect(await dialog.getByRole("button", { name: "Continue" }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Record the MS1 report instead" }).click();
    await dialog.getByRole("heading", { name: "Duty-to-notify (MS1) report for Ion Marin" }).waitFor();
    await dialog.getByRole("button", { name: "Continue" }).click();
    const confirm = dialog.getByRole("region", { name: "Confirm the duty-to-notify report" });
    await confirm.waitFor();
    await screenshot(page, "52-duty-to-notify-confirmation");
    await confirm.getByRole("button", { name: "Record the MS1 report" }).click();
    await dialog.waitFor({ state: "detached" });
    await row("Ion Marin")
      .getByText(/^MS1 11 Dec/)
      .waitFor();
    expect(
      await row("Ion Marin")
        .getByRole("button", { name: /Refer to NRM|Record MS1/ })
        .count(),
    ).toBe(0);

    const ion = await person("Ion Marin");
    expect(ion).toMatchObject({
      outcome: "DECLINED_SUPPORT",
      nrmReferral: null,
      dutyToNotify: { reportedOn: TODAY, reportingAgency: { shortName: "WMP" } },
    });
    const stored = await sql<{ reported_on: string; reporting_agency_id: string; referrals: number }>(
      `SELECT d.reported_on::text, d.reporting_agency_id,
              (SELECT count(*)::int FROM cases.nrm_referral r WHERE r.victim_id = d.victim_id) AS referrals
       FROM cases.duty_to_notify d WHERE d.victim_id = $1`,
      [ion.id],
    );
    expect(stored).toEqual([{ reported_on: TODAY, reporting_agency_id: WMP, referrals: 0 }]);
  });

  it("records the NRM's positive reasonable grounds decision on the referral", async () => {
    await row("Ana Popescu").getByRole("button", { name: "Record RG decision: Ana Popescu" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Reasonable grounds decision for Ana Popescu" }).waitFor();
    await dialog.getByRole("radio", { name: "Positive" }).check();
    await screenshot(page, "53-reasonable-grounds-decision");
    await dialog.getByRole("button", { name: "Record the decision" }).click();
    await dialog.waitFor({ state: "detached" });
    await row("Ana Popescu")
      .getByText(/RG Positive, CG Pending/)
      .waitFor();
    // The conclusive grounds decision is what can come next.
    await row("Ana Popescu").getByRole("button", { name: "Record CG decision: Ana Popescu" }).waitFor();

    const ana = await person("Ana Popescu");
    expect(ana.nrmReferral).toMatchObject({ reasonableGrounds: "POSITIVE", reasonableGroundsOn: TODAY });
    const stored = await sql<{ reasonable_grounds: string; reasonable_grounds_on: string; conclusive_grounds: string }>(
      `SELECT reasonable_grounds, reasonable_grounds_on::text, conclusive_grounds FROM cases.nrm_referral WHERE victim_id = $1`,
      [ana.id],
    );
    expect(stored).toEqual([
      { reasonable_grounds: "POSITIVE", reasonable_grounds_on: TODAY, conclusive_grounds: "PENDING" },
    ]);
  });

  it("corrects a name misspelt at screening, the reason kept in the concern's history", async () => {
    await row("Ion Marin").getByRole("button", { name: "Correct: Ion Marin" }).click();
    const dialog = page.getByRole("dialog");
    const name = dialog.getByLabel("Name", { exact: true });
    await expect.poll(() => name.inputValue()).toBe("Ion Marin");
    await name.fill("Ioan Marin");
    await dialog.getByLabel("Why it is corrected").fill("Name misspelt at screening: passport seen");
    await dialog.getByRole("button", { name: "Save the correction" }).click();
    await dialog.waitFor({ state: "detached" });
    await row("Ioan Marin").waitFor();

    const ioan = await person("Ioan Marin");
    expect(ioan).toMatchObject({ ageGroup: "ADULT", outcome: "DECLINED_SUPPORT" });
    const [stored] = await sql<{ full_name: string }>(`SELECT full_name FROM cases.potential_victim WHERE id = $1`, [
      ioan.id,
    ]);
    expect(stored).toEqual({ full_name: "Ioan Marin" });
    const changes = await sql<{ reason: string }>(
      `SELECT reason FROM cases.concern_change WHERE concern_id = $1 AND reason IS NOT NULL`,
      [concernId],
    );
    expect(changes.map((change) => change.reason)).toContain("Name misspelt at screening: passport seen");
  });

  it("places a legal hold for the investigation", async () => {
    await page.getByRole("button", { name: "Place a legal hold" }).click();
    const form = page.getByRole("form", { name: "Place a legal hold" });
    await form.getByLabel("Held for").selectOption({ label: "Investigation" });
    await form.getByLabel("The investigation, prosecution or review").fill("Operation Harbour: s.1 MSA investigation");
    await form.getByLabel("Held until").fill("2027-12-31");
    await screenshot(page, "54-place-legal-hold");
    await form.getByRole("button", { name: "Place the hold" }).click();
    const holds = page.getByRole("region", { name: "Legal holds on the concern" });
    await holds.getByRole("cell", { name: "Operation Harbour: s.1 MSA investigation", exact: true }).waitFor();

    expect((await concernNow()).legalHolds).toMatchObject([
      { kind: "INVESTIGATION", reason: "Operation Harbour: s.1 MSA investigation", until: "2027-12-31", active: true },
    ]);
    const stored = await sql<{ kind: string; until: string; placed_by_agency: string; released_at: string | null }>(
      `SELECT kind, until::text, placed_by_agency, released_at FROM cases.legal_hold WHERE concern_id = $1`,
      [concernId],
    );
    expect(stored).toEqual([{ kind: "INVESTIGATION", until: "2027-12-31", placed_by_agency: WMP, released_at: null }]);
  });

  it("records the manager arrested at the visit as an offender", async () => {
    const section = page.getByRole("region", { name: "Offenders and orders" });
    await section.getByRole("button", { name: "Record an offender" }).click();
    const form = page.getByRole("form", { name: "Record an offender" });
    await form.getByLabel("Name", { exact: true }).fill("Viktor Lupu");
    await form.getByLabel("Their part").fill("manager");
    await form.getByLabel("Arrested on").fill(TODAY);
    await form.getByLabel("Charged with").fill("Holding a person in slavery (s.1 MSA 2015)");
    await form.getByRole("button", { name: "Save offender" }).click();
    await form.waitFor({ state: "detached" });
    await section.getByRole("cell", { name: "Viktor Lupu" }).waitFor();

    const answer = await police.query<{ concern: { offenders: unknown[] } }>(
      `query($id: ID!) { concern(id: $id) { offenders { fullName role arrestedOn charge } } }`,
      { id: concernId },
    );
    expect(answer.data!.concern.offenders).toEqual([
      {
        fullName: "Viktor Lupu",
        role: "manager",
        arrestedOn: TODAY,
        charge: "Holding a person in slavery (s.1 MSA 2015)",
      },
    ]);
    const stored = await sql<{ full_name: string; arrested_on: string }>(
      `SELECT full_name, arrested_on::text FROM cases.offender WHERE concern_id = $1`,
      [concernId],
    );
    expect(stored).toEqual([{ full_name: "Viktor Lupu", arrested_on: TODAY }]);
  });

  it("closes the concern with its outcome, warned of what is still open for the people screened", async () => {
    expect(await page.getByTestId("open-safeguarding").textContent()).toContain(
      "Ana Popescu: the NRM's conclusive grounds decision is awaited",
    );
    await page.getByRole("button", { name: "Change status" }).click();
    const form = page.getByRole("form", { name: /^Change status/ });
    await form.getByLabel("New status").selectOption({ label: "Closed" });
    await form.getByLabel("Outcome").fill("Two adults safeguarded; manager charged.");
    await form.getByRole("button", { name: "Change status" }).click();
    await page.getByTestId("no-visits-when-closed").waitFor();

    expect(await concernNow()).toMatchObject({ status: "CLOSED", outcome: "Two adults safeguarded; manager charged." });
    const [stored] = await sql<{ status: string; closed_on: string }>(
      `SELECT status, closed_on::text FROM cases.concern WHERE id = $1`,
      [concernId],
    );
    expect(stored).toEqual({ status: "CLOSED", closed_on: TODAY });
  });
});

describe("after the day: the investigation ends and a person asks for their details to be erased", () => {
  it("releases the legal hold with a reason, after a confirmation; the hold stays on the record", async () => {
    await page.getByRole("button", { name: "Release the hold: Operation Harbour: s.1 MSA investigation" }).click();
    const form = page.getByRole("form", { name: "Release the legal hold" });
    await form.getByLabel("Why it is released").fill("No further action: CPS decision of 11 December");
    await form.getByRole("button", { name: "Continue" }).click();
    const confirm = form.getByRole("region", { name: "Confirm the release" });
    await confirm.getByRole("button", { name: "Release the hold", exact: true }).click();
    const holds = page.getByRole("region", { name: "Legal holds on the concern" });
    await holds.getByText(/^Released .* by WMP: No further action: CPS decision of 11 December$/).waitFor();

    expect((await concernNow()).legalHolds).toMatchObject([{ kind: "INVESTIGATION", active: false }]);
    const stored = await sql<{ release_reason: string; released_by_agency: string; released: boolean }>(
      `SELECT release_reason, released_by_agency, released_at IS NOT NULL AS released FROM cases.legal_hold WHERE concern_id = $1`,
      [concernId],
    );
    expect(stored).toEqual([
      { release_reason: "No further action: CPS decision of 11 December", released_by_agency: WMP, released: true },
    ]);
  });

  it("answers an erasure request: the person's identity anonymised, the MS1 report kept on its basis", async () => {
    await row("Ioan Marin").getByRole("button", { name: "Erase: Ioan Marin" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("The request").fill("Email of 11 December 2026 from the person");
    await dialog.getByRole("button", { name: "Continue" }).click();
    await dialog.getByRole("region", { name: "Confirm the erasure" }).getByRole("button", { name: "Erase" }).click();
    await dialog.getByRole("heading", { name: "Erasure request answered" }).waitFor();
    expect(await dialog.getByRole("status").textContent()).toMatch(/^Erased \d+ values? about Ioan Marin\.$/);
    expect(await dialog.getByRole("listitem").allTextContents()).toContainEqual(
      expect.stringMatching(/^the duty-to-notify \(MS1\) report/),
    );
    await dialog.getByRole("button", { name: "Done" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await row("Ioan Marin").count()).toBe(0);

    const people = (await concernNow()).potentialVictims;
    expect(people.map((p) => p.fullName)).not.toContain("Ioan Marin");
    const ion = people.find((p) => p.dutyToNotify)!;
    expect(ion).toMatchObject({ outcome: "DECLINED_SUPPORT", dutyToNotify: { reportedOn: TODAY } });
    const [stored] = await sql<{ full_name: string | null; erased: string[]; reason: string }>(
      `SELECT v.full_name, e.erased, e.reason FROM cases.erasure_record e
       JOIN cases.potential_victim v ON v.id = e.person_id WHERE e.person_id = $1`,
      [ion.id],
    );
    expect(stored!.full_name).not.toBe("Ioan Marin");
    expect(stored!.erased).toContain("potential_victim.full_name");
    expect(stored!.reason).toBe("Email of 11 December 2026 from the person");
  });
});
