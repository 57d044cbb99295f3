import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { ErrorList, OperationError } from "../../lib/errors";
import { usePortalQuery } from "../../lib/use-portal-query";
import { TableScroll } from "../table-scroll";
import type { AgencyChoice } from "./choices";
import { serverErrors } from "./server-errors";

const PEOPLE = graphql(`
  query PortalDirectoryPeople($search: String) {
    people(first: 20, filter: { search: $search }) {
      totalCount
      nodes {
        id
        name
        email
        jobTitle
        agency {
          shortName
        }
      }
    }
  }
`);

const CREATE_PERSON = graphql(`
  mutation PortalCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
      email
    }
  }
`);

/** The staff directory, searched; a new person of a member agency. */
export function DirectoryPeople({ agencies }: { agencies: readonly AgencyChoice[] }) {
  const [search, setSearch] = useState("");
  const blank = { name: "", email: "", jobTitle: "", agencyId: "" };
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<string | null>(null);
  const people = usePortalQuery(PEOPLE, { variables: { search: search.trim() || null }, fetchPolicy: "network-only" });
  const [create, { loading, error }] = useMutation(CREATE_PERSON);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await create({
      variables: { input: { ...form, jobTitle: form.jobTitle.trim() || null } },
    }).catch(() => null);
    const created = result?.data?.createPerson;
    if (created) {
      setForm(blank);
      setDone(`${created.name} is in the directory.`);
      // Shows the new entry where it landed.
      setSearch(created.email ?? created.name);
      void people.refetch();
    }
  };
  const list = people.data?.people;
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <div className="inline-form">
        <label htmlFor="p-search">
          Find by name or email
          <input id="p-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      <OperationError error={people.error} />
      {list && (
        <>
          <p className="muted">
            {list.totalCount} {list.totalCount === 1 ? "person" : "people"}
            {list.totalCount > list.nodes.length ? `, the first ${list.nodes.length} shown` : ""}.
          </p>
          <TableScroll name="List of people">
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Job title</th>
                  <th scope="col">Agency</th>
                </tr>
              </thead>
              <tbody>
                {list.nodes.map((person) => (
                  <tr key={person.id}>
                    <td>{person.name}</td>
                    <td className="cell-wrap">{person.email ?? "Restricted"}</td>
                    <td>{person.jobTitle ?? "—"}</td>
                    <td>{person.agency.shortName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <form className="form card" onSubmit={submit} aria-labelledby="new-person-heading">
        <h3 id="new-person-heading">Add a person</h3>
        <ErrorList errors={serverErrors(error)} />
        <label htmlFor="np-name">Name</label>
        <input id="np-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor="np-email">Work email</label>
        <input
          id="np-email"
          type="email"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <label htmlFor="np-title">Job title (optional)</label>
        <input id="np-title" value={form.jobTitle} onChange={(e) => setForm({ ...form, jobTitle: e.target.value })} />
        <label htmlFor="np-agency">Agency</label>
        <select
          id="np-agency"
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
        <button type="submit" disabled={loading}>
          {loading ? "Adding…" : "Add person"}
        </button>
      </form>
    </section>
  );
}
