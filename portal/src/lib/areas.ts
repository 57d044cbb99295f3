import { graphql } from "../gql";
import type { PortalAreasQuery } from "../gql/graphql";
import { usePortalQuery } from "./use-portal-query";

/** An area of the partnership, as pickers show it. */
export type AreaRef = PortalAreasQuery["areas"]["nodes"][number];

export const AREAS = graphql(`
  query PortalAreas {
    areas(first: 100) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

/** The areas of the partnership the portal acts in (its towns, localities, wards and "outside"), for pickers. */
export function useAreas(): AreaRef[] {
  const { data } = usePortalQuery(AREAS, { fetchPolicy: "cache-first" });
  return data?.areas.nodes ?? [];
}

/** A count by area, as the dashboard and the annual report read them. */
export interface CountByArea {
  area: { name: string } | null;
  count: number | null;
  suppressed: boolean;
}

/** A breakdown by area as chart bars, each named as the partnership names it. */
export function areaBars(
  rows: CountByArea[] | null | undefined,
): Array<{ key: string; count: number | null; suppressed: boolean }> {
  return (rows ?? []).map((row) => ({
    key: row.area?.name ?? "Not known",
    count: row.count,
    suppressed: row.suppressed,
  }));
}

/** Area names are the partnership's own words: shown as they are. */
export const areaName = (name: string) => name;
