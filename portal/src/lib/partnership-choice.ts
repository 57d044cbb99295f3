/**
 * The partnership the user chose to act in, kept beside the token so a new tab acts where the
 * others do; it names the user, so another user signing in on this browser is asked afresh, and
 * signing out removes it.
 */
const STORAGE_KEY = "partnership-portal-partnership";

export function rememberedPartnership(userId: string): string | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as { userId: string; id: string } | null;
    return stored?.userId === userId ? stored.id : null;
  } catch {
    return null;
  }
}

export function rememberPartnership(userId: string, id: string): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ userId, id }));
}

export function forgetPartnership(): void {
  localStorage.removeItem(STORAGE_KEY);
}
