import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The Content-Security-Policy of every gateway response, the portal's pages included: the built
 * portal (portal/dist) loads only its own script and style files from /portal/assets and talks
 * only to this origin (/graphql, /demo, /classification), so nothing else is allowed: no inline
 * script, no other origin, no plugin, no framing. A JSON answer gets the same policy (harmless, and
 * one policy is easier to review than one per route).
 */
const PORTAL_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // TLS is ended in front of the gateway (or not at all on a laptop): upgrading would break plain http://localhost.
  upgradeInsecureRequests: null,
};

/**
 * Helmet's headers on every response: the CSP above, X-Frame-Options DENY (with frame-ancestors
 * 'none', for browsers that ignore CSP), X-Content-Type-Options nosniff, Referrer-Policy
 * no-referrer (a URL can name a record), HSTS and the cross-origin isolation headers.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: PORTAL_DIRECTIVES },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });
}

/**
 * The GraphQL IDE's own policy (development only): GraphiQL comes as one page with its whole bundle
 * inlined, so its scripts are allowed by their SHA-256 (no 'unsafe-inline'); its editor injects
 * styles at run time ('unsafe-inline' for styles only) and runs its language workers from blob:
 * URLs. Nothing from any other origin: the IDE works with no internet.
 */
export function idePolicy(page: string): string {
  const hashes = [...page.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash("sha256").update(match[1]!).digest("base64")}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
