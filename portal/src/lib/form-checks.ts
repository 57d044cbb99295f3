import type { FieldProblem } from "./form-errors";

/** The same pattern the server holds a postcode to (LocationInput.postcode). */
const UK_POSTCODE = /^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// What the browser can check before sending, so every problem shows on the first submit. The
// server checks all of it again and more; its answers map onto the same fields.

/** Text the form needs: refused when empty or only spaces. */
export function required(id: string, label: string, value: string, message = "Must not be blank"): FieldProblem | null {
  return value.trim() === "" ? { id, label, message } : null;
}

/** A day the form needs (a date box left empty, or holding no whole date). */
export function requiredDay(id: string, label: string, value: string): FieldProblem | null {
  return value === "" ? { id, label, message: "Enter a date, e.g. 31/03/2020" } : null;
}

export function ukPostcode(id: string, label: string, value: string): FieldProblem | null {
  return (
    required(id, label, value) ??
    (UK_POSTCODE.test(value.trim()) ? null : { id, label, message: "Must be a UK postcode, e.g. B66 2AA" })
  );
}

export function email(id: string, label: string, value: string): FieldProblem | null {
  return (
    required(id, label, value) ??
    (EMAIL.test(value.trim()) ? null : { id, label, message: "Must be an email address, e.g. name@agency.gov.uk" })
  );
}

/** A choice the person must make (a select left on its prompt). */
export function chosen(id: string, label: string, value: string): FieldProblem | null {
  return value === "" ? { id, label, message: "Choose one" } : null;
}
