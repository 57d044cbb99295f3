import type { DataSource } from "typeorm";
import { Area, type AreaKind } from "../entities/index.js";

/** One partnership's areas, of one kind when given; the caller pages them. */
export function areasQuery(dataSource: DataSource, partnershipId: string, kind: AreaKind | null) {
  const query = dataSource
    .getRepository(Area)
    .createQueryBuilder("area")
    .where("area.partnership_id = :partnershipId", { partnershipId });
  if (kind) query.andWhere("area.kind = :kind", { kind });
  return query;
}
