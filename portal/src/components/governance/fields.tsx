import type { ReactNode } from "react";
import { FieldMessage, type FormProblems } from "../form-problems";
import { label as words } from "../../lib/format";

// The governance forms' fields: a label, the control and the problem the server or the browser
// found with it, the control described by both so a screen reader reads the message with it.

interface Common {
  form: FormProblems;
  id: string;
  label: string;
  hint?: ReactNode;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="muted hint">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  form,
  id,
  label,
  hint,
  value,
  onChange,
  lines,
}: Common & { value: string; onChange(value: string): void; lines?: number }) {
  const described = form.describe(id, hint ? `${id}-hint` : undefined);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      {lines ? (
        <textarea id={id} rows={lines} value={value} onChange={(e) => onChange(e.target.value)} {...described} />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...described} />
      )}
      <FieldMessage form={form} id={id} />
    </>
  );
}

export function DateField({
  form,
  id,
  label,
  hint,
  value,
  onChange,
}: Common & { value: string; onChange(value: string): void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <input
        id={id}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...form.describe(id, hint ? `${id}-hint` : undefined)}
      />
      <FieldMessage form={form} id={id} />
    </>
  );
}

/** A choice among an enum's values, each shown in words. */
export function ChoiceField<T extends string>({
  form,
  id,
  label,
  hint,
  value,
  options,
  onChange,
}: Common & { value: T; options: readonly T[]; onChange(value: NoInfer<T>): void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        {...form.describe(id, hint ? `${id}-hint` : undefined)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {words(option)}
          </option>
        ))}
      </select>
      <FieldMessage form={form} id={id} />
    </>
  );
}

/** Several of a list, as checkboxes in a group the legend names. */
export function CheckboxGroup<T extends string>({
  form,
  id,
  label,
  hint,
  options,
  chosen,
  onChange,
}: Common & {
  options: ReadonlyArray<{ value: T; label: string }>;
  chosen: readonly T[];
  onChange(chosen: T[]): void;
}) {
  return (
    <fieldset id={id} tabIndex={-1} {...form.describe(id, hint ? `${id}-hint` : undefined)}>
      <legend>{label}</legend>
      <Hint id={id} hint={hint} />
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
            }
          />
          {option.label}
        </label>
      ))}
      <FieldMessage form={form} id={id} />
    </fieldset>
  );
}
