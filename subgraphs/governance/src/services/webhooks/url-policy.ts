import { isIP } from "node:net";
import { nodeEnv, readConfig } from "@partnership/runtime";
import { z } from "zod";

/** What a webhook's URL may be; production's is strict, development's and tests' let a local receiver in. */
export interface UrlPolicy {
  /** http:// besides https:// (development and tests, where receivers listen on localhost). */
  allowHttp: boolean;
  /** Loopback and private addresses and `localhost` (refused in production: they reach the platform's own network). */
  allowPrivateHosts: boolean;
}

export const PRODUCTION_URL_POLICY: UrlPolicy = { allowHttp: false, allowPrivateHosts: false };
export const DEVELOPMENT_URL_POLICY: UrlPolicy = { allowHttp: true, allowPrivateHosts: true };

const MAX_URL_LENGTH = 2000;

let fromEnvironment: UrlPolicy | undefined;

/** The policy of this process, from NODE_ENV, read once. */
export function urlPolicyFromEnvironment(env: NodeJS.ProcessEnv = process.env): UrlPolicy {
  fromEnvironment ??=
    readConfig(z.object({ NODE_ENV: nodeEnv }), env).NODE_ENV === "production"
      ? PRODUCTION_URL_POLICY
      : DEVELOPMENT_URL_POLICY;
  return fromEnvironment;
}

/** Whether a literal IP address is loopback, private, link-local or unspecified (IPv4, IPv6 and IPv4-mapped IPv6). */
function isPrivateAddress(host: string): boolean {
  const address = host.replace(/^\[|\]$/g, "").toLowerCase();
  const version = isIP(address);
  if (version === 0) return false;
  // An IPv4-mapped address, as written or as URL parsing normalises it (::ffff:7f00:1 for 127.0.0.1).
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  const mapped =
    /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1] ??
    (hex ? [parseInt(hex[1]!, 16) >> 8, parseInt(hex[1]!, 16) & 255, 0, 0].join(".") : undefined);
  if (version === 4 || mapped) {
    const [a = 0, b = 0] = (mapped ?? address).split(".").map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  return address === "::" || address === "::1" || /^f[cd]/.test(address) || /^fe[89ab]/.test(address);
}

/**
 * Why `text` cannot be a webhook's URL under `policy`, or null when it can. A URL with credentials
 * or a fragment is refused: the secret is what authenticates a delivery, and a fragment is never sent.
 */
export function urlProblem(text: string, policy: UrlPolicy): string | null {
  if (text.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "must be an absolute URL such as https://partner.example.org/webhooks";
  }
  if (url.protocol !== "https:" && !(policy.allowHttp && url.protocol === "http:"))
    return policy.allowHttp ? "must be an http or https URL" : "must be an https URL";
  if (url.username || url.password) return "must not carry a user name or password";
  if (url.hash) return "must not have a fragment (#…)";
  const host = url.hostname.toLowerCase();
  if (!policy.allowPrivateHosts && (host === "localhost" || host.endsWith(".localhost") || isPrivateAddress(host)))
    return "must be a public endpoint, not a loopback or private address";
  return null;
}
