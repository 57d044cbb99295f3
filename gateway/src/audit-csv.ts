/** One audit event as a subgraph's page carries it, with the subgraph that holds it. */
export interface ExportedAuditEvent {
  subgraph: string;
  id: string;
  at: string;
  userId: string;
  agencyId: string;
  entityType: string;
  entityId: string | null;
  field: string;
  category: string | null;
  agreementId: string | null;
  outcome: string;
  reason: string | null;
  requestId: string;
  clientName: string | null;
  clientVersion: string | null;
}

export const AUDIT_CSV_COLUMNS = [
  "subgraph",
  "at",
  "userId",
  "agencyId",
  "entityType",
  "entityId",
  "field",
  "category",
  "agreementId",
  "outcome",
  "reason",
  "requestId",
  "clientName",
  "clientVersion",
] as const satisfies ReadonlyArray<keyof ExportedAuditEvent>;

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * given a leading apostrophe: a user id or record key is text the auditor's tools must not execute.
 */
export function csvCell(value: string | null): string {
  if (value == null) return "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The events of every subgraph as one CSV, oldest first; ties keep the subgraphs' order and each log's own. */
export function auditCsv(events: ExportedAuditEvent[]): string {
  const sorted = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at.localeCompare(b.event.at) || a.index - b.index)
    .map(({ event }) => event);
  const lines = [AUDIT_CSV_COLUMNS.join(",")];
  for (const event of sorted) lines.push(AUDIT_CSV_COLUMNS.map((column) => csvCell(event[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
