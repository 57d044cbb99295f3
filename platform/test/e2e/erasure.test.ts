import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * A data subject's rights over what casework holds about them (issue #22, item 3): a correction
 * keeps the old value in the concern's history with the reason; an erasure anonymises the person
 * where no lawful basis requires keeping it and records which basis keeps what remains (the NRM
 * referral's statutory record, the figures); a legal hold keeps everything.
 */
const WMP = demoAgencyId("WMP");

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id version } }`;
const SCREEN = `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`;
const REFER = `mutation Refer($victimId: ID!, $input: NrmReferralInput!) { referToNrm(victimId: $victimId, input: $input) { id } }`;
const CORRECT = `mutation Correct($input: CorrectPotentialVictimInput!) { correctPotentialVictim(input: $input) {
  id fullName dateOfBirth nationality gender } }`;
const ERASE = `mutation Erase($input: ErasePotentialVictimInput!) { erasePotentialVictim(input: $input) {
  id personId erased kept { what basis } } }`;
const PLACE = `mutation Place($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { id } }`;
const CONCERN = `query Concern($id: ID!) { concern(id: $id) { version
  potentialVictims { id fullName aliases dateOfBirth ageBand phone currentAddress supportNeeds gender nationality
    nrmReferral { id referredOn consentGiven referrer { email } } }
  history { version reason changedByAgency { id } changes { field category oldValue newValue } } } }`;

const person = (overrides: Record<string, unknown> = {}) => ({
  screenedOn: "2026-06-10",
  ageGroup: "ADULT",
  gender: "FEMALE",
  nationality: "Vietnamese",
  exploitationType: "LABOUR",
  fullName: "Thi Lan Nguyen",
  aliases: ["Lan"],
  dateOfBirth: "1996-03-04",
  phone: "07700 900123",
  currentAddress: "Flat 2, 10 Church Street, Oldbury",
  supportNeeds: "Interpreter; safe accommodation",
  ...overrides,
});

describe("rectification and erasure of a person's record", () => {
  let t: TestPlatform;
  let police: Client;
  let concernId: string;
  let heldConcernId: string;
  let corrected: string;
  let referred: string;
  let heldPerson: string;

  const concern = async (id: string) => {
    const result = await police.query<any>(CONCERN, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.concern;
  };
  const rows = async (table: string, where: string, params: unknown[]) =>
    t.database.query<any>(`SELECT * FROM cases.${table} WHERE ${where}`, params);

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    const areas = await police.query<any>(`{ areas(first: 50) { nodes { id name } } }`);
    const oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
    const record = async () => {
      const result = await police.query<any>(RECORD, {
        input: {
          receivedOn: "2026-06-02",
          source: "PUBLIC",
          exploitationTypes: ["LABOUR"],
          participatingAgencyIds: [],
          location: {
            type: "NAIL_BAR",
            areaId: oldbury,
            ward: "Langley",
            address: "1 Station Road",
            postcode: "B69 4AA",
          },
        },
      });
      expect(result.errors).toBeUndefined();
      return result.data!.recordConcern.id as string;
    };
    const screen = async (concern: string, overrides: Record<string, unknown> = {}) => {
      const result = await police.query<any>(SCREEN, { concernId: concern, input: person(overrides) });
      expect(result.errors).toBeUndefined();
      return result.data!.screenPerson.id as string;
    };
    concernId = await record();
    corrected = await screen(concernId, { fullName: "Tom Wierzbicki", gender: "MALE", nationality: "Polish" });
    referred = await screen(concernId);
    const referral = await police.query(REFER, {
      victimId: referred,
      input: {
        referredOn: "2026-06-11",
        referringAgencyId: WMP,
        referrerEmail: "marcus.oyelaran@wmp.example.org",
        consentGiven: true,
      },
    });
    expect(referral.errors).toBeUndefined();
    heldConcernId = await record();
    heldPerson = await screen(heldConcernId, { fullName: "Andrei Popescu" });
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("a correction", () => {
    it("is refused with BAD_USER_INPUT naming the field without a reason, changing nothing, or with a birth after screening", async () => {
      const noReason = await police.query(CORRECT, { input: { personId: corrected, fullName: "Tomasz", reason: " " } });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
      const nothing = await police.query(CORRECT, {
        input: { personId: corrected, fullName: "Tom Wierzbicki", reason: "Same" },
      });
      expect(nothing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
      const late = await police.query(CORRECT, {
        input: { personId: corrected, dateOfBirth: "2026-07-01", reason: "Typo" },
      });
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dateOfBirth" });
      const emptied = await police.query(CORRECT, { input: { personId: corrected, gender: null, reason: "Unknown" } });
      expect(emptied.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.gender" });
    });

    it("is refused to an agency not taking part (NOT_FOUND) and on a stale version (CONFLICT)", async () => {
      const input = { personId: corrected, fullName: "Tomasz Wierzbicki", reason: "Spelling" };
      const outsider = await (await t.as("GLAA", Role.CASEWORKER)).query(CORRECT, { input });
      expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.personId" });
      const { version } = await concern(concernId);
      // Screening adds no version: the concern is still at its first, so a version other than it is someone else's.
      const stale = await police.query(CORRECT, { input: { ...input, expectedVersion: version + 1 } });
      expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect((await rows("potential_victim", "id = $1", [corrected]))[0].full_name).toBe("Tom Wierzbicki");
    });

    it("replaces the values and keeps the old and new ones in the concern's history, with the reason", async () => {
      const { version } = await concern(concernId);
      const result = await police.query<any>(CORRECT, {
        input: {
          personId: corrected,
          expectedVersion: version,
          fullName: "Tomasz Wierzbicki",
          dateOfBirth: "1990-01-15",
          nationality: "Polish",
          reason: "Name and date of birth from his passport",
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.correctPotentialVictim).toMatchObject({
        fullName: "Tomasz Wierzbicki",
        dateOfBirth: "1990-01-15",
        nationality: "Polish",
      });
      const after = await concern(concernId);
      expect(after.version).toBe(version + 1);
      const entry = after.history.at(-1);
      expect(entry).toMatchObject({
        version: version + 1,
        reason: "Name and date of birth from his passport",
        changedByAgency: { id: WMP },
      });
      // Nationality was given unchanged: not a change.
      expect(entry.changes).toEqual([
        {
          field: `people[${corrected}].fullName`,
          category: "VICTIM_IDENTITY",
          oldValue: "Tom Wierzbicki",
          newValue: "Tomasz Wierzbicki",
        },
        {
          field: `people[${corrected}].dateOfBirth`,
          category: "VICTIM_IDENTITY",
          oldValue: "1996-03-04",
          newValue: "1990-01-15",
        },
      ]);
    });
  });

  describe("an erasure", () => {
    it("of a person referred to the NRM anonymises who they are and their needs, keeping the referral under s.49 guidance", async () => {
      const result = await police.query<any>(ERASE, {
        input: { personId: referred, reason: "Her letter of 1 December 2026, received by email" },
      });
      expect(result.errors).toBeUndefined();
      const answer = result.data!.erasePotentialVictim;
      expect(answer.erased).toEqual(
        expect.arrayContaining([
          "potential_victim.full_name",
          "potential_victim.aliases",
          "potential_victim.date_of_birth→age_band",
          "potential_victim.phone",
          "potential_victim.current_address",
          "potential_victim.support_needs",
          "potential_victim.health_needs",
        ]),
      );
      expect(answer.kept.map((kept: any) => kept.basis)).toEqual([
        expect.stringMatching(/^UK GDPR Art\. 17\(3\)\(d\)/),
        "Modern Slavery Act 2015 s.49 statutory guidance: NRM referral record",
      ]);
      const [erased] = (await concern(concernId)).potentialVictims.filter((p: any) => p.id === referred);
      expect(erased).toMatchObject({
        fullName: null,
        aliases: [],
        dateOfBirth: null,
        ageBand: "25-34",
        phone: null,
        currentAddress: null,
        supportNeeds: null,
        gender: "FEMALE",
        nationality: "Vietnamese",
        nrmReferral: {
          referredOn: "2026-06-11",
          consentGiven: true,
          referrer: { email: "marcus.oyelaran@wmp.example.org" },
        },
      });
      const [record] = await rows("erasure_record", "person_id = $1", [referred]);
      expect(record).toMatchObject({
        id: answer.id,
        requested_by_agency: WMP,
        reason: "Her letter of 1 December 2026, received by email",
        erased: answer.erased,
        kept: answer.kept,
      });
      const entry = (await concern(concernId)).history.at(-1);
      expect(entry.reason).toBe("Erasure request (erased): Her letter of 1 December 2026, received by email");
      expect(entry.changes.map((change: any) => change.field)).toContain(`people[${referred}].fullName`);
      for (const change of entry.changes) expect(change).toMatchObject({ oldValue: null, newValue: null });
    });

    it("blanks the person's earlier values in the history (a correction), and leaves other people's", async () => {
      await police.query(CORRECT, {
        input: { personId: referred, nationality: "Vietnamese (Hanoi)", reason: "As she stated" },
      });
      const result = await police.query<any>(ERASE, { input: { personId: corrected, reason: "Request in person" } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.erasePotentialVictim.kept).toHaveLength(1);
      const changes = (await concern(concernId)).history.flatMap((entry: any) => entry.changes);
      for (const change of changes.filter((c: any) => c.field.startsWith(`people[${corrected}].`)))
        expect(change).toMatchObject({ oldValue: null, newValue: null });
      // Demographics are not erased (the figures count them): the other person's correction stays.
      expect(changes).toContainEqual({
        field: `people[${referred}].nationality`,
        category: "VICTIM_DEMOGRAPHICS",
        oldValue: "Vietnamese",
        newValue: "Vietnamese (Hanoi)",
      });
    });

    it("again erases nothing more, and an erased identity is not corrected back", async () => {
      const again = await police.query<any>(ERASE, { input: { personId: referred, reason: "Second letter" } });
      expect(again.data!.erasePotentialVictim.erased).toEqual([]);
      expect(again.data!.erasePotentialVictim.kept.map((kept: any) => kept.basis)).toContain("already anonymised");
      const back = await police.query(CORRECT, { input: { personId: referred, fullName: "Lan", reason: "Re-add" } });
      expect(back.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.fullName" });
    });

    it("of a person in a concern on legal hold erases nothing, and records the hold as the basis", async () => {
      const hold = await police.query(PLACE, {
        input: {
          concernId: heldConcernId,
          kind: "SAFEGUARDING_REVIEW",
          reason: "Sandwell SAB review 2026/3",
          until: "2027-03-31",
        },
      });
      expect(hold.errors).toBeUndefined();
      const result = await police.query<any>(ERASE, { input: { personId: heldPerson, reason: "Phone call" } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.erasePotentialVictim).toMatchObject({
        erased: [],
        kept: [
          {
            what: "everything recorded about the person",
            basis: "legal hold: SAFEGUARDING_REVIEW until 2027-03-31 (Sandwell SAB review 2026/3)",
          },
        ],
      });
      const [kept] = await rows("potential_victim", "id = $1", [heldPerson]);
      expect(kept).toMatchObject({ full_name: "Andrei Popescu", phone: "07700 900123" });
      expect(await rows("erasure_record", "person_id = $1", [heldPerson])).toHaveLength(1);
    });

    it("is refused to an agency not taking part, with nothing written", async () => {
      const outsider = await (
        await t.as("GLAA", Role.CASEWORKER)
      ).query(ERASE, {
        input: { personId: heldPerson, reason: "x" },
      });
      expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.personId" });
      const noReason = await police.query(ERASE, { input: { personId: heldPerson, reason: "  " } });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
      expect(await rows("erasure_record", "person_id = $1", [heldPerson])).toHaveLength(1);
    });
  });
});
