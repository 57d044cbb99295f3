import { type ReactNode, useEffect, useRef } from "react";
import { OpenedForm } from "../opened-form";
import "./casework.css";

/**
 * A form about one person, opened from their row, in a modal dialog: a table cell is no place for
 * a form, and the dialog keeps the row and its person in view behind it. Escape or Cancel closes it
 * and focus returns to the button that opened it.
 */
export function CaseworkDialog({ label, onClose, children }: { label: string; onClose(): void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const box = dialog.current;
    if (box && !box.open) box.showModal();
    return () => box?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="casework-dialog"
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <OpenedForm onClose={onClose}>{children}</OpenedForm>
    </dialog>
  );
}
