import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { required, requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { OperationError } from "../../lib/errors";
import { date } from "../../lib/format";
import { Guarded, Restrictions } from "../../lib/restrictions";
import { usePortalQuery } from "../../lib/use-portal-query";
import { ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton, OpenedForm } from "../opened-form";
import { TableScroll } from "../table-scroll";
import { TextField, YesNo } from "./fields";

const SUPPLIER_CONTRACTS = graphql(`
  query PortalSupplierContracts($supplierId: ID!) {
    contracts(filter: { supplierId: $supplierId }, first: 50) {
      totalCount
      nodes {
        id
        reference
        department
        category
        value
        startDate
        endDate
        modernSlaveryClause
        codeOfConduct
      }
    }
  }
`);

const CREATE_CONTRACT = graphql(`
  mutation PortalCreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      reference
    }
  }
`);

const FIELDS: FieldTable = {
  supplierId: { id: "ct-reference", label: "Supplier" },
  reference: { id: "ct-reference", label: "Contract reference" },
  department: { id: "ct-department", label: "Department" },
  category: { id: "ct-category", label: "What is bought" },
  value: { id: "ct-value", label: "Total value (£)" },
  startDate: { id: "ct-start", label: "Starts on" },
  endDate: { id: "ct-end", label: "Ends on" },
};

const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** A contract with the supplier, held by the user's agency in the partnership it acts in. */
function ContractForm({ supplierId, onSaved }: { supplierId: string; onSaved(reference: string): void }) {
  const [draft, setDraft] = useState({
    reference: "",
    department: "",
    category: "",
    value: "",
    startDate: "",
    endDate: "",
    modernSlaveryClause: true,
    codeOfConduct: false,
  });
  const set = (change: Partial<typeof draft>) => setDraft({ ...draft, ...change });
  const problems = useFormProblems(FIELDS);
  const [create, { loading }] = useMutation(CREATE_CONTRACT);

  async function save(event: FormEvent) {
    event.preventDefault();
    const value = Number(draft.value);
    const ok = problems.check([
      required("ct-reference", "Contract reference", draft.reference),
      required("ct-department", "Department", draft.department),
      required("ct-category", "What is bought", draft.category),
      draft.value.trim() === "" || !Number.isFinite(value)
        ? { id: "ct-value", label: "Total value (£)", message: "Enter the value in pounds, e.g. 250000" }
        : null,
      requiredDay("ct-start", "Starts on", draft.startDate),
      requiredDay("ct-end", "Ends on", draft.endDate),
    ]);
    if (!ok) return;
    const result = await create({
      variables: {
        input: {
          supplierId,
          reference: draft.reference.trim(),
          department: draft.department.trim(),
          category: draft.category.trim(),
          value,
          startDate: draft.startDate,
          endDate: draft.endDate,
          modernSlaveryClause: draft.modernSlaveryClause,
          codeOfConduct: draft.codeOfConduct,
        },
      },
    });
    if (result.data) onSaved(result.data.createContract.reference);
    else problems.fromServer(result.error);
  }

  return (
    <form className="form" onSubmit={save} aria-label="Add a contract" noValidate>
      <ProblemSummary form={problems} />
      <TextField
        form={problems}
        id="ct-reference"
        label="Contract reference"
        hint="Your agency's reference; each is used once."
        value={draft.reference}
        onChange={(reference) => set({ reference })}
      />
      <TextField
        form={problems}
        id="ct-department"
        label="Department"
        value={draft.department}
        onChange={(department) => set({ department })}
      />
      <TextField
        form={problems}
        id="ct-category"
        label="What is bought"
        value={draft.category}
        onChange={(category) => set({ category })}
      />
      <TextField
        form={problems}
        id="ct-value"
        label="Total value (£)"
        type="number"
        value={draft.value}
        onChange={(value) => set({ value })}
      />
      <TextField
        form={problems}
        id="ct-start"
        label="Starts on"
        type="date"
        value={draft.startDate}
        onChange={(startDate) => set({ startDate })}
      />
      <TextField
        form={problems}
        id="ct-end"
        label="Ends on"
        type="date"
        value={draft.endDate}
        onChange={(endDate) => set({ endDate })}
      />
      <YesNo
        id="ct-clause"
        label="It contains the modern slavery clause"
        value={draft.modernSlaveryClause}
        onChange={(modernSlaveryClause) => set({ modernSlaveryClause })}
      />
      <YesNo
        id="ct-conduct"
        label="The supplier has signed up to the code of conduct"
        value={draft.codeOfConduct}
        onChange={(codeOfConduct) => set({ codeOfConduct })}
      />
      <div className="actions form-buttons">
        <button type="submit" disabled={loading}>
          Add the contract
        </button>
        <CancelButton />
      </div>
    </form>
  );
}

/** The partnership's contracts with this supplier, and a new one of the user's agency. */
export function SupplierContracts({
  supplierId,
  canRecord,
  onChanged,
}: {
  supplierId: string;
  canRecord: boolean;
  onChanged(): void;
}) {
  const { data, error, refetch } = usePortalQuery(SUPPLIER_CONTRACTS, { variables: { supplierId } });
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const restrictions = Restrictions.from(error);
  const contracts = data?.contracts.nodes ?? [];
  return (
    <section className="card" aria-labelledby="contracts-heading">
      <div className="page-head">
        <h2 id="contracts-heading">Contracts</h2>
        {canRecord && !open && (
          <button type="button" onClick={() => setOpen(true)}>
            Add a contract
          </button>
        )}
      </div>
      {saved && (
        <p role="status" className="saved">
          Contract {saved} added.
        </p>
      )}
      {open && (
        <OpenedForm onClose={() => setOpen(false)}>
          <ContractForm
            supplierId={supplierId}
            onSaved={(reference) => {
              setSaved(reference);
              setOpen(false);
              void refetch();
              onChanged();
            }}
          />
        </OpenedForm>
      )}
      <OperationError error={error} />
      {data && contracts.length === 0 && <p className="muted">No contract with this supplier in this partnership.</p>}
      {contracts.length > 0 && (
        <TableScroll name="Contracts with this supplier">
          <table className="list">
            <caption className="visually-hidden">Contracts with this supplier</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">What is bought</th>
                <th scope="col">Value</th>
                <th scope="col">Runs</th>
                <th scope="col">Modern slavery clause</th>
              </tr>
            </thead>
            <tbody>
              {contracts.map((c, index) => (
                <tr key={c.id}>
                  <td>{c.reference}</td>
                  <td>
                    {c.category} ({c.department})
                  </td>
                  <td>
                    <Guarded r={restrictions} at={["contracts", "nodes", index, "value"]}>
                      {c.value !== null && POUNDS.format(c.value)}
                    </Guarded>
                  </td>
                  <td>
                    {date(c.startDate)} – {date(c.endDate)}
                  </td>
                  <td>{c.modernSlaveryClause ? "Yes" : "No"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
