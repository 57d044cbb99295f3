import { useState } from "react";

/**
 * A signing secret the server answers once: shown here, in this page's memory only (never stored
 * in the browser), with a button to copy it and a warning that it will not be shown again.
 */
export function SecretOnce({ title, secret, onDone }: { title: string; secret: string; onDone(): void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-once" role="status" aria-labelledby="secret-once-title">
      <h3 id="secret-once-title">{title}</h3>
      <p>
        <strong>Copy it now: it will not be shown again.</strong> Give it to the team running the receiving system;
        anyone holding it can sign messages as this platform.
      </p>
      <label htmlFor="secret-once-value">Signing secret</label>
      <input id="secret-once-value" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />
      <div className="actions">
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
        >
          Copy the secret
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          I have copied it
        </button>
      </div>
      {copied && <p className="success">Copied.</p>}
    </div>
  );
}
