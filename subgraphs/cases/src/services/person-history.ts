import type { Caller } from "@partnership/runtime";
import type { EntityManager } from "typeorm";
import { Concern, ConcernChange, type StoredFieldChange } from "../entities/index.js";

/** A person's field as the concern's history names it: `people[<id>].fullName`. */
export const personField = (personId: string, field: string) => `people[${personId}].${field}`;

/**
 * Records a change to a person screened in a concern as a change of the concern: the concern's
 * next version, the fields with their old and new values, and the reason, so the history field
 * shows it to each reader under the field's own category.
 */
export async function keepPersonChange(
  manager: EntityManager,
  caller: Caller,
  concern: Concern,
  changes: StoredFieldChange[],
  reason: string,
): Promise<number> {
  const version = concern.version + 1;
  await manager.getRepository(Concern).update({ id: concern.id }, { version });
  await manager.getRepository(ConcernChange).insert({
    concernId: concern.id,
    version,
    changedByUser: caller.userId,
    changedByAgency: caller.agencyId,
    reason,
    // jsonb: TypeORM's deep-partial typing does not reach into unknown values.
    changes: changes as never,
  });
  return version;
}
