import { createHash } from "node:crypto";

/**
 * Demo agencies get ids derived from their short names (a name-based UUID, RFC 9562 version 5
 * layout), so demo tokens can name an agency before the database exists.
 */
export function demoAgencyId(shortName: string): string {
  return nameBasedUuid(`partnership-graph demo agency ${shortName}`);
}

/** The demo partnerships' ids, derived from their short names in the same way. */
export function demoPartnershipId(shortName: string): string {
  return nameBasedUuid(`partnership-graph demo partnership ${shortName}`);
}

function nameBasedUuid(name: string): string {
  const hash = createHash("sha1").update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
