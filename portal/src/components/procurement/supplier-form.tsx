import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type {
  HighRiskCommodity,
  SupplierLocation,
  SupplierSector,
  TurnoverBand,
  WorkforceTrait,
} from "../../gql/graphql";
import { chosen, required } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { label, turnoverBand } from "../../lib/format";
import { ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { COMMODITIES, LOCATION_WORDS, LOCATIONS, SECTORS, TURNOVER_BANDS, WORKFORCE_TRAITS } from "./choices";
import { ChoiceField, TextField, TickList } from "./fields";

const CREATE_SUPPLIER = graphql(`
  mutation PortalCreateSupplier($input: CreateSupplierInput!) {
    createSupplier(input: $input) {
      id
      name
    }
  }
`);

const UPDATE_SUPPLIER = graphql(`
  mutation PortalUpdateSupplier($input: UpdateSupplierInput!) {
    updateSupplier(input: $input) {
      id
      name
      sector
      turnoverBand
      financialYearEnd
      website
      location
      workforceTraits
      commodities
    }
  }
`);

export interface SupplierDraft {
  name: string;
  companyNumber: string;
  sector: SupplierSector | "";
  turnoverBand: TurnoverBand;
  financialYearEnd: string;
  website: string;
  location: SupplierLocation;
  workforceTraits: WorkforceTrait[];
  commodities: HighRiskCommodity[];
}

export const NEW_SUPPLIER: SupplierDraft = {
  name: "",
  companyNumber: "",
  sector: "",
  turnoverBand: "UNKNOWN",
  financialYearEnd: "03-31",
  website: "",
  location: "UK",
  workforceTraits: [],
  commodities: [],
};

const FIELDS: FieldTable = {
  supplierId: { id: "sup-name", label: "Supplier" },
  name: { id: "sup-name", label: "Registered name" },
  companyNumber: { id: "sup-number", label: "Company number" },
  sector: { id: "sup-sector", label: "Sector" },
  turnoverBand: { id: "sup-turnover", label: "Annual turnover" },
  financialYearEnd: { id: "sup-year-end", label: "Financial year ends" },
  website: { id: "sup-website", label: "Website" },
  location: { id: "sup-location", label: "Where it operates" },
  workforceTraits: { id: "sup-traits", label: "Workforce" },
  commodities: { id: "sup-goods", label: "High-risk goods" },
};

/**
 * A supplier's details: a new supplier (with its company number, which is then fixed: other
 * services match premises by it), or an existing one's as they stand now.
 */
export function SupplierForm({
  supplierId,
  initial,
  onSaved,
}: {
  /** The supplier being changed; none for a new one. */
  supplierId?: string;
  initial: SupplierDraft;
  onSaved(id: string, name: string): void;
}) {
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<SupplierDraft>) => setDraft({ ...draft, ...change });
  const problems = useFormProblems(FIELDS);
  const [create, creating] = useMutation(CREATE_SUPPLIER);
  const [update, updating] = useMutation(UPDATE_SUPPLIER);
  const editing = supplierId !== undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      required("sup-name", "Registered name", draft.name),
      editing ? null : required("sup-number", "Company number", draft.companyNumber),
      chosen("sup-sector", "Sector", draft.sector),
      required("sup-year-end", "Financial year ends", draft.financialYearEnd),
    ]);
    if (!ok || draft.sector === "") return;
    const details = {
      name: draft.name,
      sector: draft.sector,
      turnoverBand: draft.turnoverBand,
      financialYearEnd: draft.financialYearEnd.trim(),
      website: draft.website.trim() || null,
      location: draft.location,
      workforceTraits: draft.workforceTraits,
      commodities: draft.commodities,
    };
    if (editing) {
      const result = await update({ variables: { input: { supplierId, ...details } } });
      if (result.data) onSaved(result.data.updateSupplier.id, result.data.updateSupplier.name);
      else problems.fromServer(result.error);
    } else {
      const result = await create({ variables: { input: { ...details, companyNumber: draft.companyNumber } } });
      if (result.data) onSaved(result.data.createSupplier.id, result.data.createSupplier.name);
      else problems.fromServer(result.error);
    }
  }

  const heading = editing ? "Change the supplier's details" : "Add a supplier";
  return (
    <form className="form" onSubmit={save} aria-label={heading} noValidate>
      <ProblemSummary form={problems} />
      <TextField
        form={problems}
        id="sup-name"
        label="Registered name"
        value={draft.name}
        onChange={(name) => set({ name })}
      />
      {!editing && (
        <TextField
          form={problems}
          id="sup-number"
          label="Company number"
          hint="Companies House number, 8 letters or digits, e.g. 01234567 or SC123456. It cannot be changed later."
          value={draft.companyNumber}
          onChange={(companyNumber) => set({ companyNumber })}
        />
      )}
      <ChoiceField
        form={problems}
        id="sup-sector"
        label="Sector"
        options={["", ...SECTORS] as Array<SupplierSector | "">}
        words={(s) => (s === "" ? "Choose a sector" : label(s))}
        value={draft.sector}
        onChange={(sector) => set({ sector })}
      />
      <ChoiceField
        form={problems}
        id="sup-turnover"
        label="Annual turnover"
        options={TURNOVER_BANDS}
        words={turnoverBand}
        value={draft.turnoverBand}
        onChange={(band) => set({ turnoverBand: band })}
      />
      <TextField
        form={problems}
        id="sup-year-end"
        label="Financial year ends"
        hint="Month and day, e.g. 03-31 for 31 March."
        value={draft.financialYearEnd}
        onChange={(financialYearEnd) => set({ financialYearEnd })}
      />
      <TextField
        form={problems}
        id="sup-website"
        label="Website (optional)"
        type="url"
        value={draft.website}
        onChange={(website) => set({ website })}
      />
      <ChoiceField
        form={problems}
        id="sup-location"
        label="Where it operates and sources"
        options={LOCATIONS}
        words={(l) => LOCATION_WORDS[l]}
        value={draft.location}
        onChange={(location) => set({ location })}
      />
      <TickList
        form={problems}
        id="sup-traits"
        legend="Its workforce (tick what applies)"
        options={WORKFORCE_TRAITS}
        value={draft.workforceTraits}
        onChange={(workforceTraits) => set({ workforceTraits })}
      />
      <TickList
        form={problems}
        id="sup-goods"
        legend="High-risk goods it supplies"
        options={COMMODITIES}
        value={draft.commodities}
        onChange={(commodities) => set({ commodities })}
      />
      <div className="actions form-buttons">
        <button type="submit" disabled={creating.loading || updating.loading}>
          {editing ? "Save the changes" : "Add the supplier"}
        </button>
        <CancelButton />
      </div>
    </form>
  );
}
