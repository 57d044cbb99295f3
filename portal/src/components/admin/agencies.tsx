import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { AgencySector } from "../../gql/graphql";
import { ErrorList } from "../../lib/errors";
import { label } from "../../lib/format";
import { TableScroll } from "../table-scroll";
import { SECTORS } from "./choices";
import { serverErrors } from "./server-errors";

const CREATE_AGENCY = graphql(`
  mutation PortalCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
      shortName
    }
  }
`);

const UPDATE_AGENCY = graphql(`
  mutation PortalUpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      id
      name
      firstResponder
    }
  }
`);

export interface DirectoryAgency {
  id: string;
  name: string;
  shortName: string;
  sector: AgencySector;
  firstResponder: boolean;
}

/** An agency's row; its name and first responder status are corrected in place. */
function AgencyRow({ agency, onChanged }: { agency: DirectoryAgency; onChanged(message: string): void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(agency.name);
  const [firstResponder, setFirstResponder] = useState(agency.firstResponder);
  const [update, { loading, error }] = useMutation(UPDATE_AGENCY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ variables: { input: { agencyId: agency.id, name, firstResponder } } }).catch(
      () => null,
    );
    const updated = result?.data?.updateAgency;
    if (updated) {
      setEditing(false);
      onChanged(
        `${updated.name} is saved${updated.firstResponder ? ", a first responder organisation" : ", not a first responder organisation"}.`,
      );
    }
  };
  return (
    <tr>
      <td>{agency.shortName}</td>
      <td colSpan={editing ? 3 : 1}>
        {editing ? (
          <form className="form" onSubmit={submit} aria-label={`Correct ${agency.shortName}`}>
            <ErrorList errors={serverErrors(error)} />
            <label htmlFor={`ag-name-${agency.id}`}>Name</label>
            <input id={`ag-name-${agency.id}`} required value={name} onChange={(e) => setName(e.target.value)} />
            <label className="checkbox">
              <input type="checkbox" checked={firstResponder} onChange={(e) => setFirstResponder(e.target.checked)} />
              First responder organisation (refers people into the NRM)
            </label>
            <div className="actions">
              <button type="submit" disabled={loading}>
                {loading ? "Saving…" : "Save agency"}
              </button>
              <button type="button" className="secondary" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          agency.name
        )}
      </td>
      {!editing && (
        <>
          <td>{label(agency.sector)}</td>
          <td>{agency.firstResponder ? "Yes" : "No"}</td>
        </>
      )}
      <td>
        {!editing && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Correct {agency.shortName}
          </button>
        )}
      </td>
    </tr>
  );
}

/** The platform's directory of agencies, a new agency, and corrections to a member's. */
export function DirectoryAgencies({
  agencies,
  onChanged,
}: {
  agencies: readonly DirectoryAgency[];
  onChanged(): void;
}) {
  const blank = { name: "", shortName: "", sector: "NGO" as AgencySector, firstResponder: false };
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_AGENCY);
  const changed = (message: string) => {
    setDone(message);
    onChanged();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await create({ variables: { input: form } }).catch(() => null);
    const created = result?.data?.createAgency;
    if (created) {
      setForm(blank);
      changed(
        `${created.name} (${created.shortName}) is in the directory. Add it as a member on the partnership page for it to take part.`,
      );
    }
  };
  return (
    <section aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Agencies</h2>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <TableScroll name="List of agencies">
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Short name</th>
              <th scope="col">Name</th>
              <th scope="col">Sector</th>
              <th scope="col">First responder</th>
              <th scope="col">Correct</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <AgencyRow
                key={`${agency.id}-${agency.name}-${agency.firstResponder}`}
                agency={agency}
                onChanged={changed}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form className="form card" onSubmit={submit} aria-labelledby="new-agency-heading">
        <h3 id="new-agency-heading">Add an agency to the directory</h3>
        <ErrorList errors={serverErrors(error)} />
        <label htmlFor="na-name">Name</label>
        <input id="na-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor="na-short">Short name</label>
        <input
          id="na-short"
          required
          value={form.shortName}
          onChange={(e) => setForm({ ...form, shortName: e.target.value })}
        />
        <label htmlFor="na-sector">Sector</label>
        <select
          id="na-sector"
          value={form.sector}
          onChange={(e) => setForm({ ...form, sector: e.target.value as AgencySector })}
        >
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {label(sector)}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.firstResponder}
            onChange={(e) => setForm({ ...form, firstResponder: e.target.checked })}
          />
          First responder organisation (refers people into the NRM)
        </label>
        <button type="submit" disabled={loading}>
          {loading ? "Adding…" : "Add agency"}
        </button>
      </form>
    </section>
  );
}
