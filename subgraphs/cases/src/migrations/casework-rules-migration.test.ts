import { demoPartnershipId, MigrationTestDatabase, type Migrations, migrationsBefore } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CasesCaseworkRules1765100000000 } from "./1765100000000-cases-casework-rules.js";
import { migrations } from "./index.js";

// Provided by platform/test/support/global-setup.ts, which this workspace's typecheck does not include.
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

const LOCATION = "00000000-0000-4000-8000-000000000001";
const CONCERN = "00000000-0000-4000-8000-000000000002";
const person = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;

/**
 * Rows written before referrals kept their own age group and people their several kinds of
 * exploitation: each person's one kind becomes their list, and each referral takes the age group of
 * the person referred (adult, minor and age unknown kept apart).
 */
describe("migrations: several kinds of exploitation, a referral's own age group, the new vocabularies", () => {
  let database: MigrationTestDatabase;
  const open = (list: Migrations) => database.migrate(list);

  beforeAll(async () => {
    database = await MigrationTestDatabase.create(inject("postgresServerUrl"), "cases");
    const before = await open(migrationsBefore(migrations, CasesCaseworkRules1765100000000));
    const sandwell = demoPartnershipId("SANDWELL");
    await before.query(`INSERT INTO location (id, partnership_id, type) VALUES ($1, $2, 'NOT_KNOWN')`, [
      LOCATION,
      sandwell,
    ]);
    await before.query(
      `INSERT INTO concern (id, partnership_id, reference, received_on, source, exploitation_types, status, location_id)
       VALUES ($1, $2, 'SHOP-2025-0001', '2025-06-02', 'PUBLIC', '{LABOUR,CRIMINAL}', 'RECEIVED', $3)`,
      [CONCERN, sandwell, LOCATION],
    );
    for (const [n, ageGroup, kind] of [
      [1, "ADULT", "LABOUR"],
      [2, "MINOR", "CRIMINAL"],
      [3, "UNKNOWN", "SEXUAL"],
    ] as const) {
      await before.query(
        `INSERT INTO potential_victim (id, concern_id, screened_on, age_group, gender, exploitation_type, outcome)
         VALUES ($1, $2, '2025-06-03', $3, 'MALE', $4, 'REFERRED_TO_NRM')`,
        [person(n), CONCERN, ageGroup, kind],
      );
      await before.query(
        `INSERT INTO nrm_referral (victim_id, concern_id, referred_on, referring_agency_id, referrer_email, consent_given, minor)
         VALUES ($1, $2, '2025-06-04', gen_random_uuid(), 'officer@wmp.example.org', $3, $4)`,
        [person(n), CONCERN, ageGroup === "ADULT" ? true : null, ageGroup !== "ADULT"],
      );
    }
    await before.destroy();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("backfills each person's kinds and each referral's age group, and holds them to the rules from then on", async () => {
    const migrated = await open(migrations);
    try {
      expect(
        await migrated.query(
          `SELECT v.age_group AS person, r.age_group AS referral, r.minor, v.exploitation_types, r.referrer_person_id
             FROM nrm_referral r JOIN potential_victim v ON v.id = r.victim_id ORDER BY v.id`,
        ),
      ).toEqual([
        { person: "ADULT", referral: "ADULT", minor: false, exploitation_types: ["LABOUR"], referrer_person_id: null },
        { person: "MINOR", referral: "MINOR", minor: true, exploitation_types: ["CRIMINAL"], referrer_person_id: null },
        {
          person: "UNKNOWN",
          referral: "UNKNOWN",
          minor: true,
          exploitation_types: ["SEXUAL"],
          referrer_person_id: null,
        },
      ]);
      const insertPerson = (type: string, types: string) =>
        migrated.query(
          `INSERT INTO potential_victim (concern_id, screened_on, age_group, gender, exploitation_type, exploitation_types, outcome)
           VALUES ($1, '2025-06-03', 'ADULT', 'MALE', $2, $3, 'SAFEGUARDED')`,
          [CONCERN, type, types],
        );
      await insertPerson("LABOUR", "{LABOUR,CRIMINAL}");
      // The main kind comes first, the list is never empty, and holds kinds of the vocabulary only.
      await expect(insertPerson("LABOUR", "{CRIMINAL,LABOUR}")).rejects.toThrow(
        /potential_victim_exploitation_types_check/,
      );
      await expect(insertPerson("LABOUR", "{}")).rejects.toThrow(/potential_victim_exploitation_types_check/);
      await expect(insertPerson("LABOUR", "{LABOUR,ARSON}")).rejects.toThrow(
        /potential_victim_exploitation_types_check/,
      );
      // A referral's age group is one of three, and agrees with `minor`.
      await expect(
        migrated.query(`UPDATE nrm_referral SET age_group = 'MINOR' WHERE victim_id = $1`, [person(1)]),
      ).rejects.toThrow(/nrm_referral_age_group_check/);
      await expect(
        migrated.query(`UPDATE nrm_referral SET age_group = 'CHILD' WHERE victim_id = $1`, [person(2)]),
      ).rejects.toThrow(/nrm_referral_age_group_check/);
      // The new sources and premises are held; an unknown one still is not.
      await migrated.query(`UPDATE concern SET source = 'HOME_OFFICE'`);
      await migrated.query(`UPDATE concern SET source = 'SELF_REFERRAL'`);
      await expect(migrated.query(`UPDATE concern SET source = 'PIGEON'`)).rejects.toThrow(/concern_source_check/);
      const [{ id: area }] = await migrated.query(
        `INSERT INTO area (partnership_id, name, kind) VALUES ($1, 'Oldbury', 'TOWN') RETURNING id`,
        [demoPartnershipId("SANDWELL")],
      );
      const premises = (type: string) =>
        migrated.query(
          `INSERT INTO location (partnership_id, type, area_id, ward, address, postcode)
           VALUES ($1, $2, $3, 'Langley', '1 Station Road', 'B69 4AA')`,
          [demoPartnershipId("SANDWELL"), type, area],
        );
      for (const type of ["CUCKOOED_OR_TRAP_HOUSE", "FOOD_PRODUCTION", "HOSPITALITY", "FARM"]) await premises(type);
      await expect(premises("AGRICULTURE")).rejects.toThrow(/location_type_check/);
    } finally {
      await migrated.destroy();
    }
  });
});
