import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { Role } from "../../gql/graphql";
import { ErrorList } from "../../lib/errors";
import { dateTime, label } from "../../lib/format";
import { TableScroll } from "../table-scroll";
import { type AgencyChoice, MACHINE_ROLES } from "./choices";
import { ConfirmButton } from "./confirm-button";
import { serverErrors } from "./server-errors";

const REGISTER_CLIENT = graphql(`
  mutation PortalRegisterMachineClient($input: RegisterMachineClientInput!) {
    registerMachineClient(input: $input) {
      id
      name
      clientId
    }
  }
`);

const REVOKE_CLIENT = graphql(`
  mutation PortalRevokeMachineClient($id: ID!) {
    revokeMachineClient(id: $id) {
      id
      name
      active
      revokedAt
    }
  }
`);

export interface MachineClientRow {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  roles: Role[];
  active: boolean;
  registeredAt: string;
  revokedAt?: string | null;
  agency?: { shortName: string } | null;
}

function RevokeClient({ client, onRevoked }: { client: MachineClientRow; onRevoked(message: string): void }) {
  const [revoke, { loading, error }] = useMutation(REVOKE_CLIENT);
  if (!client.active) return <>Revoked {dateTime(client.revokedAt)}</>;
  return (
    <ConfirmButton
      action="Revoke"
      question={`Every request ${client.name} makes is refused from now on. The registration stays in the register, revoked.`}
      confirm={`Yes, revoke ${client.name}`}
      busy={loading}
      onConfirm={async () => {
        const result = await revoke({ variables: { id: client.id } }).catch(() => null);
        const revoked = result?.data?.revokeMachineClient;
        if (revoked) onRevoked(`${revoked.name} is revoked: its tokens are refused.`);
        return Boolean(revoked);
      }}
    >
      <ErrorList errors={serverErrors(error)} />
    </ConfirmButton>
  );
}

/** Partner agencies' systems that call the platform themselves: registering and revoking them. */
export function MachineClients({
  clients,
  agencies,
  onChanged,
}: {
  clients: readonly MachineClientRow[];
  agencies: readonly AgencyChoice[];
  onChanged(): void;
}) {
  const blank = { name: "", issuer: "", clientId: "", agencyId: "", roles: [] as Role[] };
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<string | null>(null);
  const [register, { loading, error }] = useMutation(REGISTER_CLIENT);
  const changed = (message: string) => {
    setDone(message);
    onChanged();
  };
  const toggle = (role: Role, on: boolean) =>
    setForm({ ...form, roles: on ? [...form.roles, role] : form.roles.filter((r) => r !== role) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await register({ variables: { input: form } }).catch(() => null);
    const registered = result?.data?.registerMachineClient;
    if (registered) {
      setForm(blank);
      changed(`${registered.name} (${registered.clientId}) is registered: its tokens now act in this partnership.`);
    }
  };
  return (
    <section aria-labelledby="clients-heading">
      <h2 id="clients-heading">Partner systems</h2>
      <p className="muted">
        Systems that sign in with their own identity provider&apos;s tokens and act for a member agency here.
      </p>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      {clients.length === 0 ? (
        <p className="empty">No partner systems are registered.</p>
      ) : (
        <TableScroll name="List of partner systems">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">System</th>
                <th scope="col">Client id</th>
                <th scope="col">Agency</th>
                <th scope="col">Roles</th>
                <th scope="col">Registered</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.id}>
                  <td>{client.name}</td>
                  <td className="cell-wrap">
                    {client.clientId}
                    <br />
                    <span className="muted">{client.issuer}</span>
                  </td>
                  <td>{client.agency?.shortName ?? "—"}</td>
                  <td>{client.roles.map(label).join(", ")}</td>
                  <td>{dateTime(client.registeredAt)}</td>
                  <td>
                    <RevokeClient client={client} onRevoked={changed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form className="form card" onSubmit={submit} aria-labelledby="new-client-heading">
        <h3 id="new-client-heading">Register a partner system</h3>
        <ErrorList errors={serverErrors(error)} />
        <label htmlFor="mc-name">Name</label>
        <input id="mc-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor="mc-issuer">Identity provider (issuer)</label>
        <p id="mc-issuer-hint" className="muted hint">
          Exactly as its tokens name their issuer; it must be one the platform trusts.
        </p>
        <input
          id="mc-issuer"
          required
          aria-describedby="mc-issuer-hint"
          value={form.issuer}
          onChange={(e) => setForm({ ...form, issuer: e.target.value })}
        />
        <label htmlFor="mc-client">Client id</label>
        <input
          id="mc-client"
          required
          value={form.clientId}
          onChange={(e) => setForm({ ...form, clientId: e.target.value })}
        />
        <label htmlFor="mc-agency">Acts for the agency</label>
        <select
          id="mc-agency"
          required
          value={form.agencyId}
          onChange={(e) => setForm({ ...form, agencyId: e.target.value })}
        >
          <option value="">Choose a member agency…</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.shortName})
            </option>
          ))}
        </select>
        <fieldset className="admin-fieldset">
          <legend>Acts with the roles</legend>
          <div className="checkbox-grid">
            {MACHINE_ROLES.map((role) => (
              <label key={role} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.roles.includes(role)}
                  onChange={(e) => toggle(role, e.target.checked)}
                />
                {label(role)}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={loading}>
          {loading ? "Registering…" : "Register system"}
        </button>
      </form>
    </section>
  );
}
