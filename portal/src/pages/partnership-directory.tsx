import { Link } from "react-router";
import { DirectoryAgencies } from "../components/admin/agencies";
import { DirectoryImport } from "../components/admin/directory-import";
import { DirectoryPeople } from "../components/admin/people";
import "../components/admin/admin.css";
import { graphql } from "../gql";
import { OperationError } from "../lib/errors";
import { usePortalQuery } from "../lib/use-portal-query";

const DIRECTORY = graphql(`
  query PortalDirectoryAdmin {
    actingPartnership {
      id
      members {
        id
        until
        agency {
          id
          name
          shortName
        }
      }
    }
    agencies(first: 100) {
      nodes {
        id
        name
        shortName
        sector
        firstResponder
      }
    }
  }
`);

/** The directory a partnership administrator keeps: agencies, and the people of its members. */
export function PartnershipDirectoryPage() {
  const { data, error, loading, refetch } = usePortalQuery(DIRECTORY, { fetchPolicy: "network-only" });
  const members = (data?.actingPartnership?.members ?? []).filter((m) => !m.until).map((m) => m.agency);
  return (
    <>
      <h1>Agencies and people</h1>
      <p>
        <Link to="/partnership">Back to partnership administration</Link>
      </p>
      {loading && !data && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          <DirectoryAgencies agencies={data.agencies.nodes} onChanged={() => void refetch()} />
          <DirectoryPeople agencies={members} />
          <DirectoryImport onImported={() => void refetch()} />
        </>
      )}
    </>
  );
}
