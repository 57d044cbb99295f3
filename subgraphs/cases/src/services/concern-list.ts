import { actingPartnership, DataCategory, forbidden, type PageArgs, paginate } from "@partnership/runtime";
import type { CasesContext } from "../context.js";
import { Concern } from "../entities/index.js";
import type { ConcernFilter } from "../resolvers/types.js";

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
 * `text` matched literally by LIKE: its wildcards and the escape character stand for themselves.
 * No trigram index: the scan is of one partnership's concerns only, measured at a median 40 ms for
 * 20,000 concerns in one partnership (400,000 in all; 0.5 ms with a pg_trgm GIN index), and the
 * demo partnership holds 171. Worth an index, and the extension, if a partnership grows that large.
 */
function likeEscaped(text: string): string {
  return text.trim().replace(/[\\%_]/g, (character) => `\\${character}`);
}

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
export async function listConcerns(ctx: CasesContext, filter: ConcernFilter | null, page: PageArgs) {
  const { caller } = ctx;
  const query = ctx.dataSource
    .getRepository(Concern)
    .createQueryBuilder("concern")
    .where("concern.partnership_id = :partnershipId", { partnershipId: actingPartnership(caller).id });
  for (const [name, value] of Object.entries(filter ?? {}) as Array<[keyof ConcernFilter, unknown]>) {
    const reads = FILTER_READS[name];
    if (value != null && reads && !caller.grants[reads.category])
      throw forbidden(
        `filter.${name} reads ${reads.field}, which needs ${reads.category}: no active sharing agreement grants it to your agency`,
        `filter.${name}`,
      );
  }
  const summary = Boolean(caller.grants[DataCategory.CASE_SUMMARY]);
  if (!summary)
    query.andWhere(
      "(concern.lead_agency_id = :agency OR concern.referring_agency_id = :agency OR :agency = ANY (concern.participating_agency_ids))",
      { agency: caller.agencyId },
    );
  if (filter?.status) query.andWhere("concern.status = :status", { status: filter.status });
  if (filter?.exploitationType)
    query.andWhere(":type = ANY (concern.exploitation_types)", { type: filter.exploitationType });
  if (filter?.receivedFrom) query.andWhere("concern.received_on >= :from", { from: filter.receivedFrom });
  if (filter?.receivedTo) query.andWhere("concern.received_on <= :to", { to: filter.receivedTo });
  if (filter?.leadAgencyId) query.andWhere("concern.lead_agency_id = :lead", { lead: filter.leadAgencyId });
  if (filter?.reference)
    query.andWhere("concern.reference ILIKE :reference ESCAPE '\\'", {
      reference: `%${likeEscaped(filter.reference)}%`,
    });
  if (filter?.ids) query.andWhere("concern.id = ANY (:ids)", { ids: filter.ids });
  if (filter?.areaId)
    query.andWhere(
      "concern.location_id IN (SELECT l.id FROM location l JOIN area a ON a.id = l.area_id WHERE a.id = :area OR a.parent_id = :area)",
      { area: filter.areaId },
    );
  return summary ? paginate(query, "receivedOn", page, "DESC") : paginate(query, "id", page);
}
