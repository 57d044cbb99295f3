import { type FormEvent, useState } from "react";

export interface Period {
  from: string;
  to: string;
}

/** A from–to pair of dates, applied together so a half-typed period never queries. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange(period: Period): void }) {
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Period">
      <label>
        From{" "}
        <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} required />
      </label>
      <label>
        To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} required />
      </label>
      <button type="submit">Show</button>
    </form>
  );
}
