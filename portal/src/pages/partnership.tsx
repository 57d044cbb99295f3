import { Link } from "react-router";
import { PartnershipAreas } from "../components/admin/areas";
import { PartnershipMembers } from "../components/admin/members";
import { PartnershipRoles } from "../components/admin/roles";
import "../components/admin/admin.css";
import { graphql } from "../gql";
import { OperationError } from "../lib/errors";
import { usePortalQuery } from "../lib/use-portal-query";

const PARTNERSHIP_ADMIN = graphql(`
  query PortalPartnershipAdmin {
    today
    actingPartnership {
      id
      name
      members {
        id
        role
        since
        until
        agency {
          id
          name
          shortName
        }
      }
    }
    partnershipRoles {
      id
      agencyId
      userId
      role
      grantedOn
    }
    agencies(first: 100) {
      nodes {
        id
        name
        shortName
      }
    }
    areas(first: 100) {
      nodes {
        id
        name
        kind
        onsCode
        parent {
          name
        }
      }
    }
  }
`);

/** Where a partnership administrator's work starts: its members, who holds which role, its areas. */
export function PartnershipPage() {
  const { data, error, loading, refetch } = usePortalQuery(PARTNERSHIP_ADMIN, { fetchPolicy: "network-only" });
  const refresh = () => void refetch();
  const partnership = data?.actingPartnership;
  const members = partnership?.members ?? [];
  const memberAgencies = members.filter((m) => !m.until).map((m) => m.agency);
  return (
    <>
      <h1>Partnership administration</h1>
      {partnership && <p className="muted">{partnership.name}</p>}
      <nav aria-label="Partnership administration">
        <ul className="admin-links">
          <li>
            <Link to="/partnership/directory">Agencies and people</Link>
          </li>
          <li>
            <Link to="/partnership/integrations">Partner systems and webhooks</Link>
          </li>
        </ul>
      </nav>
      {loading && !data && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          <PartnershipMembers members={members} agencies={data.agencies.nodes} today={data.today} onChanged={refresh} />
          <PartnershipRoles holdings={data.partnershipRoles ?? []} agencies={memberAgencies} onChanged={refresh} />
          <PartnershipAreas areas={data.areas?.nodes ?? []} onChanged={refresh} />
        </>
      )}
    </>
  );
}
