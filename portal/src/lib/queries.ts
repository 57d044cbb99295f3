import { graphql } from "../gql";
import type { PortalAgenciesQuery, PortalRecordOfProcessingQuery } from "../gql/graphql";
import { usePortalQuery } from "./use-portal-query";

/** An agency of the directory, as pickers show it. */
export type AgencyRef = PortalAgenciesQuery["agencies"]["nodes"][number];

export const AGENCIES = graphql(`
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
`);

/** Every agency of the directory, for pickers. */
export function useAgencies(): AgencyRef[] {
  const { data } = usePortalQuery(AGENCIES, { fetchPolicy: "cache-first" });
  return data?.agencies.nodes ?? [];
}

export const ACTING_PARTNERSHIP = graphql(`
  query PortalActingPartnership {
    actingPartnership {
      id
      name
    }
  }
`);

/** The partnership the portal acts in (chosen at sign-in): its plans, figures and records. */
export function usePartnership(): { id: string; name: string } | undefined {
  const { data } = usePortalQuery(ACTING_PARTNERSHIP, { fetchPolicy: "cache-first" });
  return data?.actingPartnership ?? undefined;
}

export const TODAY = graphql(`
  query PortalToday {
    today
  }
`);

/**
 * The platform's today (its clock, which a demo may pin), not the device's: a date after it is
 * refused as in the future. Undefined until it has loaded.
 */
export function usePlatformToday(): string | undefined {
  const { data } = usePortalQuery(TODAY, { fetchPolicy: "cache-first" });
  return data?.today;
}

export { RECORD_OF_PROCESSING_ROLES } from "../routes";

export const RECORD_OF_PROCESSING = graphql(`
  query PortalRecordOfProcessing {
    recordOfProcessing {
      partnership {
        id
        name
      }
      asOf
      attentionDays
      categories {
        category
        description
        shared
        controllerSectors
        classifiedFields
        purposes
        lawfulBases
        parties {
          id
          shortName
        }
        recipientAgencies {
          id
          shortName
        }
        recipientSectors
        retention {
          summary
          agreement {
            id
            reference
          }
        }
        agreements {
          id
          reference
          title
          endDate
        }
      }
      dueForReview {
        agreement {
          id
          reference
          title
        }
        date
        daysLeft
      }
      expiringSoon {
        agreement {
          id
          reference
          title
        }
        date
        daysLeft
      }
    }
  }
`);

/** The record of processing as the page reads it (null above when the caller may not read it). */
export type RecordOfProcessing = NonNullable<PortalRecordOfProcessingQuery["recordOfProcessing"]>;

/** What the partnership does with one data category, as `recordOfProcessing` states it. */
export type CategoryProcessing = RecordOfProcessing["categories"][number];

/** An agreement's review or end date, and how far off it is by the platform's clock. */
export type AgreementDeadline = RecordOfProcessing["dueForReview"][number];
