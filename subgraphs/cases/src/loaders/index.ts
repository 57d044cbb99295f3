import { type BaseContext, groupLoader, uniqueLoader } from "@partnership/runtime";
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import {
  Area,
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
import { inPartnershipLoader, referralsByReferrerLoader } from "./in-partnership.js";

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

/**
 * Every relation the cases schema resolves, batched per request. Concerns and premises load only
 * from the acting partnership; the rows under a concern are reached only through their concern, so
 * they are that partnership's too. The lists of an agency, a person or a supplier filter by it.
 */
export function createLoaders({ dataSource, caller }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  const partnershipId = caller.partnership?.id ?? null;
  return {
    area: inPartnershipLoader(repo(Area), partnershipId),
    concern: inPartnershipLoader(repo(Concern), partnershipId),
    location: inPartnershipLoader(repo(Location), partnershipId),
    victim: uniqueLoader(repo(PotentialVictim)),
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
    nrmReferralsByReferrer: referralsByReferrerLoader(dataSource, partnershipId),
    changesOfConcern: groupLoader(repo(ConcernChange), "concernId", { version: "ASC" }),
    concernsLed: concernsOfAgencyLoader(dataSource, partnershipId, "led"),
    concernsTakingPartIn: concernsOfAgencyLoader(dataSource, partnershipId, "takingPart"),
    intelligenceSignals: intelligenceSignalsLoader(dataSource, partnershipId),
  };
}

export type CasesLoaders = ReturnType<typeof createLoaders>;
