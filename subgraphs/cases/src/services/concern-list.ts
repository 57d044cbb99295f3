import { actingPartnership, type Caller, DataCategory, forbidden, type PageArgs, paginate } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import type { ConcernFilter } from "../inputs/case-inputs.js";
import { concernListQuery } from "../queries/concern-list.js";

/**
 * The field of a concern each filter reads, and its category: a filter answers "which concerns have
 * this value", so it is a read of that field on every concern listed. Every filter is listed here
 * (the type makes a new filter fail to compile until it says what it reads, or null for none).
 */
const FILTER_READS: Record<keyof ConcernFilter, { field: string; category: DataCategory } | null> = {
  status: { field: "Concern.status", category: DataCategory.CASE_SUMMARY },
  areaId: { field: "Concern.location (its area)", category: DataCategory.CASE_SUMMARY },
  exploitationType: { field: "Concern.exploitationTypes", category: DataCategory.CASE_SUMMARY },
  receivedFrom: { field: "Concern.receivedOn", category: DataCategory.CASE_SUMMARY },
  receivedTo: { field: "Concern.receivedOn", category: DataCategory.CASE_SUMMARY },
  leadAgencyId: { field: "Concern.leadAgency", category: DataCategory.CASE_SUMMARY },
  reference: { field: "Concern.reference", category: DataCategory.CASE_SUMMARY },
  // Which of some ids the caller can list is what `concern(id)` answers for each: no field is read.
  ids: null,
};

/**
 * The concerns a caller may list, filter, sort and count: only what it could read on them.
 *
 * - With CASE_SUMMARY, every concern of the acting partnership (the summary fields the filters and
 *   the order use are readable on each), newest first.
 * - Without it, only the concerns the caller's agency takes part in, ordered by id (the order must
 *   not reveal the day received either), and no filter at all: each reads a CASE_SUMMARY field, and
 *   answering it would tell the caller the field's value (15 requests rebuilt a concern that way).
 *   `totalCount` then counts only those.
 */
export async function listConcerns(
  dataSource: DataSource,
  caller: Caller,
  filter: ConcernFilter | null,
  page: PageArgs,
) {
  const partnershipId = actingPartnership(caller).id;
  for (const [name, value] of Object.entries(filter ?? {}) as Array<[keyof ConcernFilter, unknown]>) {
    const reads = FILTER_READS[name];
    if (value != null && reads && !caller.grants[reads.category])
      throw forbidden(
        `filter.${name} reads ${reads.field}, which needs ${reads.category}: no active sharing agreement grants it to your agency`,
        `filter.${name}`,
      );
  }
  const summary = Boolean(caller.grants[DataCategory.CASE_SUMMARY]);
  const query = concernListQuery(dataSource, partnershipId, filter, summary ? null : caller.agencyId);
  return summary ? paginate(query, "receivedOn", page, "DESC") : paginate(query, "id", page);
}
