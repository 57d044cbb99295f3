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

export { RECORD_OF_PROCESSING_ROLES } from "../routes";

export const RECORD_OF_PROCESSING = gql`
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
`;

interface AgreementNamed {
  id: string;
  reference: string;
  title: string;
}

/** An agreement's review or end date, and how far off it is by the platform's clock. */
export interface AgreementDeadline {
  agreement: AgreementNamed;
  date: string;
  daysLeft: number;
}

/** What the partnership does with one data category, as `recordOfProcessing` states it. */
export interface CategoryProcessing {
  category: string;
  description: string;
  shared: boolean;
  controllerSectors: string[];
  /** Null when the deployment does not carry the composed schema. */
  classifiedFields: string[] | null;
  purposes: string[];
  lawfulBases: string[];
  parties: Array<{ id: string; shortName: string }>;
  recipientAgencies: Array<{ id: string; shortName: string }>;
  recipientSectors: string[];
  retention: Array<{ summary: string; agreement: { id: string; reference: string } }>;
  agreements: Array<AgreementNamed & { endDate: string }>;
}

export interface RecordOfProcessing {
  partnership: { id: string; name: string };
  asOf: string;
  attentionDays: number;
  categories: CategoryProcessing[];
  dueForReview: AgreementDeadline[];
  expiringSoon: AgreementDeadline[];
}
