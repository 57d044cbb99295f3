import { graphql } from "../../gql";
import { usePlatformToday } from "../../lib/queries";
import { usePortalQuery } from "../../lib/use-portal-query";

const MEMBERS = graphql(`
  query PortalMemberAgencies {
    actingPartnership {
      id
      members {
        until
        agency {
          id
          name
          shortName
        }
      }
    }
  }
`);

export interface MemberAgency {
  id: string;
  name: string;
  shortName: string;
}

/**
 * The agencies that are members of the acting partnership today, by name: the only ones a meeting,
 * an agreement or an action of the partnership can name (the directory holds other partnerships' too).
 */
export function useMemberAgencies(): MemberAgency[] {
  const today = usePlatformToday();
  const { data } = usePortalQuery(MEMBERS, { fetchPolicy: "cache-first" });
  if (!today) return [];
  return (data?.actingPartnership?.members ?? [])
    .filter((m) => !m.until || m.until >= today)
    .map((m) => m.agency)
    .sort((a, b) => a.name.localeCompare(b.name));
}
