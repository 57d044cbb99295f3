import { graphql } from "../gql";
import type { ConcernSource, ExploitationType, LocationType } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAreas } from "../lib/areas";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { required, requiredDay, ukPostcode } from "../lib/form-checks";
import type { FieldTable } from "../lib/form-errors";
import { label } from "../lib/format";
import { useAgencies, usePlatformToday } from "../lib/queries";
import { useSignedIn } from "../lib/session";

const RECORD_CONCERN = graphql(`
  mutation PortalRecordConcern($input: RecordConcernInput!) {
    recordConcern(input: $input) {
      id
      reference
    }
  }
`);

export const SOURCES: ConcernSource[] = [
  "POLICE",
  "COUNCIL_SERVICE",
  "NGO",
  "PUBLIC",
  "BUSINESS",
  "HEALTH",
  "HELPLINE",
  "HOME_OFFICE",
  "SELF_REFERRAL",
  "ANONYMOUS",
];
const EXPLOITATION: ExploitationType[] = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];
export const LOCATION_TYPES: LocationType[] = [
  "FACTORY",
  "PRIVATE_DWELLING",
  "WASTE_RECYCLING",
  "RESTAURANT",
  "CAR_WASH",
  "TAKEAWAY",
  "PUBLIC_PLACE",
  "SHOP",
  "HMO",
  "NAIL_BAR",
  "HOTEL",
  "HOSPITALITY",
  "WAREHOUSE",
  "FARM",
  "FOOD_PRODUCTION",
  "CUCKOOED_OR_TRAP_HOUSE",
  "OTHER",
  "NOT_KNOWN",
];

/** RecordConcernInput's fields, where this form shows them. */
const FIELDS: FieldTable = {
  receivedOn: { id: "c-received", label: "Received on" },
  source: { id: "c-source", label: "Source" },
  exploitationTypes: { id: "c-exploitation", label: "Kinds of exploitation" },
  intelligenceSummary: { id: "c-intelligence", label: "Intelligence summary" },
  leadAgencyId: { id: "c-lead", label: "Lead agency" },
  location: { id: "c-type", label: "Premises" },
  "location.type": { id: "c-type", label: "Premises type" },
  "location.areaId": { id: "c-area", label: "Area" },
  "location.ward": { id: "c-ward", label: "Ward" },
  "location.address": { id: "c-address", label: "Address" },
  "location.postcode": { id: "c-postcode", label: "Postcode" },
  "location.businessName": { id: "c-business", label: "Business name" },
};

/** A new concern with its premises; the caller's agency leads unless another is chosen. */
export function RecordConcernPage() {
  const session = useSignedIn();
  const agencies = useAgencies();
  const areas = useAreas();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    // Null until the person picks a day (today until then); empty when they clear it.
    receivedOn: null as string | null,
    source: "POLICE" as ConcernSource,
    exploitationTypes: ["LABOUR"] as ExploitationType[],
    intelligenceSummary: "",
    leadAgencyId: "",
    type: "FACTORY" as LocationType,
    areaId: "",
    ward: "",
    address: "",
    postcode: "",
    businessName: "",
  });
  const today = usePlatformToday();
  const [record, { loading }] = useMutation(RECORD_CONCERN);
  const problems = useFormProblems(FIELDS);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  // A referral with no place: premises not known need no area, ward, address or postcode.
  const known = form.type !== "NOT_KNOWN";
  const areaId = form.areaId || (known ? (areas[0]?.id ?? "") : "");
  const receivedOn = form.receivedOn ?? today ?? "";

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      requiredDay("c-received", "Received on", receivedOn),
      form.exploitationTypes.length === 0
        ? { id: "c-exploitation", label: "Kinds of exploitation", message: "Choose at least one" }
        : null,
      ...(known
        ? [
            required("c-ward", "Ward", form.ward),
            required("c-address", "Address", form.address),
            ukPostcode("c-postcode", "Postcode", form.postcode),
          ]
        : []),
    ]);
    if (!ok) return;
    const result = await record({
      variables: {
        input: {
          receivedOn,
          source: form.source,
          exploitationTypes: form.exploitationTypes,
          intelligenceSummary: form.intelligenceSummary.trim() || null,
          leadAgencyId: form.leadAgencyId || session.agencyId,
          participatingAgencyIds: [],
          location: {
            type: form.type,
            areaId: areaId || null,
            ward: form.ward.trim() || null,
            address: form.address.trim() || null,
            postcode: form.postcode.trim() || null,
            businessName: form.businessName.trim() || null,
          },
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    const created = result.data?.recordConcern;
    if (created) navigate(`/cases/${created.id}`);
  }

  const select = <T extends string>(id: string, text: string, options: T[], value: T, onChange: (v: T) => void) => (
    <>
      <label htmlFor={id}>{text}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} {...problems.describe(id)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id={id} />
    </>
  );

  return (
    <>
      <h1>Record a concern</h1>
      <form className="card form" onSubmit={save} noValidate>
        <ProblemSummary form={problems} />
        <label htmlFor="c-received">Received on</label>
        <input
          id="c-received"
          type="date"
          required
          value={receivedOn}
          onChange={(e) => set({ receivedOn: e.target.value })}
          {...problems.describe("c-received")}
        />
        <FieldMessage form={problems} id="c-received" />
        {select("c-source", "Source", SOURCES, form.source, (source) => set({ source }))}
        <fieldset>
          <legend>Kinds of exploitation</legend>
          <FieldMessage form={problems} id="c-exploitation" />
          {EXPLOITATION.map((type, index) => (
            <label key={type} className="checkbox">
              <input
                id={index === 0 ? "c-exploitation" : undefined}
                {...(index === 0 ? problems.describe("c-exploitation") : {})}
                type="checkbox"
                checked={form.exploitationTypes.includes(type)}
                onChange={() =>
                  set({
                    exploitationTypes: form.exploitationTypes.includes(type)
                      ? form.exploitationTypes.filter((t) => t !== type)
                      : [...form.exploitationTypes, type],
                  })
                }
              />
              {label(type)}
            </label>
          ))}
        </fieldset>
        <label htmlFor="c-lead">Lead agency</label>
        <select
          id="c-lead"
          value={form.leadAgencyId || session.agencyId}
          onChange={(e) => set({ leadAgencyId: e.target.value })}
          {...problems.describe("c-lead")}
        >
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <FieldMessage form={problems} id="c-lead" />
        <label htmlFor="c-intelligence">Intelligence summary</label>
        <textarea
          id="c-intelligence"
          rows={3}
          value={form.intelligenceSummary}
          onChange={(e) => set({ intelligenceSummary: e.target.value })}
          {...problems.describe("c-intelligence")}
        />
        <FieldMessage form={problems} id="c-intelligence" />
        <fieldset>
          <legend>Premises</legend>
          {select("c-type", "Type", LOCATION_TYPES, form.type, (type) => set({ type }))}
          <label htmlFor="c-area">Area</label>
          <select
            id="c-area"
            value={areaId}
            required={known}
            onChange={(e) => set({ areaId: e.target.value })}
            {...problems.describe("c-area")}
          >
            {!known && <option value="">Not known</option>}
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
          <FieldMessage form={problems} id="c-area" />
          <label htmlFor="c-ward">Ward</label>
          <input
            id="c-ward"
            required={known}
            value={form.ward}
            onChange={(e) => set({ ward: e.target.value })}
            {...problems.describe("c-ward")}
          />
          <FieldMessage form={problems} id="c-ward" />
          <label htmlFor="c-address">Address</label>
          <input
            id="c-address"
            required={known}
            value={form.address}
            onChange={(e) => set({ address: e.target.value })}
            {...problems.describe("c-address")}
          />
          <FieldMessage form={problems} id="c-address" />
          <label htmlFor="c-postcode">Postcode</label>
          <input
            id="c-postcode"
            required={known}
            value={form.postcode}
            onChange={(e) => set({ postcode: e.target.value })}
            {...problems.describe("c-postcode")}
          />
          <FieldMessage form={problems} id="c-postcode" />
          <label htmlFor="c-business">Business name</label>
          <input
            id="c-business"
            value={form.businessName}
            onChange={(e) => set({ businessName: e.target.value })}
            {...problems.describe("c-business")}
          />
          <FieldMessage form={problems} id="c-business" />
        </fieldset>
        <button type="submit" disabled={loading}>
          {loading ? "Saving…" : "Record concern"}
        </button>
        <Link className="button secondary" to="/cases">
          Cancel
        </Link>
      </form>
    </>
  );
}
