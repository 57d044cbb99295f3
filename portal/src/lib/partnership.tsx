import { type ReactNode, useEffect, useRef, useState } from "react";
import { PARTNERSHIP_HEADER } from "./apollo";
import { forgetPartnership, rememberedPartnership, rememberPartnership } from "./partnership-choice";
import { useSession } from "./session";

/** The partnership the portal acts in for the signed-in user. */
export interface ActingPartnership {
  id: string;
  name: string;
}

type Found =
  | { state: "loading" }
  | { state: "acting"; partnership: ActingPartnership; choices: ActingPartnership[] }
  | { state: "choose"; choices: ActingPartnership[] }
  | { state: "refused"; message: string }
  | { state: "unauthenticated" };

const ACTING = "{ actingPartnership { id name } }";

/** Asks the gateway where this user acts, in `asked` or, when none is asked, where they can. */
async function actingIn(token: string, asked: string | null): Promise<Found> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      ...(asked ? { [PARTNERSHIP_HEADER]: asked } : {}),
    },
    body: JSON.stringify({ query: ACTING }),
  });
  const body = (await response.json()) as {
    data?: { actingPartnership: ActingPartnership | null };
    errors?: Array<{ message: string; extensions?: { code?: string; choices?: ActingPartnership[] } }>;
  };
  const error = body.errors?.[0];
  if (response.status === 401 || error?.extensions?.code === "UNAUTHENTICATED") return { state: "unauthenticated" };
  if (error?.extensions?.code === "PARTNERSHIP_REQUIRED")
    return { state: "choose", choices: error.extensions.choices ?? [] };
  if (error || !body.data?.actingPartnership) return { state: "refused", message: error?.message ?? "no partnership" };
  return { state: "acting", partnership: body.data.actingPartnership, choices: [] };
}

/**
 * A token refused before any page was shown (pasted wrong, revoked, expired while the tab was
 * closed): nothing is on the page to keep, so signing in again starts from the sign-in page.
 */
function SignInRefused() {
  const { signOut } = useSession();
  return (
    <div role="alert" className="error">
      Your sign-in is no longer accepted (it may have expired).{" "}
      <button type="button" onClick={signOut}>
        Sign in again
      </button>
    </div>
  );
}

/**
 * Works out the partnership the portal acts in before anything else is asked: the one this user
 * chose earlier (in any tab, for the session's life), else the only one the user can act in, else the user chooses from their
 * agency's partnerships. Renders `children` with it once known.
 */
export function PartnershipGate({
  token,
  children,
}: {
  token: string;
  children(acting: ActingPartnership, change: (() => void) | null): ReactNode;
}) {
  const { session } = useSession();
  const userId = session?.userId ?? null;
  const [found, setFound] = useState<Found>({ state: "loading" });
  const [asked, setAsked] = useState<string | null>(() => userId && rememberedPartnership(userId));
  const [choices, setChoices] = useState<ActingPartnership[]>([]);
  // A new token for the same user (a sign-in again) must not ask again, which would unmount the
  // page and lose what was typed; only a refused answer is asked again with the new token.
  const latestToken = useRef(token);
  latestToken.current = token;
  const retryWith = found.state === "unauthenticated" ? token : null;

  useEffect(() => {
    let current = true;
    actingIn(latestToken.current, asked).then(
      (next) => {
        if (!current) return;
        if (next.state === "choose") setChoices(next.choices);
        if (next.state === "refused" && asked) {
          // A choice this user can no longer act in: ask again.
          forgetPartnership();
          setAsked(null);
          return;
        }
        setFound(next);
      },
      (error: unknown) => current && setFound({ state: "refused", message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
  }, [userId, asked, retryWith]);

  const choose = (id: string) => {
    if (userId) rememberPartnership(userId, id);
    setFound({ state: "loading" });
    setAsked(id);
  };

  if (found.state === "loading") return <p aria-live="polite">Loading…</p>;
  if (found.state === "unauthenticated") return <SignInRefused />;
  if (found.state === "refused") return <p role="alert">You cannot act in any partnership: {found.message}</p>;
  if (found.state === "choose")
    return (
      <main className="choose-partnership">
        <h1>Which partnership are you working in?</h1>
        <p>Your agency belongs to more than one. Each sees only its own records.</p>
        <ul>
          {found.choices.map((choice) => (
            <li key={choice.id}>
              <button type="button" onClick={() => choose(choice.id)}>
                {choice.name}
              </button>
            </li>
          ))}
        </ul>
      </main>
    );
  const change =
    choices.length > 1
      ? () => {
          forgetPartnership();
          setFound({ state: "choose", choices });
        }
      : null;
  return <>{children(found.partnership, change)}</>;
}
