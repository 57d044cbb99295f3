import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { Role } from "../../gql/graphql";
import { ErrorList } from "../../lib/errors";
import { date, label } from "../../lib/format";
import { TableScroll } from "../table-scroll";
import { type AgencyChoice, agencyName, PARTNERSHIP_ROLES } from "./choices";
import { ConfirmButton } from "./confirm-button";
import { serverErrors } from "./server-errors";

const GRANT = graphql(`
  mutation PortalGrantPartnershipRole($input: GrantPartnershipRoleInput!) {
    grantPartnershipRole(input: $input) {
      id
      agencyId
      userId
      role
      grantedOn
    }
  }
`);

const REVOKE = graphql(`
  mutation PortalRevokePartnershipRole($id: ID!) {
    revokePartnershipRole(id: $id) {
      id
      userId
      role
    }
  }
`);

export interface Holding {
  id: string;
  agencyId: string;
  userId?: string | null;
  role: Role;
  grantedOn: string;
}

const NAMED = "named";

function holder(holding: Holding): string {
  return holding.userId ?? "Every user of the agency";
}

function HoldingRow({
  holding,
  agencies,
  onRevoked,
}: {
  holding: Holding;
  agencies: readonly AgencyChoice[];
  onRevoked(message: string): void;
}) {
  const [revoke, { loading, error }] = useMutation(REVOKE);
  return (
    <tr>
      <td className="cell-wrap">{holder(holding)}</td>
      <td>{agencyName(agencies, holding.agencyId)}</td>
      <td>{label(holding.role)}</td>
      <td>{date(holding.grantedOn)}</td>
      <td>
        <ConfirmButton
          action="Revoke role"
          question={`${holder(holding)} will no longer act as ${label(holding.role).toLowerCase()} in this partnership, from their next request.`}
          confirm={`Yes, revoke ${label(holding.role).toLowerCase()}`}
          busy={loading}
          onConfirm={async () => {
            const result = await revoke({ variables: { id: holding.id } }).catch(() => null);
            const revoked = result?.data?.revokePartnershipRole;
            if (revoked) onRevoked(`${holder(holding)} no longer holds ${label(revoked.role).toLowerCase()}.`);
            return Boolean(revoked);
          }}
        >
          <ErrorList errors={serverErrors(error)} />
        </ConfirmButton>
      </td>
    </tr>
  );
}

/** Who holds which role in the partnership: giving a role to a person (or agency) and taking it back. */
export function PartnershipRoles({
  holdings,
  agencies,
  onChanged,
}: {
  holdings: readonly Holding[];
  agencies: readonly AgencyChoice[];
  onChanged(): void;
}) {
  const [shown, setShown] = useState(NAMED);
  const [form, setForm] = useState<{ agencyId: string; userId: string; role: Role }>({
    agencyId: "",
    userId: "",
    role: "CASEWORKER",
  });
  const [done, setDone] = useState<string | null>(null);
  const [grant, { loading, error }] = useMutation(GRANT);
  const listed = holdings.filter((h) => (shown === NAMED ? h.userId : h.agencyId === shown));
  const changed = (message: string) => {
    setDone(message);
    onChanged();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await grant({
      variables: { input: { agencyId: form.agencyId, userId: form.userId.trim() || null, role: form.role } },
    }).catch(() => null);
    const granted = result?.data?.grantPartnershipRole;
    if (granted) {
      setShown(granted.userId ? NAMED : granted.agencyId);
      setForm({ ...form, userId: "" });
      changed(`${holder(granted)} now holds ${label(granted.role).toLowerCase()} in this partnership.`);
    }
  };
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">Roles in the partnership</h2>
      <p className="muted">
        A person acts with a role only where they hold it here: given to them by name, or to every user of their agency.
      </p>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <div className="inline-form">
        <label htmlFor="r-shown">
          Show
          <select id="r-shown" value={shown} onChange={(e) => setShown(e.target.value)}>
            <option value={NAMED}>Roles given to people by name</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                Roles of {a.shortName}
              </option>
            ))}
          </select>
        </label>
      </div>
      {listed.length === 0 ? (
        <p className="empty">No roles to show.</p>
      ) : (
        <TableScroll name="List of roles held">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Held by</th>
                <th scope="col">Agency</th>
                <th scope="col">Role</th>
                <th scope="col">Given on</th>
                <th scope="col">Revoke</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((holding) => (
                <HoldingRow key={holding.id} holding={holding} agencies={agencies} onRevoked={changed} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form className="form card" onSubmit={submit} aria-labelledby="grant-heading">
        <h3 id="grant-heading">Give a role</h3>
        <ErrorList errors={serverErrors(error)} />
        <label htmlFor="g-agency">Their agency</label>
        <select
          id="g-agency"
          required
          value={form.agencyId}
          onChange={(e) => setForm({ ...form, agencyId: e.target.value })}
        >
          <option value="">Choose an agency…</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.shortName})
            </option>
          ))}
        </select>
        <label htmlFor="g-user">Their sign-in identity</label>
        <p id="g-user-hint" className="muted hint">
          As their agency&apos;s sign-in service knows them. Leave empty to give the role to every user of the agency.
        </p>
        <input
          id="g-user"
          aria-describedby="g-user-hint"
          value={form.userId}
          onChange={(e) => setForm({ ...form, userId: e.target.value })}
        />
        <label htmlFor="g-role">Role</label>
        <select id="g-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {PARTNERSHIP_ROLES.map((role) => (
            <option key={role} value={role}>
              {label(role)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={loading}>
          {loading ? "Giving…" : "Give role"}
        </button>
      </form>
    </section>
  );
}
