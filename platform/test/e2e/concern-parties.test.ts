import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Who takes part in a concern after it is recorded: the lead edits its source, referrer, parties
 * and premises (nobody else the parties or the referrer), an agency whose own intervention is
 * recorded at a visit comes to take part, and a concern closes on a day the closer chooses.
 */

const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const GLAA = demoAgencyId("GLAA");
const SMBC = demoAgencyId("SMBC");

const CONCERN = "id version source referringAgency { id } participatingAgencies { id } status closedOn";
const RECORD = `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { ${CONCERN} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
  updateConcern(id: $id, version: $version, input: $input) { ${CONCERN} location { type address } } }`;
/** As UPDATE, without the premises' address (LOCATION_ADDRESS, which Hope for Justice's agreements do not grant). */
const UPDATE_SUMMARY = `mutation($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
  updateConcern(id: $id, version: $version, input: $input) { ${CONCERN} } }`;
const STATUS = `mutation($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {
  changeConcernStatus(id: $id, version: $version, input: $input) { ${CONCERN} } }`;
const VISIT = `mutation($concernId: ID!, $input: RecordVisitInput!) {
  recordVisit(concernId: $concernId, input: $input) { id interventions { type } } }`;
const READ = `query($id: ID!) { concern(id: $id) { ${CONCERN} takingPart history { version reason changes { field } } } }`;

describe("a concern's parties, referrer, premises and closing day", () => {
  let t: TestPlatform;
  let police: Client;
  let ngo: Client;
  let glaa: Client;
  let oldbury: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    ngo = await t.as("HFJ", Role.CASEWORKER);
    glaa = await t.as("GLAA", Role.CASEWORKER);
    const areas = await police.query<any>(`{ areas(first: 50) { nodes { id name } } }`);
    oldbury = areas.data!.areas.nodes.find((area: any) => area.name === "Oldbury").id;
  }, 120_000);

  afterAll(async () => {
    await t?.stop();
  });

  /** A concern the police lead, Hope for Justice taking part. */
  async function policeConcern() {
    const answer = await police.query<any>(RECORD, {
      input: {
        receivedOn: "2026-11-02",
        source: "PUBLIC",
        exploitationTypes: ["LABOUR"],
        participatingAgencyIds: [HFJ],
        location: { type: "NOT_KNOWN" },
      },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.recordConcern as { id: string; version: number };
  }

  const stored = async (id: string) =>
    (
      await t.database.query<any>(
        "SELECT version, source, referring_agency_id, participating_agency_ids, status, closed_on::text FROM cases.concern WHERE id = $1",
        [id],
      )
    )[0];

  it("lets only the lead change who referred the concern, refusing a participant naming the field", async () => {
    const concern = await policeConcern();
    const before = await stored(concern.id);
    for (const referringAgencyId of [HFJ, SMBC]) {
      const answer = await ngo.query<any>(UPDATE_SUMMARY, { id: concern.id, version: 1, input: { referringAgencyId } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.referringAgencyId" });
    }
    expect(await stored(concern.id)).toEqual(before);
    // The participant still edits what is not the lead's alone.
    const source = await ngo.query<any>(UPDATE_SUMMARY, { id: concern.id, version: 1, input: { source: "HELPLINE" } });
    expect(source.errors).toBeUndefined();
    expect(source.data!.updateConcern.source).toBe("HELPLINE");
  });

  it("lets the lead set the referrer, the source and new premises in one versioned, audited change", async () => {
    const concern = await policeConcern();
    const both = await police.query<any>(UPDATE, {
      id: concern.id,
      version: 1,
      input: { location: { type: "NOT_KNOWN" }, locationId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.location" });
    const emptied = await police.query<any>(UPDATE, { id: concern.id, version: 1, input: { source: null } });
    expect(emptied.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.source" });
    const incomplete = await police.query<any>(UPDATE, {
      id: concern.id,
      version: 1,
      input: { location: { type: "CAR_WASH", areaId: oldbury } },
    });
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.location.ward" });

    const answer = await police.query<any>(UPDATE, {
      id: concern.id,
      version: 1,
      input: {
        source: "COUNCIL_SERVICE",
        referringAgencyId: SMBC,
        location: {
          type: "CAR_WASH",
          areaId: oldbury,
          ward: "Langley",
          address: "1 Station Road",
          postcode: "B69 4AA",
        },
      },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.updateConcern).toMatchObject({
      version: 2,
      source: "COUNCIL_SERVICE",
      referringAgency: { id: SMBC },
      location: { type: "CAR_WASH", address: "1 Station Road" },
    });
    expect(await stored(concern.id)).toMatchObject({
      version: 2,
      source: "COUNCIL_SERVICE",
      referring_agency_id: SMBC,
    });
    const read = await police.query<any>(READ, { id: concern.id });
    expect(read.data!.concern.history[1].changes.map((c: any) => c.field).sort()).toEqual([
      "location",
      "referringAgency",
      "source",
    ]);
    // Removing the referrer is the lead's too.
    const removed = await ngo.query<any>(UPDATE_SUMMARY, {
      id: concern.id,
      version: 2,
      input: { referringAgencyId: null },
    });
    expect(removed.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.referringAgencyId" });
    // The referrer takes part, and so now sees the concern's detail.
    const council = await t.as("SMBC", Role.CASEWORKER);
    expect((await council.query<any>(READ, { id: concern.id })).data!.concern.takingPart).toBe(true);
  });

  it("makes an agency present at a visit with an intervention of its own take part, in the visit's transaction", async () => {
    const concern = await policeConcern();
    expect((await glaa.query<any>(READ, { id: concern.id })).data!.concern.takingPart).toBe(false);
    // An intervention of an agency that was not there is refused, and nothing changes.
    const absent = await police.query<any>(VISIT, {
      concernId: concern.id,
      input: { visitedOn: "2026-11-10", agencyIds: [WMP], interventions: [{ agencyId: GLAA, type: "OTHER" }] },
    });
    expect(absent.errors?.[0]?.extensions).toMatchObject({ field: "input.interventions[0].agencyId" });
    // Only the lead writes another agency's intervention: a participant records its own acts.
    const notLead = await ngo.query<any>(VISIT, {
      concernId: concern.id,
      input: { visitedOn: "2026-11-10", agencyIds: [HFJ, GLAA], interventions: [{ agencyId: GLAA, type: "OTHER" }] },
    });
    expect(notLead.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      field: "input.interventions[0].agencyId",
    });
    // Present without an intervention: at the visit, not taking part.
    const onlyThere = await police.query<any>(VISIT, {
      concernId: concern.id,
      input: { visitedOn: "2026-11-10", agencyIds: [WMP, GLAA], interventions: [{ agencyId: WMP, type: "CLOSURE" }] },
    });
    expect(onlyThere.errors).toBeUndefined();
    expect(await stored(concern.id)).toMatchObject({ version: 1, participating_agency_ids: [HFJ] });

    const visit = await police.query<any>(VISIT, {
      concernId: concern.id,
      input: {
        visitedOn: "2026-11-12",
        agencyIds: [WMP, GLAA],
        interventions: [{ agencyId: GLAA, type: "MINIMUM_WAGE_INVESTIGATION", outcome: "Payroll seized" }],
      },
    });
    expect(visit.errors).toBeUndefined();
    expect(await stored(concern.id)).toMatchObject({ version: 2, participating_agency_ids: [HFJ, GLAA] });
    const seen = await glaa.query<any>(READ, { id: concern.id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.concern.takingPart).toBe(true);
    expect(seen.data!.concern.history.at(-1)).toMatchObject({
      version: 2,
      reason: "Present at the visit of 2026-11-12 with an intervention of its own",
      changes: [{ field: "participatingAgencies" }],
    });
    const [{ n }] = await t.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM cases.intervention WHERE concern_id = $1 AND agency_id = $2",
      [concern.id, GLAA],
    );
    expect(n).toBe(1);
  });

  it("closes on the day the closer chooses, neither before the concern came in nor after today", async () => {
    const concern = await policeConcern();
    for (const closedOn of ["2026-11-01", "2026-12-12"]) {
      const refused = await police.query<any>(STATUS, {
        id: concern.id,
        version: 1,
        input: { status: "CLOSED", outcome: "No indicators found", closedOn },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.closedOn" });
    }
    const closed = await police.query<any>(STATUS, {
      id: concern.id,
      version: 1,
      input: { status: "CLOSED", outcome: "No indicators found", closedOn: "2026-11-20" },
    });
    expect(closed.errors).toBeUndefined();
    expect(await stored(concern.id)).toMatchObject({ status: "CLOSED", closed_on: "2026-11-20" });
  });
});
