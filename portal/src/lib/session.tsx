import { decodeJwt } from "jose";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { Reauthenticate } from "../components/reauthenticate";
import { clearLiveToken, setLiveToken, TOKEN_REFUSED_EVENT } from "./live-token";
import { forgetPartnership } from "./partnership-choice";
import { clearStoredToken, type StoredToken, readStoredToken, STORAGE_KEY, storeToken } from "./stored-token";

/** Who is signed in, read from the token's claims (the gateway verifies the token; this only displays). */
export interface Session {
  /** The token requests carry now: a re-sign-in as the same user replaces it without a new session. */
  readonly token: string;
  userId: string;
  name: string;
  agencyId: string;
  roles: string[];
}

interface SessionState {
  session: Session | null;
  /**
   * The session's token expired or the gateway refused it: the page stays as it is (a form keeps
   * what was typed) under a prompt to sign in again as the same user.
   */
  expired: boolean;
  signIn(token: string): void;
  signOut(): void;
  /** The gateway refused the token: ask to sign in again, in place. */
  refused(): void;
}

const SessionContext = createContext<SessionState | null>(null);

/** Tells every other tab of this portal that the user signed out (storage alone cannot tell a sign-out from an expiry). */
const CHANNEL = "partnership-portal-session";

interface Claims {
  userId: string;
  name: string;
  agencyId: string;
  roles: string[];
  expiresAt: number;
}

/** A token's claims, read (not verified: the gateway verifies every request) to show who is signed in. */
export function decodeClaims(token: string): Claims {
  let claims: { sub?: string; name?: string; agency?: string; roles?: string[]; exp?: number };
  try {
    // jose decodes the payload as UTF-8: a name like "Zoë Ó Briain" reads as written.
    claims = decodeJwt(token) as typeof claims;
  } catch {
    throw new Error("that is not a sign-in token");
  }
  if (!claims.sub || !claims.agency) throw new Error("the token names no user or agency");
  if (typeof claims.exp !== "number") throw new Error("the token does not say when it expires");
  return {
    userId: claims.sub,
    name: claims.name ?? claims.sub,
    agencyId: claims.agency,
    roles: claims.roles ?? [],
    expiresAt: claims.exp * 1000,
  };
}

/** The session for a token whose claims are known; `token` reads the holder, so it follows a re-sign-in. */
function sessionOf(claims: Claims, holder: { current: StoredToken | null }, token: string): Session {
  return {
    get token() {
      return holder.current?.token ?? token;
    },
    userId: claims.userId,
    name: claims.name,
    agencyId: claims.agencyId,
    roles: claims.roles,
  };
}

function sameUser(a: Session, b: Claims): boolean {
  return (
    a.userId === b.userId && a.agencyId === b.agencyId && a.roles.join() === [...b.roles].join() && a.name === b.name
  );
}

/**
 * The signed-in session, kept for the token's lifetime and shared by every tab of the portal.
 *
 * Why localStorage holding the token with its expiry: a concern opened in a new tab must stay signed
 * in, and sessionStorage is per tab. A BroadcastChannel handshake (ask an open tab for the token)
 * fails when the last tab is closed and reopened within the token's life, which people do. The
 * token is the only secret stored, it is removed at its expiry (a timer in every open tab, and a
 * check on every read), on sign-out in any tab, and when the gateway refuses it; it is never kept
 * beyond its `exp`. A sign-out is broadcast so every tab drops its pages; an expiry is not a
 * sign-out: each tab keeps its page and asks to sign in again, so nothing typed is lost.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const holder = useRef<StoredToken | null>(readStoredToken());
  const [session, setSession] = useState<Session | null>(() => {
    const stored = holder.current;
    if (!stored) return null;
    try {
      const claims = decodeClaims(stored.token);
      setLiveToken(claims.userId, stored.token);
      return sessionOf(claims, holder, stored.token);
    } catch {
      clearStoredToken();
      return null;
    }
  });
  const [expired, setExpired] = useState(false);
  const channel = useMemo(() => ("BroadcastChannel" in window ? new BroadcastChannel(CHANNEL) : null), []);

  const adopt = useCallback((token: string) => {
    const claims = decodeClaims(token);
    holder.current = { token, expiresAt: claims.expiresAt };
    setLiveToken(claims.userId, token);
    setExpired(false);
    // The same user again keeps the session (and so every page and form) as it is.
    setSession((current) => (current && sameUser(current, claims) ? current : sessionOf(claims, holder, token)));
  }, []);

  const signIn = useCallback(
    (token: string) => {
      const claims = decodeClaims(token);
      // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time, as the gateway checks it
      if (claims.expiresAt <= Date.now()) throw new Error("that token has already expired");
      storeToken({ token, expiresAt: claims.expiresAt });
      adopt(token);
    },
    [adopt],
  );

  const dropLocally = useCallback(() => {
    holder.current = null;
    clearLiveToken();
    setExpired(false);
    setSession(null);
  }, []);

  const signOut = useCallback(() => {
    clearStoredToken();
    forgetPartnership();
    channel?.postMessage("signed-out");
    dropLocally();
  }, [channel, dropLocally]);

  const refused = useCallback(() => {
    const refusedToken = holder.current?.token;
    // Another tab may already have stored a fresh token: remove only the one refused.
    if (refusedToken && readStoredToken()?.token === refusedToken) clearStoredToken();
    setExpired(true);
  }, []);

  // The Apollo client says when the gateway refused the token (lib/apollo.ts).
  useEffect(() => {
    window.addEventListener(TOKEN_REFUSED_EVENT, refused);
    return () => window.removeEventListener(TOKEN_REFUSED_EVENT, refused);
  }, [refused]);

  // Every tab signs out when one does.
  useEffect(() => {
    if (!channel) return;
    channel.onmessage = (event) => event.data === "signed-out" && dropLocally();
    return () => channel.close();
  }, [channel, dropLocally]);

  // A token stored by another tab (a sign-in there, or a sign-in again) is this tab's too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      const stored = readStoredToken();
      if (stored && stored.token !== holder.current?.token) adopt(stored.token);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [adopt]);

  // At the token's expiry the stored copy goes, and this tab asks to sign in again in place.
  const expiresAt = session && !expired ? holder.current?.expiresAt : undefined;
  useEffect(() => {
    if (expiresAt === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time, as the gateway checks it
      const wait = expiresAt - Date.now();
      if (wait > 0) {
        // setTimeout takes at most 2^31-1 ms; a longer wait is checked again then.
        timer = setTimeout(schedule, Math.min(wait, 2 ** 31 - 1));
        return;
      }
      if (readStoredToken()?.token === holder.current?.token) clearStoredToken();
      setExpired(true);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [expiresAt, session]);

  const value = useMemo(
    () => ({ session, expired, signIn, signOut, refused }),
    [session, expired, signIn, signOut, refused],
  );
  return (
    <SessionContext.Provider value={value}>
      {children}
      {session && expired && <Reauthenticate session={session} />}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}

/** The signed-in session; only for pages behind the sign-in. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error("not signed in");
  return session;
}

export function hasRole(session: Session, ...roles: string[]): boolean {
  return roles.some((role) => session.roles.includes(role));
}
