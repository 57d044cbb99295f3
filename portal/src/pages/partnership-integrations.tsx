import { Link } from "react-router";
import { MachineClients } from "../components/admin/machine-clients";
import { Webhooks } from "../components/admin/webhooks";
import "../components/admin/admin.css";
import { graphql } from "../gql";
import { OperationError } from "../lib/errors";
import { usePortalQuery } from "../lib/use-portal-query";

const INTEGRATIONS = graphql(`
  query PortalIntegrationsAdmin {
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
    webhooks(first: 100) {
      nodes {
        id
        url
        eventTypes
        active
        createdAt
        disabledAt
        secretRotatedAt
        agency {
          shortName
        }
      }
    }
    machineClients(first: 100, includeRevoked: true) {
      nodes {
        id
        name
        issuer
        clientId
        roles
        active
        registeredAt
        revokedAt
        agency {
          shortName
        }
      }
    }
  }
`);

/** Member agencies' systems: the webhooks told of events, and the systems that call the platform. */
export function PartnershipIntegrationsPage() {
  const { data, error, loading, refetch } = usePortalQuery(INTEGRATIONS, { fetchPolicy: "network-only" });
  const members = (data?.actingPartnership?.members ?? []).filter((m) => !m.until).map((m) => m.agency);
  const refresh = () => void refetch();
  return (
    <>
      <h1>Partner systems and webhooks</h1>
      <p>
        <Link to="/partnership">Back to partnership administration</Link>
      </p>
      {loading && !data && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          <Webhooks webhooks={data.webhooks.nodes} agencies={members} onChanged={refresh} />
          <MachineClients clients={data.machineClients.nodes} agencies={members} onChanged={refresh} />
        </>
      )}
    </>
  );
}
