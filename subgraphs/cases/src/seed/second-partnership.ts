import { addDays, type Clock, demoAgencyId, demoPartnershipId } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  AgeGroup,
  Area,
  AreaKind,
  Concern,
  ConcernChange,
  ConcernSource,
  ConcernStatus,
  ExploitationType,
  Gender,
  Location,
  LocationType,
  PotentialVictim,
  VictimOutcome,
} from "../entities/index.js";
import { diffConcern } from "../services/concern-history.js";

const TAME = demoPartnershipId("TAME");

/** The second partnership's concerns: premises type, area, days before today, source, lead, people screened. */
const CONCERNS: Array<[LocationType, string, number, ConcernSource, string, ExploitationType, number]> = [
  [LocationType.CAR_WASH, "Kingsbury", 330, ConcernSource.PUBLIC, "WMP", ExploitationType.LABOUR, 3],
  [LocationType.NAIL_BAR, "Elmsworth", 280, ConcernSource.NGO, "TVC", ExploitationType.LABOUR, 2],
  [
    LocationType.PRIVATE_DWELLING,
    "Kingsbury",
    210,
    ConcernSource.COUNCIL_SERVICE,
    "TVC",
    ExploitationType.DOMESTIC_SERVITUDE,
    1,
  ],
  [LocationType.CANNABIS_FARM, "Elmsworth", 150, ConcernSource.POLICE, "WMP", ExploitationType.CRIMINAL, 2],
  [LocationType.HOTEL, "Outside the Tame Valley", 90, ConcernSource.POLICE, "ROCU", ExploitationType.SEXUAL, 0],
  [LocationType.FACTORY, "Elmsworth", 30, ConcernSource.HELPLINE, "TVC", ExploitationType.LABOUR, 0],
];

/**
 * A small year of casework for the demo's second partnership (Tame Valley), placed in the year
 * before the clock's today, in its own areas and under its own reference prefix; loaded once.
 */
export async function seedSecondPartnership(dataSource: DataSource, clock: Clock): Promise<void> {
  if ((await dataSource.getRepository(Concern).countBy({ partnershipId: TAME })) > 0) return;
  const today = clock.today();
  await dataSource.transaction(async (manager) => {
    const areas = new Map<string, string>();
    for (const [name, kind] of [
      ["Kingsbury", AreaKind.TOWN],
      ["Elmsworth", AreaKind.TOWN],
      ["Outside the Tame Valley", AreaKind.OUTSIDE],
    ] as const) {
      const area = await manager.save(manager.create(Area, { partnershipId: TAME, name, kind }));
      areas.set(name, area.id);
    }
    const numbers = new Map<number, number>();
    for (const [index, [type, area, ago, source, lead, exploitation, screened]] of CONCERNS.entries()) {
      const receivedOn = addDays(today, -ago);
      const year = Number(receivedOn.slice(0, 4));
      const number = (numbers.get(year) ?? 0) + 1;
      numbers.set(year, number);
      const location = await manager.save(
        manager.create(Location, {
          partnershipId: TAME,
          type,
          areaId: areas.get(area)!,
          ward: `${area} Central`,
          address: `${10 + index} Canal Street, ${area}`,
          postcode: `TV${index + 1} 2AB`,
          businessName: null,
          companyNumber: null,
        }),
      );
      const values: Partial<Concern> = {
        partnershipId: TAME,
        reference: `TVASP-${year}-${String(number).padStart(4, "0")}`,
        receivedOn,
        source,
        referringAgencyId: null,
        exploitationTypes: [exploitation],
        status: screened > 0 ? ConcernStatus.ACTIVE : ConcernStatus.RECEIVED,
        responseLevel: null,
        leadAgencyId: demoAgencyId(lead),
        participatingAgencyIds: lead === "TVC" ? [demoAgencyId("WMP")] : [demoAgencyId("TVC")],
        locationId: location.id,
        intelligenceSummary: `Reported through the Tame Valley partnership (${area}).`,
        crimeReference: null,
        outcome: null,
        closedOn: null,
        version: 1,
      };
      const concern = await manager.save(manager.create(Concern, values));
      await manager.insert(ConcernChange, {
        concernId: concern.id,
        version: 1,
        changedAt: new Date(`${receivedOn}T09:00:00Z`),
        changedByUser: "demo:seed",
        changedByAgency: demoAgencyId(lead),
        reason: null,
        changes: diffConcern({}, values) as never,
      });
      for (let person = 0; person < screened; person++) {
        await manager.insert(PotentialVictim, {
          concernId: concern.id,
          visitId: null,
          screenedOn: addDays(today, 3 - ago),
          ageGroup: AgeGroup.ADULT,
          gender: person % 2 ? Gender.FEMALE : Gender.MALE,
          nationality: person % 2 ? "Vietnamese" : "Romanian",
          exploitationType: exploitation,
          exploitationTypes: [exploitation],
          fullName: null,
          aliases: [],
          dateOfBirth: null,
          outcome: person === 0 ? VictimOutcome.SAFEGUARDED : VictimOutcome.DECLINED_SUPPORT,
          supportProviderAgencyId: person === 0 ? demoAgencyId("HFJ") : null,
        });
      }
    }
    for (const [year, last] of numbers)
      await manager.query(
        `INSERT INTO concern_reference_counter (partnership_id, year, last) VALUES ($1, $2, $3)
         ON CONFLICT (partnership_id, year) DO UPDATE SET last = GREATEST(concern_reference_counter.last, EXCLUDED.last)`,
        [TAME, year, last],
      );
  });
}

/**
 * For tests that build the second partnership's casework themselves from none: removes the demo's
 * (its areas, premises, concerns, the people screened and history under them, its counter), in one
 * transaction with triggers off for it: the history is append-only to everyone else.
 */
export async function clearSecondPartnershipYear(query: (sql: string) => Promise<unknown>): Promise<void> {
  const concerns = `SELECT id FROM cases.concern WHERE partnership_id = '${TAME}'`;
  await query(`BEGIN;
    SET LOCAL session_replication_role = replica;
    DELETE FROM cases.potential_victim WHERE concern_id IN (${concerns});
    DELETE FROM cases.concern_change WHERE concern_id IN (${concerns});
    DELETE FROM cases.concern WHERE partnership_id = '${TAME}';
    DELETE FROM cases.location WHERE partnership_id = '${TAME}';
    DELETE FROM cases.area WHERE partnership_id = '${TAME}';
    DELETE FROM cases.concern_reference_counter WHERE partnership_id = '${TAME}';
    COMMIT;`);
}
