import { type ReactNode, useEffect, useRef } from "react";
import "./governance.css";

/**
 * Asks before an act with legal weight: a modal dialog stating what is being agreed to, which the
 * person confirms or cancels. Escape cancels, as the browser's own dialog does.
 */
export function ConfirmDialog({
  title,
  confirm,
  busy,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  confirm: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <div className="confirm-body">{children}</div>
      <div className="actions">
        <button type="button" disabled={busy} onClick={onConfirm}>
          {busy ? "Saving…" : confirm}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
