import { gql } from "@apollo/client";
import { usePortalQuery } from "./use-portal-query";

export interface AgencyRef {
  id: string;
  name: string;
  shortName: string;
  sector: string;
}

export const AGENCIES = gql`
  query PortalAgencies {
    agencies(first: 100) {
      nodes {
        id
        name
        shortName
        sector
      }
    }
  }
`;

/** Every agency of the directory, for pickers. */
export function useAgencies(): AgencyRef[] {
  const { data } = usePortalQuery<{ agencies: { nodes: AgencyRef[] } }>(AGENCIES, { fetchPolicy: "cache-first" });
  return data?.agencies.nodes ?? [];
}

export const ACTING_PARTNERSHIP = gql`
  query PortalActingPartnership {
    actingPartnership {
      id
      name
    }
  }
`;

/** The partnership the portal acts in (chosen at sign-in): its plans, figures and records. */
export function usePartnership(): { id: string; name: string } | undefined {
  const { data } = usePortalQuery<{ actingPartnership: { id: string; name: string } | null }>(ACTING_PARTNERSHIP, {
    fetchPolicy: "cache-first",
  });
  return data?.actingPartnership ?? undefined;
}

export const TODAY = gql`
  query PortalToday {
    today
  }
`;

/**
 * The platform's today (its clock, which a demo may pin), not the device's: a date after it is
 * refused as in the future. Undefined until it has loaded.
 */
export function usePlatformToday(): string | undefined {
  const { data } = usePortalQuery<{ today: string }>(TODAY, { fetchPolicy: "cache-first" });
  return data?.today;
}
