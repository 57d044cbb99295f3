import type { LocationInput, LocationType } from "../../gql/graphql";
import { useAreas } from "../../lib/areas";
import { required, ukPostcode } from "../../lib/form-checks";
import type { FieldProblem } from "../../lib/form-errors";
import { label } from "../../lib/format";
import { LOCATION_TYPES } from "../../pages/record-concern";

/** New premises as a form holds them: text boxes, empty for nothing. */
export interface PremisesDraft {
  type: LocationType;
  areaId: string;
  ward: string;
  address: string;
  postcode: string;
  businessName: string;
}

const known = (premises: PremisesDraft) => premises.type !== "NOT_KNOWN";

/** What the browser can check of new premises: known premises need their area, ward, address and postcode. */
export function premisesProblems(premises: PremisesDraft, idPrefix = "e-premises"): FieldProblem[] {
  if (!known(premises)) return [];
  return [
    premises.areaId ? null : { id: `${idPrefix}-area`, label: "Area", message: "Choose one" },
    required(`${idPrefix}-ward`, "Ward", premises.ward),
    required(`${idPrefix}-address`, "Address", premises.address),
    ukPostcode(`${idPrefix}-postcode`, "Postcode", premises.postcode),
  ].filter((problem): problem is FieldProblem => Boolean(problem));
}

/** The premises as the server takes them: an empty box is nothing, and premises not known carry no place. */
export function premisesInput(premises: PremisesDraft): LocationInput {
  if (!known(premises)) return { type: "NOT_KNOWN" };
  return {
    type: premises.type,
    areaId: premises.areaId || null,
    ward: premises.ward.trim() || null,
    address: premises.address.trim() || null,
    postcode: premises.postcode.trim() || null,
    businessName: premises.businessName.trim() || null,
  };
}

/** The boxes of new premises, each with the problem found in it. */
export function PremisesFields({
  idPrefix,
  value,
  onChange,
  problems,
}: {
  idPrefix: string;
  value: PremisesDraft;
  onChange(next: PremisesDraft): void;
  problems: FieldProblem[];
}) {
  const areas = useAreas();
  const id = (name: string) => `${idPrefix}-${name}`;
  const problemOf = (name: string) => problems.find((problem) => problem.id === id(name))?.message;
  const describe = (name: string) =>
    problemOf(name) ? { "aria-invalid": true as const, "aria-describedby": `${id(name)}-problem` } : {};
  const message = (name: string) =>
    problemOf(name) && (
      <p className="field-problem" id={`${id(name)}-problem`}>
        <span className="visually-hidden">Error: </span>
        {problemOf(name)}
      </p>
    );
  const text = (name: "ward" | "address" | "postcode" | "businessName", caption: string) => (
    <>
      <label htmlFor={id(name)}>{caption}</label>
      <input
        id={id(name)}
        required={name !== "businessName" && known(value)}
        value={value[name]}
        onChange={(e) => onChange({ ...value, [name]: e.target.value })}
        {...describe(name)}
      />
      {message(name)}
    </>
  );
  return (
    <>
      <label htmlFor={id("type")}>Type of premises</label>
      <select
        id={id("type")}
        value={value.type}
        onChange={(e) => onChange({ ...value, type: e.target.value as LocationType })}
      >
        {LOCATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {label(type)}
          </option>
        ))}
      </select>
      {known(value) && (
        <>
          <label htmlFor={id("area")}>Area</label>
          <select
            id={id("area")}
            required
            value={value.areaId}
            onChange={(e) => onChange({ ...value, areaId: e.target.value })}
            {...describe("area")}
          >
            <option value="" disabled>
              Choose an area
            </option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
          {message("area")}
          {text("ward", "Ward")}
          {text("address", "Address")}
          {text("postcode", "Postcode")}
          {text("businessName", "Business name")}
        </>
      )}
    </>
  );
}
