/** Companies House numbers are 8 characters; registries drop leading zeros and add spaces. */
export function normaliseCompanyNumber(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return /^\d{1,8}$/.test(compact) ? compact.padStart(8, "0") : compact;
}
