import { actingPartnership, type Caller, forbidden } from "@partnership/runtime";
import type { GraphQLError } from "graphql";

/**
 * A refusal of one input or argument: FORBIDDEN (the caller may not do this in the partnership the
 * request acts in), with `extensions.field` naming what was refused, as BAD_USER_INPUT does.
 */
export function forbiddenField(field: string, message: string): GraphQLError {
  return forbidden(`${field}: ${message}`, field);
}

/**
 * The partnership a read or a write is in: the one the request acts in. A partnership named in the
 * arguments or the input must be that one (left out, it is that one), or FORBIDDEN names `field`:
 * one partnership's plans, meetings and assessments are never read or written from another.
 */
export function partnershipOf(caller: Caller, named: string | null | undefined, field: string): string {
  const acting = actingPartnership(caller);
  if (named != null && named !== acting.id)
    throw forbiddenField(field, "names another partnership than the one this request acts in");
  return acting.id;
}

/** A record found by id (a plan, an action, …) of another partnership than the acting one: FORBIDDEN naming `field`. */
export function inActingPartnership(caller: Caller, recordPartnershipId: string, field: string): void {
  if (recordPartnershipId !== actingPartnership(caller).id)
    throw forbiddenField(field, "belongs to another partnership than the one this request acts in");
}
