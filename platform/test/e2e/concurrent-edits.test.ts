import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id version } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
  updateConcern(id: $id, version: $version, input: $input) { version } }`;
const STATUS = `mutation Status($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {
  changeConcernStatus(id: $id, version: $version, input: $input) { version } }`;
const SCREEN = `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`;
const CORRECT = `mutation Correct($input: CorrectPotentialVictimInput!) { correctPotentialVictim(input: $input) { id } }`;
const CONCERN = `query Concern($id: ID!) { concern(id: $id) {
  version status responseLevel intelligenceSummary crimeReference
  potentialVictims { id fullName nationality }
  history { version changedBy changedByAgency { id } changes { field newValue } } } }`;

interface Concern {
  version: number;
  status: string;
  responseLevel: string | null;
  intelligenceSummary: string | null;
  crimeReference: string | null;
  potentialVictims: Array<{ id: string; fullName: string | null; nationality: string | null }>;
  history: Array<{
    version: number;
    changedBy: string;
    changedByAgency: { id: string };
    changes: Array<{ field: string }>;
  }>;
}

describe("concurrent edits of a concern: merged field by field against the version each editor read", () => {
  let t: TestPlatform;
  /** Two officers of the police, editing the same concerns. */
  let a: Client;
  let b: Client;
  /** An NGO taking part, without POLICE_INTELLIGENCE. */
  let ngo: Client;
  let oldbury: string;

  const record = async () => {
    const result = await a.query<{ recordConcern: { id: string } }>(RECORD, {
      input: {
        receivedOn: "2026-06-02",
        source: "PUBLIC",
        exploitationTypes: ["LABOUR"],
        participatingAgencyIds: [HFJ],
        intelligenceSummary: "Workers collected at 5am.",
        location: {
          type: "CAR_WASH",
          areaId: oldbury,
          ward: "Langley",
          address: "1 Station Road",
          postcode: "B69 4AA",
        },
      },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.recordConcern.id;
  };
  const read = async (id: string) => (await a.query<{ concern: Concern }>(CONCERN, { id })).data!.concern;
  /** What a refused write must leave as it was: the concern's row, its people and its history. */
  const stored = async (id: string) => ({
    concern: await t.database.query(`SELECT * FROM cases.concern WHERE id = $1`, [id]),
    people: await t.database.query(`SELECT * FROM cases.potential_victim WHERE concern_id = $1 ORDER BY id`, [id]),
    history: await t.database.query(`SELECT * FROM cases.concern_change WHERE concern_id = $1 ORDER BY version`, [id]),
  });
  const ok = <T>(result: { errors?: unknown; data?: T | null }) => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    a = await t.as("WMP", Role.CASEWORKER);
    b = await t.as("WMP", Role.COORDINATOR);
    ngo = await t.as("HFJ", Role.CASEWORKER);
    const areas = await a.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
    oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("updateConcern", () => {
    it("two editors changing different fields of the same version both land, and neither reverts the other", async () => {
      const id = await record();
      ok(await a.query(UPDATE, { id, version: 1, input: { crimeReference: "20/MS/1111" } }));
      const merged = ok(
        await b.query<{ updateConcern: { version: number } }>(UPDATE, {
          id,
          version: 1,
          input: { intelligenceSummary: "Six workers, no contracts." },
        }),
      );
      expect(merged.updateConcern.version).toBe(3);
      const concern = await read(id);
      expect(concern).toMatchObject({
        crimeReference: "20/MS/1111",
        intelligenceSummary: "Six workers, no contracts.",
      });
      expect(concern.history.slice(1).map((entry) => [entry.version, entry.changedBy, entry.changes])).toEqual([
        [2, "demo:wmp:caseworker", [{ field: "crimeReference", newValue: "20/MS/1111" }]],
        [3, "demo:wmp:coordinator", [{ field: "intelligenceSummary", newValue: "Six workers, no contracts." }]],
      ]);
    });

    it("the same field changed since is refused with CONFLICT naming it, its value now and who changed it; nothing is written", async () => {
      const id = await record();
      ok(await a.query(UPDATE, { id, version: 1, input: { crimeReference: "20/MS/1111" } }));
      ok(await a.query(UPDATE, { id, version: 2, input: { exploitationTypes: ["LABOUR", "CRIMINAL"] } }));
      const before = await stored(id);
      // The intelligence alone would merge: refused with the clashing field, it is not written either.
      const stale = await b.query(UPDATE, {
        id,
        version: 1,
        input: { crimeReference: "20/MS/2222", intelligenceSummary: "B's note" },
      });
      expect(stale.data).toBeNull();
      expect(stale.errors![0]!.extensions).toMatchObject({
        code: "CONFLICT",
        expectedVersion: 1,
        actualVersion: 3,
        fields: [
          {
            field: "crimeReference",
            value: "20/MS/1111",
            restricted: null,
            changedBy: "demo:wmp:caseworker",
            changedByAgency: WMP,
            version: 2,
          },
        ],
      });
      expect(await stored(id)).toEqual(before);
    });

    it("names the newest change of a field changed twice since, and each clashing field", async () => {
      const id = await record();
      ok(await a.query(UPDATE, { id, version: 1, input: { crimeReference: "20/MS/1111" } }));
      ok(
        await a.query(UPDATE, {
          id,
          version: 2,
          input: { crimeReference: "20/MS/3333", responseLevel: "SINGLE_AGENCY" },
        }),
      );
      const stale = await b.query(UPDATE, {
        id,
        version: 1,
        input: { crimeReference: "20/MS/2222", responseLevel: "JOINT_MULTI_AGENCY" },
      });
      const fields = (stale.errors![0]!.extensions as { fields: Array<Record<string, unknown>> }).fields;
      expect(fields.map((field) => [field.field, field.value, field.version])).toEqual([
        ["responseLevel", "SINGLE_AGENCY", 3],
        ["crimeReference", "20/MS/3333", 3],
      ]);
    });

    it("setting a field to the value someone else already saved is no conflict", async () => {
      const id = await record();
      ok(await a.query(UPDATE, { id, version: 1, input: { crimeReference: "20/MS/1111" } }));
      ok(
        await b.query(UPDATE, {
          id,
          version: 1,
          input: { crimeReference: "20/MS/1111", responseLevel: "SINGLE_AGENCY" },
        }),
      );
      expect(await read(id)).toMatchObject({
        version: 3,
        crimeReference: "20/MS/1111",
        responseLevel: "SINGLE_AGENCY",
      });
    });

    it("a version not yet written is refused whatever it changes", async () => {
      const id = await record();
      const ahead = await b.query(UPDATE, { id, version: 5, input: { crimeReference: "20/MS/2222" } });
      expect(ahead.errors![0]!.extensions).toMatchObject({
        code: "CONFLICT",
        expectedVersion: 5,
        actualVersion: 1,
        fields: [],
      });
    });

    it("a clashing field the caller may not read is named, its value withheld and the refusal audited", async () => {
      const id = await record();
      ok(await a.query(UPDATE, { id, version: 1, input: { crimeReference: "20/MS/1111" } }));
      const before = await stored(id);
      const stale = await ngo.query(UPDATE, { id, version: 1, input: { crimeReference: "guess" } });
      const [field] = (stale.errors![0]!.extensions as { fields: Array<Record<string, unknown>> }).fields;
      expect(field).toEqual({
        field: "crimeReference",
        message: "changed by someone else in version 2",
        value: null,
        restricted: "Restricted — needs POLICE_INTELLIGENCE under a sharing agreement",
        changedBy: "demo:wmp:caseworker",
        changedByAgency: WMP,
        version: 2,
      });
      expect(JSON.stringify(stale)).not.toContain("20/MS/1111");
      expect(await stored(id)).toEqual(before);
      const audited = await t.database.query<{ outcome: string }>(
        `SELECT outcome FROM cases.audit_event_value WHERE entity_id = $1 AND field = 'history.crimeReference' AND agency_id = $2`,
        [id, HFJ],
      );
      expect(audited.map((row) => row.outcome)).toContain("DENIED");
    });
  });

  describe("changeConcernStatus", () => {
    it("moves on from an older version when only other fields changed since", async () => {
      const id = await record();
      ok(await a.query(UPDATE, { id, version: 1, input: { crimeReference: "20/MS/1111" } }));
      ok(await b.query(STATUS, { id, version: 1, input: { status: "SCOPING" } }));
      expect(await read(id)).toMatchObject({ version: 3, status: "SCOPING", crimeReference: "20/MS/1111" });
    });

    it("is refused with CONFLICT when the status or a value it sets changed since; nothing is written", async () => {
      const id = await record();
      ok(await a.query(STATUS, { id, version: 1, input: { status: "SCOPING" } }));
      ok(await a.query(UPDATE, { id, version: 2, input: { responseLevel: "SINGLE_AGENCY" } }));
      const before = await stored(id);
      const closing = await b.query(STATUS, { id, version: 1, input: { status: "CLOSED", outcome: "No indicators" } });
      expect(closing.errors![0]!.extensions).toMatchObject({
        code: "CONFLICT",
        fields: [{ field: "status", value: "SCOPING", changedBy: "demo:wmp:caseworker", version: 2 }],
      });
      const level = await b.query(STATUS, {
        id,
        version: 2,
        input: { status: "RESPONSE_PLANNED", responseLevel: "JOINT_MULTI_AGENCY" },
      });
      expect(level.errors![0]!.extensions).toMatchObject({
        code: "CONFLICT",
        fields: [{ field: "responseLevel", value: "SINGLE_AGENCY", version: 3 }],
      });
      expect(await stored(id)).toEqual(before);
    });
  });

  describe("correctPotentialVictim", () => {
    it("corrects from an older version unless the same value of the same person changed since", async () => {
      const id = await record();
      const person = ok(
        await a.query<{ screenPerson: { id: string } }>(SCREEN, {
          concernId: id,
          input: {
            screenedOn: "2026-06-10",
            ageGroup: "ADULT",
            gender: "MALE",
            nationality: "Romanian",
            exploitationType: "LABOUR",
            fullName: "Ion Popescu",
          },
        }),
      ).screenPerson.id;
      const base = (await read(id)).version;
      ok(
        await a.query(CORRECT, {
          input: { personId: person, fullName: "Ion Popesku", reason: "Spelling", expectedVersion: base },
        }),
      );
      ok(await a.query(UPDATE, { id, version: base + 1, input: { crimeReference: "20/MS/1111" } }));
      ok(
        await b.query(CORRECT, {
          input: { personId: person, nationality: "Moldovan", reason: "Passport", expectedVersion: base },
        }),
      );
      expect((await read(id)).potentialVictims).toEqual([
        { id: person, fullName: "Ion Popesku", nationality: "Moldovan" },
      ]);

      const before = await stored(id);
      const stale = await b.query(CORRECT, {
        input: {
          personId: person,
          fullName: "John Popescu",
          nationality: "Moldovan",
          reason: "Anglicised",
          expectedVersion: base,
        },
      });
      expect(stale.errors![0]!.extensions).toMatchObject({
        code: "CONFLICT",
        expectedVersion: base,
        actualVersion: base + 3,
        fields: [
          {
            field: `people[${person}].fullName`,
            value: "Ion Popesku",
            changedBy: "demo:wmp:caseworker",
            version: base + 1,
          },
        ],
      });
      expect(await stored(id)).toEqual(before);
    });
  });
});
