/**
 * The token this tab's session holds now. The Apollo client reads it on every request rather than
 * being made again for a new token: a new client would reload every page, and a form being filled
 * in would lose what was typed when its user signs in again.
 */
let live: { userId: string; token: string } | null = null;

export function setLiveToken(userId: string, token: string): void {
  live = { userId, token };
}

export function clearLiveToken(): void {
  live = null;
}

/** The latest token of this user, else the one the client was made with. */
export function liveToken(userId: string, fallback: string): string {
  return live?.userId === userId ? live.token : fallback;
}

/** The event the client fires when the gateway refuses the token; the session asks to sign in again. */
export const TOKEN_REFUSED_EVENT = "partnership-portal:token-refused";
