import { type FormEvent, useEffect, useRef, useState } from "react";
import { decodeClaims, type Session, useSession } from "../lib/session";
import "./reauthenticate.css";

interface DemoAgency {
  id: string;
  shortName: string;
}

/** The demo sign-in (outside production only) of this user's agency, or null where there is none. */
function useDemoAgency(agencyId: string): string | null {
  const [shortName, setShortName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/demo/users")
      .then((response) => (response.ok ? (response.json() as Promise<{ agencies: DemoAgency[] }>) : null))
      .then(
        (directory) => current && setShortName(directory?.agencies.find((a) => a.id === agencyId)?.shortName ?? null),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [agencyId]);
  return shortName;
}

/**
 * Asks to sign in again over the page when the session's token expired or was refused. A modal
 * dialog rather than the sign-in page: the page under it stays mounted, so a half-filled form keeps
 * what was typed and can be saved once signed in. Only the same user may carry on; another user
 * signs out first, which leaves nothing of this user's on the screen.
 */
export function Reauthenticate({ session }: { session: Session }) {
  const { signIn, signOut } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const demoAgency = useDemoAgency(session.agencyId);
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function carryOn(next: string) {
    const claims = decodeClaims(next);
    if (claims.userId !== session.userId)
      throw new Error(
        `That sign-in is for ${claims.name}, not ${session.name}. Sign in as ${session.name} to keep what you entered, or sign out.`,
      );
    signIn(next);
  }

  async function demoSignIn() {
    setError(null);
    setBusy(true);
    try {
      const response = await fetch("/demo/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ agency: demoAgency, roles: session.roles }),
      });
      const body = (await response.json()) as { token?: string; error?: string };
      if (!response.ok || !body.token) throw new Error(body.error ?? "The sign-in service did not answer.");
      carryOn(body.token);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function tokenSignIn(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      carryOn(token.trim());
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="reauthenticate"
      aria-labelledby="reauthenticate-heading"
      aria-describedby="reauthenticate-why"
      // Escape would leave the page usable with a token that no longer works: signing in or out closes it.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="reauthenticate-heading">Sign in again to carry on</h2>
      <p id="reauthenticate-why">
        Your sign-in has ended (sign-ins last a working day), so nothing more can be saved or shown until you sign in
        again as {session.name}. The page stays as it is: what you entered is kept, and you can save it once signed in.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {demoAgency && (
        <button type="button" disabled={busy} onClick={() => void demoSignIn()}>
          Sign in again as {session.name}
        </button>
      )}
      <form onSubmit={tokenSignIn}>
        <label htmlFor="reauthenticate-token">
          {demoAgency ? "Or paste a new token" : "A new token from your agency's identity provider"}
        </label>
        <textarea id="reauthenticate-token" rows={3} value={token} onChange={(e) => setToken(e.target.value)} />
        <button type="submit" disabled={!token.trim()}>
          Use this token
        </button>
      </form>
      <p className="muted">
        Signing out instead discards what you have not saved.{" "}
        <button type="button" className="link-button" onClick={signOut}>
          Sign out
        </button>
      </p>
    </dialog>
  );
}
