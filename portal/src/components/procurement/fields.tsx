import type { ReactNode } from "react";
import { FieldMessage, type FormProblems } from "../form-problems";
import { label as words } from "../../lib/format";

/** One labelled text (or date, number) box with its problem beside it. */
export function TextField({
  form,
  id,
  label,
  value,
  onChange,
  type = "text",
  hint,
  multiline = false,
}: {
  form: FormProblems;
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: "text" | "date" | "number" | "url";
  hint?: string;
  multiline?: boolean;
}) {
  const described = form.describe(id, hint ? `${id}-hint` : undefined);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea id={id} rows={3} value={value} onChange={(e) => onChange(e.target.value)} {...described} />
      ) : (
        <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} {...described} />
      )}
      <FieldMessage form={form} id={id} />
    </>
  );
}

/** One labelled choice among a type's values, each shown in words. */
export function ChoiceField<T extends string>({
  form,
  id,
  label,
  options,
  value,
  onChange,
  words: say = words,
}: {
  form: FormProblems;
  id: string;
  label: string;
  options: readonly T[];
  value: T;
  onChange(value: T): void;
  words?: (value: T) => string;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} {...form.describe(id)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {say(option)}
          </option>
        ))}
      </select>
      <FieldMessage form={form} id={id} />
    </>
  );
}

/** Any number of a type's values, ticked; the first box carries the field's id for its problem. */
export function TickList<T extends string>({
  form,
  id,
  legend,
  options,
  value,
  onChange,
  words: say = words,
}: {
  form: FormProblems;
  id: string;
  legend: ReactNode;
  options: readonly T[];
  value: readonly T[];
  onChange(value: T[]): void;
  words?: (value: T) => string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <FieldMessage form={form} id={id} />
      {options.map((option, index) => (
        <label key={option} className="checkbox">
          <input
            id={index === 0 ? id : undefined}
            {...(index === 0 ? form.describe(id) : {})}
            type="checkbox"
            checked={value.includes(option)}
            onChange={() => onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option])}
          />
          {say(option)}
        </label>
      ))}
    </fieldset>
  );
}

/** A yes-or-no question as one tick box. */
export function YesNo({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: boolean;
  onChange(value: boolean): void;
}) {
  return (
    <label className="checkbox" htmlFor={id}>
      <input id={id} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
