import { graphql } from "../gql";
import { usePortalQuery } from "./use-portal-query";

export interface AreaRef {
  id: string;
  name: string;
  kind: string;
}

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
  const { data } = usePortalQuery<{ areas: { nodes: AreaRef[] } }>(AREAS, { fetchPolicy: "cache-first" });
  return data?.areas.nodes ?? [];
}

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
