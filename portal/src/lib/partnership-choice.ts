import { readStoredToken } from "./stored-token";

/**
 * The partnership the user chose to act in, kept beside the token so a new tab acts where the
 * others do. It names the user, so another user signing in on this browser is asked afresh, and
 * like the token it lasts no longer than the token's expiry, and signing out removes it.
 */
const STORAGE_KEY = "partnership-portal-partnership";

interface Choice {
  userId: string;
  id: string;
  expiresAt: number;
}

export function rememberedPartnership(userId: string): string | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as Choice | null;
    if (!stored) return null;
    // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time, as the gateway checks it
    if (!(stored.expiresAt > Date.now())) {
      forgetPartnership();
      return null;
    }
    return stored.userId === userId ? stored.id : null;
  } catch {
    forgetPartnership();
    return null;
  }
}

export function rememberPartnership(userId: string, id: string): void {
  const expiresAt = readStoredToken()?.expiresAt;
  if (expiresAt) localStorage.setItem(STORAGE_KEY, JSON.stringify({ userId, id, expiresAt } satisfies Choice));
}

export function forgetPartnership(): void {
  localStorage.removeItem(STORAGE_KEY);
}
