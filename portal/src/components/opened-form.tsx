import { createContext, type ReactNode, useContext, useEffect, useEffectEvent, useRef } from "react";

const Close = createContext<(() => void) | null>(null);

const FIELD = "input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled)";

/**
 * A form opened in place by a button: focus moves to its first field, Escape or its Cancel button
 * closes it, and focus goes back to the button that opened it.
 */
export function OpenedForm({ onClose, children }: { onClose(): void; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const close = useEffectEvent(onClose);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>(FIELD)?.focus();
    const escape = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) close();
    };
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("keydown", escape);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <Close.Provider value={onClose}>
      <div ref={box}>{children}</div>
    </Close.Provider>
  );
}

/** Closes the opened form it is in, keeping nothing typed; outside one it shows nothing. */
export function CancelButton() {
  const close = useContext(Close);
  if (!close) return null;
  return (
    <button type="button" className="secondary" onClick={close}>
      Cancel
    </button>
  );
}
