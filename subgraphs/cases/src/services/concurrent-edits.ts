import { type AuditTrail, type Caller, type ConflictingField, conflict } from "@partnership/runtime";
import { type EntityManager, MoreThan } from "typeorm";
import { type Concern, ConcernChange } from "../entities/index.js";
import { mayRead } from "./concern-history.js";

/** One field a versioned write sets, named as the concern's history names it, with the value it writes. */
export interface SentField {
  field: string;
  value: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A field-level merge of versioned writes to a concern. A write made to an older version goes on
 * top of the current one unless a field it sets was changed since, by anyone, to a value other
 * than the one it writes: those fields are refused together with CONFLICT, each with the value now
 * stored (withheld where the caller may not read it) and who changed it in which version. Fields
 * the write leaves out are never written, so nothing changed since is reverted. Call it with the
 * concern locked, in the write's transaction, before anything is written.
 */
export async function refuseConcurrentEdits(
  manager: EntityManager,
  caller: Caller,
  audit: AuditTrail,
  concern: Pick<Concern, "id" | "version">,
  expected: number,
  sent: SentField[],
): Promise<void> {
  if (expected === concern.version) return;
  // A version not yet written is no base to merge onto.
  if (expected > concern.version) throw conflict("Concern", concern.id, expected, concern.version);
  const since = await manager
    .getRepository(ConcernChange)
    .find({ where: { concernId: concern.id, version: MoreThan(expected) }, order: { version: "DESC" } });
  const clashes: ConflictingField[] = [];
  for (const { field, value } of sent) {
    const entry = since.find((candidate) => candidate.changes.some((change) => change.field === field));
    const change = entry?.changes.find((candidate) => candidate.field === field);
    if (!entry || !change || same(change.new, value)) continue;
    const readable = mayRead(caller, change);
    audit.record({
      entityType: "Concern",
      entityId: concern.id,
      field: `history.${field}`,
      category: change.category,
      agreementId: readable ? (caller.grants[change.category] ?? null) : null,
      outcome: readable ? "RETURNED" : "DENIED",
      reason: readable ? null : "NO_AGREEMENT",
    });
    clashes.push({
      field,
      message: `changed by someone else in version ${entry.version}`,
      value: readable ? change.new : null,
      restricted: readable ? null : `Restricted — needs ${change.category} under a sharing agreement`,
      changedBy: entry.changedByUser,
      changedByAgency: entry.changedByAgency,
      version: entry.version,
    });
  }
  if (clashes.length > 0) throw conflict("Concern", concern.id, expected, concern.version, clashes);
}
