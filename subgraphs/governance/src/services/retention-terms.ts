import { DATA_CATEGORIES, type DataCategory } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import type { RetentionEvent } from "../entities/enums.js";
import { DEFAULT_RETENTION, retentionSummary } from "./retention-rules.js";

/** One retention term with the agreement that states it (null: the platform's default schedule). */
export interface PartnershipRetentionTerm {
  category: DataCategory;
  years: number;
  months: number;
  after: RetentionEvent;
  agreementId: string | null;
  agreementReference: string | null;
  /** The agreement's end date (a term may run from it); null for the default. */
  agreementEndsOn: string | null;
  /** In words, e.g. "6 years after the concern closes". */
  summary: string;
}

/** Every partnership's stated terms, and the default schedule for categories a partnership's agreements do not grant. */
export interface PartnershipRetentionTerms {
  byPartnership: Map<string, PartnershipRetentionTerm[]>;
  defaults: PartnershipRetentionTerm[];
}

/**
 * The retention terms of every sharing agreement of every partnership, whatever the agreement's
 * status (records shared under an agreement since ended or suspended are still kept by its terms),
 * for the retention run. Reads governance's own schema through `dataSource`.
 */
export async function retentionTermsOfPartnerships(dataSource: DataSource): Promise<PartnershipRetentionTerms> {
  const rows: Array<{
    partnership_id: string;
    category: DataCategory;
    years: number;
    months: number;
    after_event: RetentionEvent;
    agreement_id: string;
    reference: string;
    end_date: string;
  }> = await dataSource.query(
    `SELECT a.partnership_id, r.category, r.years, r.months, r.after_event, a.id AS agreement_id, a.reference,
            a.end_date::text AS end_date
       FROM agreement_retention r JOIN sharing_agreement a ON a.id = r.agreement_id
      ORDER BY a.partnership_id, a.reference, r.category`,
  );
  const byPartnership = new Map<string, PartnershipRetentionTerm[]>();
  for (const row of rows) {
    const term = { years: row.years, months: row.months, after: row.after_event };
    const list = byPartnership.get(row.partnership_id) ?? [];
    list.push({
      category: row.category,
      ...term,
      agreementId: row.agreement_id,
      agreementReference: row.reference,
      agreementEndsOn: row.end_date,
      summary: retentionSummary(term),
    });
    byPartnership.set(row.partnership_id, list);
  }
  const defaults = DATA_CATEGORIES.map((category) => ({
    category,
    ...DEFAULT_RETENTION[category],
    agreementId: null,
    agreementReference: null,
    agreementEndsOn: null,
    summary: retentionSummary(DEFAULT_RETENTION[category]),
  }));
  return { byPartnership, defaults };
}
