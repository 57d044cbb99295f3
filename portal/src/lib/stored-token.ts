/** Where the signed-in user's token is kept, shared by every tab of the portal (see SessionProvider). */
export const STORAGE_KEY = "partnership-portal-session";

export interface StoredToken {
  token: string;
  /** The token's `exp`, in milliseconds since the epoch. */
  expiresAt: number;
}

/** The stored token while it lasts; an expired one is removed on the way, so none outlives its expiry. */
export function readStoredToken(): StoredToken | null {
  const text = localStorage.getItem(STORAGE_KEY);
  if (!text) return null;
  try {
    const stored = JSON.parse(text) as StoredToken;
    // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time, as the gateway checks it
    if (typeof stored.token === "string" && typeof stored.expiresAt === "number" && stored.expiresAt > Date.now())
      return stored;
  } catch {
    // Not ours, or written by an older portal: dropped below.
  }
  localStorage.removeItem(STORAGE_KEY);
  return null;
}

export function storeToken(stored: StoredToken): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

export function clearStoredToken(): void {
  localStorage.removeItem(STORAGE_KEY);
}
