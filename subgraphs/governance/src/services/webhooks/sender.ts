import { signedHeaders, webhookPayload, type DeliveredEvent } from "./payload.js";

/** How one attempt went: delivered on a 2xx answer; otherwise the status (if any) and why. */
export type AttemptOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

const MAX_ERROR_LENGTH = 500;

function bounded(text: string): string {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** The cause a failed fetch gives (ECONNREFUSED, a TLS error, the time limit), in a few words. */
function reasonOf(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `no answer within ${timeoutMs} ms`;
  const cause = err.cause;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ""}`;
  return err.message || String(error);
}

/**
 * POSTs one event to its webhook's registered URL, signed with its secret, within `timeoutMs`.
 * Redirects are not followed: nothing is sent to a URL the partnership admin did not register.
 * The answer's body is not read (a receiver's answer is none of the platform's business), only its status.
 */
export async function attemptDelivery(
  target: { url: string; secret: string },
  event: DeliveredEvent,
  at: Date,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const body = webhookPayload(event);
  try {
    const response = await fetch(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "partnership-graph-webhooks/1",
        ...signedHeaders(target.secret, event.eventId, body, at),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    const redirect = response.status >= 300 && response.status < 400 ? " (redirects are not followed)" : "";
    return { ok: false, status: response.status, error: bounded(`HTTP ${response.status}${redirect}`) };
  } catch (error) {
    return { ok: false, status: null, error: bounded(reasonOf(error, timeoutMs)) };
  }
}
