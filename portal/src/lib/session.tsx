import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

/** Who is signed in, read from the token's claims (the gateway verifies the token; this only displays). */
export interface Session {
  token: string;
  userId: string;
  name: string;
  agencyId: string;
  roles: string[];
}

interface SessionState {
  session: Session | null;
  signIn(token: string): void;
  signOut(): void;
}

const STORAGE_KEY = "partnership-portal-token";
const SessionContext = createContext<SessionState | null>(null);

function decodeClaims(token: string): Session {
  const payload = token.split(".")[1];
  if (!payload) throw new Error("that is not a JSON Web Token");
  const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
  const claims = JSON.parse(json) as { sub?: string; name?: string; agency?: string; roles?: string[] };
  if (!claims.sub || !claims.agency) throw new Error("the token names no user or agency");
  return {
    token,
    userId: claims.sub,
    name: claims.name ?? claims.sub,
    agencyId: claims.agency,
    roles: claims.roles ?? [],
  };
}

function restore(): Session | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  if (!token) return null;
  try {
    return decodeClaims(token);
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(restore);
  const signIn = useCallback((token: string) => {
    const next = decodeClaims(token);
    sessionStorage.setItem(STORAGE_KEY, token);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.clear();
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
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
