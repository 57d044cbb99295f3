import { demoAgencyId, demoPartnershipId, MAX_SUBJECT_RECORDS, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Subject access (issue 22): a data protection officer finds a data subject across the four
 * subgraphs and sees every value held about them, with the agreements it was shared under, who read
 * it, and what may be exempt marked for review. The person here is set up through the API and read
 * by three agencies under their own grants; expectations come from the audit tables themselves.
 */
const SANDWELL = demoPartnershipId("SANDWELL");
const WMP = demoAgencyId("WMP");
const SMBC = demoAgencyId("SMBC");
const HFJ = demoAgencyId("HFJ");
const REFERRER = "marcus.oyelaran@wmp.example.org";
const NAME = "Ilinca Dragomirescu";
const DATE_OF_BIRTH = "1994-03-02";
const OFFENDER = "Viorel Stanciulescu";
const INTELLIGENCE = "Workers collected from the car wash at 6am by a man called Viorel.";

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id reference } }`;
const SCREEN = `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`;
const REFER = `mutation Refer($victimId: ID!, $input: NrmReferralInput!) { referToNrm(victimId: $victimId, input: $input) { id } }`;
const OFFEND = `mutation Offender($concernId: ID!, $input: OffenderInput!) { recordOffender(concernId: $concernId, input: $input) { id } }`;
const READ = `query Read($id: ID!) { concern(id: $id) { reference potentialVictims { id fullName aliases dateOfBirth nationality } } }`;

const RECORD_FIELDS = `service entityType entityId description recordedAt
  values { field category value sharedUnder review }
  readers { userId agencyId at field category agreementId outcome }`;
const SEARCH = `query Search($search: SubjectSearch!) { subjectAccess(search: $search) { query
  cases { ${RECORD_FIELDS} } training { ${RECORD_FIELDS} } procurement { ${RECORD_FIELDS} } governance { ${RECORD_FIELDS} } } }`;

interface HeldValue {
  field: string;
  category: string | null;
  value: string | null;
  sharedUnder: string[];
  review: string | null;
}
interface RecordRead {
  userId: string;
  agencyId: string;
  at: string;
  field: string;
  category: string | null;
  agreementId: string | null;
  outcome: string;
}
interface SubjectRecord {
  service: string;
  entityType: string;
  entityId: string;
  description: string;
  recordedAt: string | null;
  values: HeldValue[];
  readers: RecordRead[];
}
type Answer = { query: string } & Record<"cases" | "training" | "procurement" | "governance", SubjectRecord[] | null>;

const valueOf = (record: SubjectRecord, field: string) => {
  const value = record.values.find((v) => v.field === field);
  expect(value, `${record.entityType}.${field}`).toBeDefined();
  return value!;
};

describe("subject access: one person across every subgraph", () => {
  let t: TestPlatform;
  let police: Client;
  let chairOfficer: Client;
  const concerns: Array<{ id: string; reference: string }> = [];
  const victims: string[] = [];
  let referralId: string;

  const ok = async <T = any>(client: Client, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await client.query<any>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data!)[0] as T;
  };
  const search = async (client: Client, conditions: Record<string, unknown>) =>
    client.query<{ subjectAccess: Answer | null }>(SEARCH, { search: conditions });
  const found = async (client: Client, conditions: Record<string, unknown>) => {
    const result = await search(client, conditions);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.subjectAccess!;
  };

  beforeAll(async () => {
    t = await startTestPlatform({ grantsCacheTtlMs: 3_600_000 });
    police = await t.as("WMP", Role.CASEWORKER);
    chairOfficer = await t.as("SMBC", Role.DATA_PROTECTION_OFFICER);
    const areas = await police.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
    const oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
    for (const [i, receivedOn] of ["2026-05-04", "2026-09-14"].entries()) {
      const concern = await ok<{ id: string; reference: string }>(police, RECORD, {
        input: {
          receivedOn,
          source: "PUBLIC",
          exploitationTypes: ["LABOUR"],
          location: {
            type: "CAR_WASH",
            areaId: oldbury,
            ward: "Langley",
            address: `${i + 1} Station Road`,
            postcode: "B69 4AA",
          },
          participatingAgencyIds: [SMBC, HFJ],
          intelligenceSummary: INTELLIGENCE,
        },
      });
      concerns.push(concern);
      const victim = await ok<{ id: string }>(police, SCREEN, {
        concernId: concern.id,
        input: {
          screenedOn: receivedOn,
          ageGroup: "ADULT",
          gender: "FEMALE",
          nationality: "Romanian",
          exploitationType: "LABOUR",
          fullName: NAME,
          aliases: ["Ila D"],
          dateOfBirth: DATE_OF_BIRTH,
        },
      });
      victims.push(victim.id);
    }
    // Someone else screened in the first concern, and the suspected offender: other people's data.
    await ok(police, SCREEN, {
      concernId: concerns[0]!.id,
      input: {
        screenedOn: "2026-05-04",
        ageGroup: "ADULT",
        gender: "MALE",
        exploitationType: "LABOUR",
        fullName: "Andrei Munteanu",
      },
    });
    await ok(police, OFFEND, { concernId: concerns[0]!.id, input: { fullName: OFFENDER, role: "gangmaster" } });
    referralId = (
      await ok<{ id: string }>(police, REFER, {
        victimId: victims[0],
        input: { referredOn: "2026-05-05", referringAgencyId: WMP, referrerEmail: REFERRER, consentGiven: true },
      })
    ).id;
    // Three agencies read the person, each under its own grants.
    for (const agency of ["WMP", "SMBC", "HFJ"]) {
      const reader = await t.as(agency, Role.CASEWORKER);
      for (const concern of concerns) {
        const read = await ok<{ potentialVictims: Array<{ fullName: string | null }> }>(reader, READ, {
          id: concern.id,
        });
        expect(
          read.potentialVictims.some((v) => v.fullName === NAME),
          agency,
        ).toBe(true);
      }
    }
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("holds every value of both screenings with its source, the agreements it was shared under and the three readers", async () => {
    // The log as it stands before the officer's own reading (which the answer is audited as).
    const logged = new Map<
      string,
      Array<{ user_id: string; agency_id: string; field: string; agreement_id: string | null; outcome: string }>
    >();
    for (const victimId of victims)
      logged.set(
        victimId,
        await t.database.query(
          `SELECT user_id, agency_id, field, agreement_id, outcome FROM cases.audit_event_value
            WHERE partnership_id = $1 AND entity_type = 'PotentialVictim' AND entity_id = $2 ORDER BY id`,
          [SANDWELL, victimId],
        ),
      );
    const answer = await found(chairOfficer, { name: "  ilinca DRAGOMIRESCU " });
    expect(JSON.parse(answer.query)).toEqual({ name: "ilinca dragomirescu" });
    const cases = answer.cases!;
    const people = cases.filter((r) => r.entityType === "PotentialVictim");
    expect(people.map((r) => r.entityId).sort()).toEqual([...victims].sort());
    for (const [i, victimId] of victims.entries()) {
      const person = people.find((r) => r.entityId === victimId)!;
      expect(person.service).toBe("cases");
      expect(person.description).toBe(`Person screened in concern ${concerns[i]!.reference}`);
      expect(person.recordedAt).toBeTruthy();
      expect(valueOf(person, "fullName")).toMatchObject({
        category: "VICTIM_IDENTITY",
        value: JSON.stringify(NAME),
        review: null,
      });
      expect(valueOf(person, "aliases").value).toBe(JSON.stringify(["Ila D"]));
      expect(valueOf(person, "dateOfBirth").value).toBe(JSON.stringify(DATE_OF_BIRTH));
      expect(valueOf(person, "gender")).toMatchObject({ category: "VICTIM_DEMOGRAPHICS", value: '"FEMALE"' });
      // Nothing held is left out for being empty: the value says so.
      expect(valueOf(person, "phone").value).toBeNull();

      const rows = logged.get(victimId)!;
      expect(person.readers.map((r) => [r.userId, r.agencyId, r.field, r.agreementId, r.outcome])).toEqual(
        rows.map((r) => [r.user_id, r.agency_id, r.field, r.agreement_id, r.outcome]),
      );
      expect(new Set(person.readers.filter((r) => r.field === "fullName").map((r) => r.agencyId))).toEqual(
        new Set([WMP, SMBC, HFJ]),
      );
      const agreements = new Set(
        rows
          .filter((r) => r.field === "fullName" && r.outcome === "RETURNED" && r.agreement_id)
          .map((r) => r.agreement_id),
      );
      // Police and council read under the operational agreement, the NGO under the victim support one.
      expect(agreements.size).toBeGreaterThanOrEqual(2);
      expect(new Set(valueOf(person, "fullName").sharedUnder)).toEqual(agreements);
      const [{ n }] = await t.database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM governance.sharing_agreement WHERE id = ANY($1::uuid[])`,
        [[...agreements]],
      );
      expect(n).toBe(agreements.size);
    }

    const referral = cases.find((r) => r.entityType === "NrmReferral")!;
    expect(referral.entityId).toBe(referralId);
    expect(valueOf(referral, "referredOn")).toMatchObject({ category: "SAFEGUARDING", value: '"2026-05-05"' });
    // The member of staff who referred is someone else.
    expect(valueOf(referral, "referrerEmail")).toMatchObject({
      value: JSON.stringify(REFERRER),
      review: "THIRD_PARTY_DATA",
    });

    const concernRecords = cases.filter((r) => r.entityType === "Concern");
    expect(concernRecords.map((r) => r.entityId).sort()).toEqual(concerns.map((c) => c.id).sort());
    const first = concernRecords.find((r) => r.entityId === concerns[0]!.id)!;
    expect(valueOf(first, "reference").value).toBe(JSON.stringify(concerns[0]!.reference));
    expect(valueOf(first, "offenders")).toMatchObject({
      value: JSON.stringify([OFFENDER]),
      review: "THIRD_PARTY_DATA",
    });
    expect(valueOf(first, "otherPeopleScreened")).toMatchObject({
      value: JSON.stringify(["Andrei Munteanu"]),
      review: "THIRD_PARTY_DATA",
    });
    // The other person screened is not a record of this subject.
    expect(cases.filter((r) => r.entityType === "PotentialVictim")).toHaveLength(2);
  });

  it("marks police intelligence about them for the crime and taxation review, and does not drop it", async () => {
    const answer = await found(chairOfficer, { name: "Dragomirescu", dateOfBirth: DATE_OF_BIRTH });
    for (const concern of answer.cases!.filter((r) => r.entityType === "Concern")) {
      expect(valueOf(concern, "intelligenceSummary")).toMatchObject({
        category: "POLICE_INTELLIGENCE",
        value: JSON.stringify(INTELLIGENCE),
        review: "CRIME_AND_TAXATION",
      });
    }
    for (const record of answer.cases!)
      for (const value of record.values)
        if (value.category === "POLICE_INTELLIGENCE") expect(value.review).toBe("CRIME_AND_TAXATION");
  });

  it("finds them by a concern reference and by date of birth; a condition that does not hold finds nothing", async () => {
    const byReference = await found(chairOfficer, { reference: concerns[1]!.reference.toLowerCase() });
    expect(byReference.cases!.filter((r) => r.entityType === "PotentialVictim").map((r) => r.entityId)).toEqual([
      victims[1],
    ]);
    const byBirth = await found(chairOfficer, { dateOfBirth: DATE_OF_BIRTH, name: "ila d" });
    expect(byBirth.cases!.filter((r) => r.entityType === "PotentialVictim")).toHaveLength(2);
    const wrongBirth = await found(chairOfficer, { name: NAME, dateOfBirth: "1994-03-03" });
    expect(wrongBirth.cases).toEqual([]);
    expect(wrongBirth.training).toEqual([]);
    expect(wrongBirth.governance).toEqual([]);
    expect(wrongBirth.procurement).toEqual([]);
  });

  it("records the officer's reading in the audit log, so the next answer lists it among the readers", async () => {
    const officer = "demo:smbc:data_protection_officer";
    await found(chairOfficer, { name: NAME });
    const rows = await t.database.query<{ field: string; agreement_id: string | null }>(
      `SELECT field, agreement_id FROM cases.audit_event_value
        WHERE user_id = $1 AND entity_type = 'PotentialVictim' AND entity_id = $2 AND outcome = 'RETURNED'`,
      [officer, victims[0]],
    );
    expect(rows.map((r) => r.field)).toEqual(expect.arrayContaining(["fullName", "dateOfBirth", "aliases"]));
    expect(rows.every((r) => r.agreement_id === null)).toBe(true);
    const again = await found(chairOfficer, { name: NAME });
    const person = again.cases!.find((r) => r.entityId === victims[0])!;
    expect(person.readers.some((r) => r.userId === officer && r.field === "fullName")).toBe(true);
    // Reading is not sharing: the officer's reads add no agreement.
    expect(new Set(valueOf(person, "fullName").sharedUnder).size).toBeGreaterThanOrEqual(2);
  });

  it("finds a training delegate and a directory person by email", async () => {
    const [{ email }] = await t.database.query<{ email: string }>(
      `SELECT d.email FROM training.delegate d JOIN governance.person p ON p.email = d.email
        WHERE d.partnership_id = $1 AND EXISTS (SELECT 1 FROM training.completion c WHERE c.delegate_id = d.id)
        ORDER BY d.email LIMIT 1`,
      [SANDWELL],
    );
    const answer = await found(chairOfficer, { email: email.toUpperCase() });
    expect(JSON.parse(answer.query)).toEqual({ email });

    const register = answer.training!.find((r) => r.entityType === "Person")!;
    expect(register.entityId).toBe(`email:${email}`);
    expect(valueOf(register, "email")).toMatchObject({ category: "PERSONNEL", value: JSON.stringify(email) });
    const completions = answer.training!.filter((r) => r.entityType === "Completion");
    const [{ n }] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM training.completion c JOIN training.delegate d ON d.id = c.delegate_id
        WHERE d.email = $1 AND d.partnership_id = $2`,
      [email, SANDWELL],
    );
    expect(completions).toHaveLength(n);
    expect(completions.every((c) => valueOf(c, "delegateEmail").value === JSON.stringify(email))).toBe(true);

    const [person] = await t.database.query<{ id: string; name: string }>(
      `SELECT id, name FROM governance.person WHERE email = $1`,
      [email],
    );
    const directory = answer.governance!.find((r) => r.entityType === "Person")!;
    expect(directory.entityId).toBe(person!.id);
    expect(valueOf(directory, "name")).toMatchObject({ category: null, value: JSON.stringify(person!.name) });
    expect(valueOf(directory, "email")).toMatchObject({ category: "PERSONNEL", value: JSON.stringify(email) });
    // Nobody screened or suspected has an email: cases finds only what a member of staff did.
    expect(answer.cases!.every((r) => r.entityType === "NrmReferral")).toBe(true);
  });

  it("finds the referrer's referrals by their email, their own email not marked as someone else's", async () => {
    const answer = await found(chairOfficer, { email: REFERRER });
    const referral = answer.cases!.find((r) => r.entityId === referralId)!;
    expect(valueOf(referral, "referrerEmail").review).toBeNull();
    expect(referral.values.map((v) => v.field)).not.toContain("consentGiven");
    expect(answer.governance!.some((r) => r.entityType === "Person")).toBe(true);
  });

  it("an officer of an agency that does not chair finds only what their agency takes part in", async () => {
    const taking = await found(await t.as("HFJ", Role.DATA_PROTECTION_OFFICER), { name: NAME });
    expect(taking.cases!.filter((r) => r.entityType === "PotentialVictim")).toHaveLength(2);
    const outside = await found(await t.as("BCWA", Role.DATA_PROTECTION_OFFICER), { name: NAME });
    expect(outside.cases).toEqual([]);
  });

  it("is refused to a user without the data protection officer's role", async () => {
    const result = await search(await t.as("SMBC", Role.COORDINATOR, Role.AUDITOR, Role.CASEWORKER), { name: NAME });
    expect(result.data?.subjectAccess ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses an empty search, a name too short and a date that is not one, naming the field", async () => {
    const empty = await search(chairOfficer, {});
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search" });
    const blank = await search(chairOfficer, { name: "   ", email: null });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search.name" });
    const short = await search(chairOfficer, { name: "a" });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search.name" });
    const badDate = await search(chairOfficer, { dateOfBirth: "1994-02-30" });
    expect(badDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badDate.errors?.[0]?.message).toMatch(/dateOfBirth/);
    const badEmail = await search(chairOfficer, { email: "not an email" });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search.email" });
  });

  it("refuses a search that names no one in particular (more records than one person has), asking to narrow it", async () => {
    // Every person screened with "an" in their name, with their concerns and referrals: far more than one person's.
    const people = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases.potential_victim v JOIN cases.concern c ON c.id = v.concern_id
        WHERE c.partnership_id = $1 AND v.full_name ILIKE '%an%'`,
      [demoPartnershipId("SANDWELL")],
    );
    expect(people[0]!.n * 2).toBeGreaterThan(MAX_SUBJECT_RECORDS);
    const wide = await search(chairOfficer, { name: "an" });
    const refusal = wide.errors?.find((e) => e.path?.join(".") === "subjectAccess.cases");
    expect(refusal?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search" });
    expect(refusal?.message).toMatch(/narrow it/);
    expect(wide.data?.subjectAccess?.cases ?? null).toBeNull();
  });

  it("costs a fixed number of SQL statements however many records it finds", async () => {
    const statements = () => t.platform.subgraphs.reduce((sum, s) => sum + (s.statements?.() ?? 0), 0);
    const cost = async (conditions: Record<string, unknown>) => {
      const before = statements();
      await found(chairOfficer, conditions);
      return statements() - before;
    };
    // Warm: the officer's grants are cached for the file.
    await cost({ name: NAME });
    const both = Math.min(await cost({ name: NAME }), await cost({ name: NAME }));
    // Another person, screened once in one concern: the same paths, half the records.
    const one = Math.min(await cost({ name: "Andrei Munteanu" }), await cost({ name: "Andrei Munteanu" }));
    // cases: people, offenders, referrals, reports, concerns, readers and the officer's audit rows;
    // training, governance and procurement one each (nobody matches there).
    expect(both).toBeLessThanOrEqual(10);
    expect(both).toBe(one);
  });
});
