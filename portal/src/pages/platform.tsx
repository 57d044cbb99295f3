import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { TableScroll } from "../components/table-scroll";
import { serverErrors } from "../components/admin/server-errors";
import "../components/admin/admin.css";
import { graphql } from "../gql";
import { ErrorList, OperationError } from "../lib/errors";
import { usePortalQuery } from "../lib/use-portal-query";

const PLATFORM = graphql(`
  query PortalPlatformAdmin {
    partnerships(first: 100) {
      nodes {
        id
        name
        shortName
        referencePrefix
        area
        parentNetwork
      }
    }
    agencies(first: 100) {
      nodes {
        id
        name
        shortName
      }
    }
  }
`);

const CREATE_PARTNERSHIP = graphql(`
  mutation PortalCreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      id
      name
      shortName
    }
  }
`);

const CREATE_NETWORK = graphql(`
  mutation PortalCreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      name
      shortName
    }
  }
`);

type Agencies = ReadonlyArray<{ id: string; name: string; shortName: string }>;

function NewPartnership({ agencies, onCreated }: { agencies: Agencies; onCreated(): void }) {
  const blank = {
    name: "",
    shortName: "",
    referencePrefix: "",
    area: "",
    parentNetwork: "",
    termsOfReference: "",
    adminAgencyId: "",
    adminUserId: "",
  };
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_PARTNERSHIP);
  const set = (field: keyof typeof blank) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await create({
      variables: {
        input: {
          name: form.name,
          shortName: form.shortName,
          referencePrefix: form.referencePrefix,
          area: form.area,
          parentNetwork: form.parentNetwork.trim() || null,
          termsOfReference: form.termsOfReference.trim() || null,
          firstAdmin: { agencyId: form.adminAgencyId, userId: form.adminUserId },
        },
      },
    }).catch(() => null);
    const created = result?.data?.createPartnership;
    if (created) {
      setDone(
        `${created.name} is created, with ${form.adminUserId} as its first administrator. They add its members and give its roles.`,
      );
      setForm(blank);
      onCreated();
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-partnership-heading">
      <h2 id="new-partnership-heading">Create a partnership</h2>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <ErrorList errors={serverErrors(error)} />
      <label htmlFor="np-name">Name</label>
      <input id="np-name" required value={form.name} onChange={set("name")} />
      <label htmlFor="np-short">Short name</label>
      <p id="np-short-hint" className="muted hint">
        2 to 20 capital letters, digits or hyphens, e.g. NORTHFOLD.
      </p>
      <input
        id="np-short"
        required
        aria-describedby="np-short-hint"
        value={form.shortName}
        onChange={set("shortName")}
      />
      <label htmlFor="np-prefix">Casework reference prefix</label>
      <p id="np-prefix-hint" className="muted hint">
        2 to 8 capital letters: concerns are numbered e.g. NFASP-2026-0001.
      </p>
      <input
        id="np-prefix"
        required
        aria-describedby="np-prefix-hint"
        value={form.referencePrefix}
        onChange={set("referencePrefix")}
      />
      <label htmlFor="np-area">Area it covers</label>
      <input id="np-area" required value={form.area} onChange={set("area")} />
      <label htmlFor="np-network">Regional network (optional)</label>
      <input id="np-network" value={form.parentNetwork} onChange={set("parentNetwork")} />
      <label htmlFor="np-terms">Terms of reference (optional)</label>
      <textarea id="np-terms" rows={3} value={form.termsOfReference} onChange={set("termsOfReference")} />
      <fieldset className="admin-fieldset">
        <legend>Its first administrator</legend>
        <label htmlFor="np-admin-agency">Their agency (its first member)</label>
        <select id="np-admin-agency" required value={form.adminAgencyId} onChange={set("adminAgencyId")}>
          <option value="">Choose an agency…</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.shortName})
            </option>
          ))}
        </select>
        <label htmlFor="np-admin-user">Their sign-in identity</label>
        <input id="np-admin-user" required value={form.adminUserId} onChange={set("adminUserId")} />
      </fieldset>
      <button type="submit" disabled={loading}>
        {loading ? "Creating…" : "Create partnership"}
      </button>
    </form>
  );
}

function NewNetwork({ partnerships }: { partnerships: ReadonlyArray<{ id: string; name: string }> }) {
  const blank = { name: "", shortName: "", partnershipIds: [] as string[] };
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_NETWORK);
  const toggle = (id: string, on: boolean) =>
    setForm({
      ...form,
      partnershipIds: on ? [...form.partnershipIds, id] : form.partnershipIds.filter((p) => p !== id),
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await create({ variables: { input: form } }).catch(() => null);
    const created = result?.data?.createNetwork;
    if (created) {
      const names = partnerships.filter((p) => form.partnershipIds.includes(p.id)).map((p) => p.name);
      setDone(`${created.name} (${created.shortName}) is created over ${names.join(" and ")}: they see its figures.`);
      setForm(blank);
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-network-heading">
      <h2 id="new-network-heading">Create a network</h2>
      <p className="muted hint">Its partnerships&apos; users see its aggregate figures, never a record.</p>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <ErrorList errors={serverErrors(error)} />
      <label htmlFor="nn-name">Name</label>
      <input id="nn-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <label htmlFor="nn-short">Short name</label>
      <input
        id="nn-short"
        required
        value={form.shortName}
        onChange={(e) => setForm({ ...form, shortName: e.target.value })}
      />
      <fieldset className="admin-fieldset">
        <legend>Its partnerships (two or more)</legend>
        {partnerships.map((p) => (
          <label key={p.id} className="checkbox">
            <input
              type="checkbox"
              checked={form.partnershipIds.includes(p.id)}
              onChange={(e) => toggle(p.id, e.target.checked)}
            />
            {p.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={loading}>
        {loading ? "Creating…" : "Create network"}
      </button>
    </form>
  );
}

/** The platform administrator's work: partnerships (each with its first administrator) and networks over them. */
export function PlatformPage() {
  const { data, error, loading, refetch } = usePortalQuery(PLATFORM, { fetchPolicy: "network-only" });
  return (
    <>
      <h1>Platform administration</h1>
      <p className="muted">
        A platform administrator creates partnerships and networks, and holds nothing inside them: each
        partnership&apos;s own administrators run it.
      </p>
      {loading && !data && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          <section aria-labelledby="partnerships-heading">
            <h2 id="partnerships-heading">Partnerships</h2>
            <TableScroll name="List of partnerships">
              <table className="list">
                <thead>
                  <tr>
                    <th scope="col">Partnership</th>
                    <th scope="col">Short name</th>
                    <th scope="col">References</th>
                    <th scope="col">Area</th>
                    <th scope="col">Network</th>
                  </tr>
                </thead>
                <tbody>
                  {data.partnerships.nodes.map((p) => (
                    <tr key={p.id}>
                      <td>{p.name}</td>
                      <td>{p.shortName}</td>
                      <td>{p.referencePrefix}</td>
                      <td>{p.area}</td>
                      <td>{p.parentNetwork ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
          <div className="columns">
            <NewPartnership agencies={data.agencies.nodes} onCreated={() => void refetch()} />
            <NewNetwork partnerships={data.partnerships.nodes} />
          </div>
        </>
      )}
    </>
  );
}
