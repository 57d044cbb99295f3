import { type BaseContext, groupLoader, uniqueLoader } from "@partnership/runtime";
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import {
  Concern,
  ConcernChange,
  DisruptionVisit,
  DutyToNotify,
  Intervention,
  Location,
  NrmReferral,
  Offender,
  PotentialVictim,
  PreventionOrder,
} from "../entities/index.js";
import { intelligenceSignalsLoader } from "./intelligence-signals.js";
import { concernsOfAgencyLoader } from "./concerns-of-agency.js";

/** How many people were screened in each concern, in one GROUP BY. */
function screenedCountLoader(dataSource: DataSource) {
  return new DataLoader<string, number>(async (concernIds) => {
    const rows: Array<{ concern_id: string; count: number }> = await dataSource.query(
      `SELECT concern_id, count(*)::int AS count FROM potential_victim WHERE concern_id = ANY($1::uuid[]) GROUP BY concern_id`,
      [concernIds],
    );
    const counts = new Map(rows.map((row) => [row.concern_id, row.count]));
    return concernIds.map((id) => counts.get(id) ?? 0);
  });
}

/** Every relation the cases schema resolves, batched per request. */
export function createLoaders({ dataSource }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    concern: uniqueLoader(repo(Concern)),
    location: uniqueLoader(repo(Location)),
    victim: uniqueLoader(repo(PotentialVictim)),
    visit: uniqueLoader(repo(DisruptionVisit)),
    nrmReferral: uniqueLoader(repo(NrmReferral)),
    victimsOfConcern: groupLoader(repo(PotentialVictim), "concernId", { screenedOn: "ASC", id: "ASC" }),
    victimsOfVisit: groupLoader(repo(PotentialVictim), "visitId", { screenedOn: "ASC", id: "ASC" }),
    screenedCount: screenedCountLoader(dataSource),
    visitsOfConcern: groupLoader(repo(DisruptionVisit), "concernId", { visitedOn: "ASC", id: "ASC" }),
    interventionsOfConcern: groupLoader(repo(Intervention), "concernId", { carriedOutOn: "ASC", id: "ASC" }),
    interventionsOfVisit: groupLoader(repo(Intervention), "visitId", { carriedOutOn: "ASC", id: "ASC" }),
    offendersOfConcern: groupLoader(repo(Offender), "concernId", { createdAt: "ASC", id: "ASC" }),
    ordersOfConcern: groupLoader(repo(PreventionOrder), "concernId", { grantedOn: "ASC", id: "ASC" }),
    nrmReferralOfVictim: uniqueLoader(repo(NrmReferral), "victimId"),
    dutyToNotifyOfVictim: uniqueLoader(repo(DutyToNotify), "victimId"),
    nrmReferralsByReferrer: groupLoader(repo(NrmReferral), "referrerEmail", { referredOn: "DESC", id: "ASC" }),
    changesOfConcern: groupLoader(repo(ConcernChange), "concernId", { version: "ASC" }),
    concernsLed: concernsOfAgencyLoader(dataSource, "led"),
    concernsTakingPartIn: concernsOfAgencyLoader(dataSource, "takingPart"),
    intelligenceSignals: intelligenceSignalsLoader(dataSource),
  };
}

export type CasesLoaders = ReturnType<typeof createLoaders>;
