import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A button for an act with legal or safeguarding weight: pressing it first asks, in words, what
 * will happen; only the second, named button does it. Extra fields (a last day) go in `children`.
 */
export function ConfirmButton({
  action,
  question,
  confirm,
  busy,
  onConfirm,
  children,
}: {
  /** The first button's words, e.g. "End membership". */
  action: string;
  /** What will happen, asked before it does. */
  question: string;
  /** The button that does it, e.g. "Yes, end WMP's membership". */
  confirm: string;
  busy?: boolean;
  /** Does the act; answers true when it was done (the question then closes). */
  onConfirm(): Promise<boolean>;
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {action}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-label={action}>
      <p>{question}</p>
      {children}
      <div className="actions">
        <button
          ref={confirmButton}
          type="button"
          disabled={busy}
          onClick={async () => {
            if (await onConfirm()) setAsking(false);
          }}
        >
          {confirm}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Do not {action.charAt(0).toLowerCase() + action.slice(1)}
        </button>
      </div>
    </div>
  );
}
