import { RestrictedNotice } from "../lib/restrictions";
import "./field.css";

/**
 * A form field the caller's agency may not see or write: labelled as the field would be, and
 * said restricted in words, with no box to type into (a box would be refused on save, or would
 * invite overwriting what is withheld). For edit forms as well as new records.
 */
export function RestrictedField({
  id,
  label,
  category,
  reason,
}: {
  id: string;
  label: string;
  category: string;
  reason?: string;
}) {
  return (
    <div className="restricted-field" role="group" aria-labelledby={`${id}-label`} data-testid={`restricted-${id}`}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <RestrictedNotice category={category} reason={reason} />
    </div>
  );
}
