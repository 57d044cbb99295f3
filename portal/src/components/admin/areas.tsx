import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { AreaKind } from "../../gql/graphql";
import { ErrorList } from "../../lib/errors";
import { label } from "../../lib/format";
import { TableScroll } from "../table-scroll";
import { AREA_KINDS } from "./choices";
import { serverErrors } from "./server-errors";

const DEFINE_AREA = graphql(`
  mutation PortalDefineArea($input: DefineAreaInput!) {
    defineArea(input: $input) {
      id
      name
      kind
    }
  }
`);

export interface AreaRow {
  id: string;
  name: string;
  kind: AreaKind;
  onsCode?: string | null;
  parent?: { name: string } | null;
}

/** The partnership's areas (where concerns are), and a new one. */
export function PartnershipAreas({ areas, onChanged }: { areas: readonly AreaRow[]; onChanged(): void }) {
  const [form, setForm] = useState<{ name: string; kind: AreaKind; onsCode: string; parentId: string }>({
    name: "",
    kind: "TOWN",
    onsCode: "",
    parentId: "",
  });
  const [done, setDone] = useState<string | null>(null);
  const [define, { loading, error }] = useMutation(DEFINE_AREA);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await define({
      variables: {
        input: {
          name: form.name,
          kind: form.kind,
          onsCode: form.onsCode.trim() || null,
          parentId: form.parentId || null,
        },
      },
    }).catch(() => null);
    const defined = result?.data?.defineArea;
    if (defined) {
      setForm({ name: "", kind: "TOWN", onsCode: "", parentId: "" });
      setDone(`${defined.name} (${label(defined.kind).toLowerCase()}) is now an area of the partnership.`);
      onChanged();
    }
  };
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">Areas</h2>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <TableScroll name="List of areas">
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Kind</th>
              <th scope="col">Within</th>
              <th scope="col">ONS code</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id}>
                <td>{area.name}</td>
                <td>{label(area.kind)}</td>
                <td>{area.parent?.name ?? "—"}</td>
                <td>{area.onsCode ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form className="form card" onSubmit={submit} aria-labelledby="area-heading">
        <h3 id="area-heading">Define an area</h3>
        <ErrorList errors={serverErrors(error)} />
        <label htmlFor="a-name">Name</label>
        <input id="a-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor="a-kind">Kind</label>
        <select id="a-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as AreaKind })}>
          {AREA_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind === "OUTSIDE" ? "Outside the partnership's area" : label(kind)}
            </option>
          ))}
        </select>
        <label htmlFor="a-parent">Within (for a ward)</label>
        <select id="a-parent" value={form.parentId} onChange={(e) => setForm({ ...form, parentId: e.target.value })}>
          <option value="">Not within another area</option>
          {areas
            .filter((a) => a.kind === "TOWN" || a.kind === "LOCALITY")
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
        <label htmlFor="a-ons">ONS code (optional)</label>
        <input id="a-ons" value={form.onsCode} onChange={(e) => setForm({ ...form, onsCode: e.target.value })} />
        <button type="submit" disabled={loading}>
          {loading ? "Defining…" : "Define area"}
        </button>
      </form>
    </section>
  );
}
