import type { ReactNode } from "react";

/**
 * The step before an act with legal or safeguarding weight: what is about to be recorded, in the
 * domain's words, and the rule that applies, with the act itself and a way back to the form.
 */
export function ConfirmStep({
  heading,
  children,
  confirm,
  busy,
  onConfirm,
  onBack,
}: {
  heading: string;
  children: ReactNode;
  confirm: string;
  busy: boolean;
  onConfirm(): void;
  onBack(): void;
}) {
  return (
    <section className="confirm-step" aria-labelledby="confirm-heading">
      <h3 id="confirm-heading">{heading}</h3>
      {children}
      <div className="form-buttons">
        <button type="button" disabled={busy} onClick={onConfirm}>
          {busy ? "Saving…" : confirm}
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          Back to the form
        </button>
      </div>
    </section>
  );
}
