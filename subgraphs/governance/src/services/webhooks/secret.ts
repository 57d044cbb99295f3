import { randomBytes } from "node:crypto";

/** A new signing secret in the form Standard Webhooks' libraries take: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}
