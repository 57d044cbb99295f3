import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/** The day after the test clock's today, worked out from the pinned day alone. */
const TOMORROW = new Date(Date.parse(`${TEST_TODAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Sandwell's Oldbury, looked up once the platform is up. */
let oldbury: string;
const concern = (receivedOn: string) => ({
  receivedOn,
  source: "PUBLIC",
  exploitationTypes: ["LABOUR"],
  location: { type: "CAR_WASH", areaId: oldbury, ward: "Langley", address: "1 Station Road", postcode: "B69 4AA" },
});

/**
 * Every rule takes today from the platform's clock, never from the machine's date: CI runs this
 * file (with the permission matrix and the rest of the end-to-end suite) under libfaketime with the
 * machine's date years after the test clock's, where a rule reading the machine's date fails here.
 */
describe("one clock", () => {
  let t: TestPlatform;
  let police: Client;

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    const areas = await police.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
    oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
  });
  afterAll(async () => t?.stop());

  it("tells clients the platform's today", async () => {
    const result = await police.query<{ today: string }>("{ today }");
    expect(result.data?.today).toBe(TEST_TODAY);
  });

  it("refuses a day after the clock's today as in the future, and accepts today", async () => {
    const RECORD = "mutation($input: RecordConcernInput!) { recordConcern(input: $input) { receivedOn } }";
    const future = await police.query(RECORD, { input: concern(TOMORROW) });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.receivedOn" });
    expect(future.errors?.[0]?.message).toContain(`${TOMORROW} is in the future`);
    const today = await police.query<any>(RECORD, { input: concern(TEST_TODAY) });
    expect(today.errors).toBeUndefined();
    expect(today.data.recordConcern.receivedOn).toBe(TEST_TODAY);
  });

  it("loads the demo's current agreements in force on the clock's today, running to the end of the next financial year", async () => {
    const admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const result = await admin.query<any>(
      "{ sharingAgreements(first: 20) { nodes { reference endDate status inForce } } }",
    );
    const byReference = new Map(result.data.sharingAgreements.nodes.map((a: any) => [a.reference, a]));
    // TEST_TODAY (11 December 2026) is in the financial year ending 31 March 2027.
    expect(byReference.get("ISA-SHOP-2019-01")).toEqual({
      reference: "ISA-SHOP-2019-01",
      endDate: "2028-03-31",
      status: "ACTIVE",
      inForce: true,
    });
    expect(byReference.get("ISA-PILOT-2017-00")).toMatchObject({ status: "EXPIRED", inForce: false });
  });
});
