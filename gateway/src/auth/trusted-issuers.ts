import type { JWK } from "jose";
import { z } from "zod";

/**
 * An identity provider the gateway takes user tokens from, and the agencies it may speak for: a
 * partner agency runs its own, and its tokens count only for that agency (or the few it serves).
 */
export interface TrustedIssuer {
  /** The `iss` its tokens carry. */
  issuer: string;
  /** The `aud` its tokens must carry. */
  audience: string;
  /** Its JWKS endpoint (production: https). */
  jwksUrl?: string;
  /** Or its public keys, given inline. */
  publicJwks?: JWK[];
  /** The agency ids whose users it signs in; "*" (every agency) only outside production. */
  agencies: readonly string[] | "*";
}

/** The demo identity provider's `iss` (kept here so the rules below need not load the provider). */
const DEMO_ISSUER_NAME = "partnership-demo-idp";
const DEFAULT_AUDIENCE_NAME = "partnership-graph";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function entrySchema(production: boolean) {
  return z
    .object({
      issuer: z.string().min(1, "must name the issuer (its tokens' iss)"),
      audience: z.string().min(1).default(DEFAULT_AUDIENCE_NAME),
      jwksUrl: z
        .url({
          protocol: production ? /^https$/ : /^https?$/,
          error: production ? "must be an https:// URL in production" : "must be an http(s) URL",
        })
        .optional(),
      jwks: z.object({ keys: z.array(z.looseObject({ kty: z.string() })).min(1) }).optional(),
      agencies: z.unknown().transform((value, ctx): readonly string[] | "*" => {
        if (value === "*") return value;
        if (!Array.isArray(value) || value.length === 0) {
          ctx.addIssue({ code: "custom", message: 'must list at least one agency id (or be "*" outside production)' });
          return z.NEVER;
        }
        value.forEach((id: unknown, index) => {
          if (typeof id !== "string" || !UUID.test(id))
            ctx.addIssue({ code: "custom", path: [index], message: "must be an agency's id (a UUID)" });
        });
        return value as string[];
      }),
    })
    .strict()
    .superRefine((entry, ctx) => {
      if (!entry.jwksUrl === !entry.jwks)
        ctx.addIssue({
          code: "custom",
          path: ["jwksUrl"],
          message: "give the provider's keys as jwksUrl or jwks (one of them)",
        });
      if (production && entry.agencies === "*")
        ctx.addIssue({
          code: "custom",
          path: ["agencies"],
          message: 'may not be "*" (every agency) in production: list the ids of the agencies this provider signs in',
        });
      if (production && entry.issuer === DEMO_ISSUER_NAME)
        ctx.addIssue({
          code: "custom",
          path: ["issuer"],
          message: "names the demo identity provider, which is never trusted in production",
        });
    });
}

/**
 * The trusted issuers as configuration gives them: JSON text, a list of
 * `{ issuer, audience?, jwksUrl | jwks, agencies }`. Every problem is named with its place in the
 * list (e.g. `TRUSTED_ISSUERS.1.agencies`), so an operator fixes them in one go.
 */
export function trustedIssuersJson(production: boolean) {
  const list = z
    .array(entrySchema(production))
    .min(1, "must list at least one identity provider")
    .superRefine((entries, ctx) => {
      entries.forEach((entry, index) => {
        if (entries.findIndex((other) => other.issuer === entry.issuer) !== index)
          ctx.addIssue({ code: "custom", path: [index, "issuer"], message: "names an issuer given more than once" });
      });
    });
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `must be JSON: ${(error as Error).message}` });
        return z.NEVER;
      }
    })
    .pipe(list)
    .transform((entries) =>
      entries.map(({ issuer, audience, jwksUrl, jwks, agencies }): TrustedIssuer => ({
        issuer,
        audience,
        ...(jwksUrl ? { jwksUrl } : { publicJwks: jwks!.keys as JWK[] }),
        agencies,
      })),
    );
}

/** Whether `issuer` may speak for `agencyId`. */
export function speaksFor(issuer: TrustedIssuer, agencyId: string): boolean {
  return issuer.agencies === "*" || issuer.agencies.includes(agencyId);
}
