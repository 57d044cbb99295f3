import { actingPartnership, badUserInput, type Caller, forbidden, isMember } from "@partnership/runtime";
import type { EntityManager } from "typeorm";
import { Supplier } from "../entities/index.js";

/**
 * The partnership a write records in. The record's owner is the caller's agency, which must be a
 * member of that partnership today (an agency that has left it records nothing more there).
 */
export function owningPartnership(caller: Caller): string {
  const { id } = actingPartnership(caller);
  if (!isMember(caller, caller.agencyId))
    throw forbidden("your agency is not a member of the partnership this request acts in, so it cannot record here");
  return id;
}

/** Refuses a write about a supplier that does not exist, naming the input field. */
export async function requireSupplier(manager: EntityManager, id: string, field: string): Promise<void> {
  if (!(await manager.getRepository(Supplier).existsBy({ id })))
    throw badUserInput(field, `no supplier has the id ${id}`);
}
