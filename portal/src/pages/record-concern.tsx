import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAreas } from "../lib/areas";
import { ErrorList } from "../lib/errors";
import { label } from "../lib/format";
import { useAgencies, usePlatformToday } from "../lib/queries";
import { useSignedIn } from "../lib/session";

const RECORD_CONCERN = gql`
  mutation PortalRecordConcern($input: RecordConcernInput!) {
    recordConcern(input: $input) {
      id
      reference
    }
  }
`;

const SOURCES = [
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
const EXPLOITATION = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];
const LOCATION_TYPES = [
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

/** A new concern with its premises; the caller's agency leads unless another is chosen. */
export function RecordConcernPage() {
  const session = useSignedIn();
  const agencies = useAgencies();
  const areas = useAreas();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    receivedOn: "",
    source: "POLICE",
    exploitationTypes: ["LABOUR"] as string[],
    intelligenceSummary: "",
    leadAgencyId: "",
    type: "FACTORY",
    areaId: "",
    ward: "",
    address: "",
    postcode: "",
    businessName: "",
  });
  const today = usePlatformToday();
  const [record, { loading, error }] = useMutation(RECORD_CONCERN);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  // A referral with no place: premises not known need no area, ward, address or postcode.
  const known = form.type !== "NOT_KNOWN";
  const areaId = form.areaId || (known ? (areas[0]?.id ?? "") : "");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await record({
      variables: {
        input: {
          receivedOn: form.receivedOn || today,
          source: form.source,
          exploitationTypes: form.exploitationTypes,
          intelligenceSummary: form.intelligenceSummary || null,
          leadAgencyId: form.leadAgencyId || session.agencyId,
          participatingAgencyIds: [],
          location: {
            type: form.type,
            areaId: areaId || null,
            ward: form.ward || null,
            address: form.address || null,
            postcode: form.postcode || null,
            businessName: form.businessName || null,
          },
        },
      },
    });
    const created = (result.data as { recordConcern: { id: string } | null } | undefined)?.recordConcern;
    if (created) navigate(`/cases/${created.id}`);
  }

  const select = (id: string, text: string, options: string[], value: string, onChange: (v: string) => void) => (
    <>
      <label htmlFor={id}>{text}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <>
      <h1>Record a concern</h1>
      <form className="card form" onSubmit={save}>
        <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
        <label htmlFor="c-received">Received on</label>
        <input
          id="c-received"
          type="date"
          required
          value={form.receivedOn || today || ""}
          onChange={(e) => set({ receivedOn: e.target.value })}
        />
        {select("c-source", "Source", SOURCES, form.source, (source) => set({ source }))}
        <fieldset>
          <legend>Kinds of exploitation</legend>
          {EXPLOITATION.map((type) => (
            <label key={type} className="checkbox">
              <input
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
        >
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <label htmlFor="c-intelligence">Intelligence summary</label>
        <textarea
          id="c-intelligence"
          rows={3}
          value={form.intelligenceSummary}
          onChange={(e) => set({ intelligenceSummary: e.target.value })}
        />
        <fieldset>
          <legend>Premises</legend>
          {select("c-type", "Type", LOCATION_TYPES, form.type, (type) => set({ type }))}
          <label htmlFor="c-area">Area</label>
          <select id="c-area" value={areaId} required={known} onChange={(e) => set({ areaId: e.target.value })}>
            {!known && <option value="">Not known</option>}
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
          <label htmlFor="c-ward">Ward</label>
          <input id="c-ward" required={known} value={form.ward} onChange={(e) => set({ ward: e.target.value })} />
          <label htmlFor="c-address">Address</label>
          <input
            id="c-address"
            required={known}
            value={form.address}
            onChange={(e) => set({ address: e.target.value })}
          />
          <label htmlFor="c-postcode">Postcode</label>
          <input
            id="c-postcode"
            required={known}
            value={form.postcode}
            onChange={(e) => set({ postcode: e.target.value })}
          />
          <label htmlFor="c-business">Business name</label>
          <input id="c-business" value={form.businessName} onChange={(e) => set({ businessName: e.target.value })} />
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
