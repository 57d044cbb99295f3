import { addDays, type Clock, DATA_CATEGORIES, type DataCategory, daysBetween } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  type Agency,
  type AgreementDeadline,
  type AgreementGrant,
  type AgreementParty,
  type CategoryProcessing,
  type RecordOfProcessing,
  type RetentionTerm,
  SharingAgreement,
} from "../entities/index.js";
import { AgencySector } from "../entities/enums.js";
import type { GovernanceLoaders } from "../loaders/index.js";
import { agreementInForce } from "./agreement-status.js";
import { CATEGORY_CONTROLLERS } from "./data-controllers.js";

/** How far ahead a record of processing looks for reviews and ends to prepare (the 60 days). */
export const ATTENTION_DAYS = 60;

const SECTORS = Object.values(AgencySector);

/** Everything the record is built from for one agreement in force. */
interface AgreementFacts {
  agreement: SharingAgreement;
  grants: AgreementGrant[];
  parties: Agency[];
  terms: RetentionTerm[];
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** By code point, not by the locale: the same order in SQL-free code, tests and any server. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byShortName = (a: Agency, b: Agency) => compareText(a.shortName, b.shortName);

/** Loaded values, or the first error a batch met. */
function settled<T>(values: Array<T | Error>): T[] {
  const error = values.find((value): value is Error => value instanceof Error);
  if (error) throw error;
  return values as T[];
}

/** One category's entry, from the agreements in force that share it. */
export function categoryProcessing(category: DataCategory, inForce: readonly AgreementFacts[]): CategoryProcessing {
  const sharing = inForce.filter((facts) => facts.grants.some((grant) => grant.categories.includes(category)));
  const recipients = new Map<string, Agency>();
  const recipientSectors = new Set<AgencySector>();
  for (const { grants, parties } of sharing) {
    for (const grant of grants.filter((g) => g.categories.includes(category))) {
      if (grant.recipientSector) recipientSectors.add(grant.recipientSector);
      // A named recipient is always a party (the consent rules); a sector reaches its parties only.
      for (const party of parties)
        if (party.id === grant.recipientAgencyId || party.sector === grant.recipientSector)
          recipients.set(party.id, party);
    }
  }
  const parties = new Map(sharing.flatMap((facts) => facts.parties.map((party) => [party.id, party] as const)));
  return {
    category,
    shared: sharing.length > 0,
    controllerSectors: [...CATEGORY_CONTROLLERS[category]],
    purposes: unique(sharing.map((facts) => facts.agreement.purpose)),
    lawfulBases: unique(sharing.map((facts) => facts.agreement.lawfulBasis)),
    parties: [...parties.values()].sort(byShortName),
    recipientAgencies: [...recipients.values()].sort(byShortName),
    recipientSectors: SECTORS.filter((sector) => recipientSectors.has(sector)),
    retention: sharing.flatMap((facts) => facts.terms.filter((term) => term.category === category)),
    agreements: sharing.map((facts) => facts.agreement),
  };
}

/** The agreements with `dateOf` on or before `until`, earliest first, then by reference. */
function deadlines(
  agreements: readonly SharingAgreement[],
  dateOf: (agreement: SharingAgreement) => string | null,
  today: string,
  until: string,
): AgreementDeadline[] {
  return agreements
    .flatMap((agreement) => {
      const date = dateOf(agreement);
      return date !== null && date <= until ? [{ agreement, date, daysLeft: daysBetween(today, date) }] : [];
    })
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.agreement.reference, b.agreement.reference));
}

/**
 * The partnership's record of processing, built from its agreements as they stand today and the
 * classification of the schema: nothing is stored, so it cannot fall out of date. A constant number
 * of statements however many agreements and parties: the agreements, then their grants, parties,
 * terms and agencies through the request's loaders (which the agreements' own fields then reuse).
 */
export class RecordOfProcessingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly loaders: GovernanceLoaders,
  ) {}

  async record(partnershipId: string): Promise<RecordOfProcessing> {
    const today = this.clock.today();
    // Every agreement not yet expired: those in force make the record; any may need attention.
    const current = (
      await this.dataSource
        .getRepository(SharingAgreement)
        .createQueryBuilder("a")
        .where("a.partnershipId = :partnershipId AND a.endDate >= :today", { partnershipId, today })
        .getMany()
    ).sort((a, b) => compareText(a.reference, b.reference));
    for (const agreement of current) this.loaders.agreement.prime(agreement.id, agreement);
    const inForce = current.filter((agreement) => agreementInForce(agreement, today));
    const ids = inForce.map((agreement) => agreement.id);
    const [grants, parties, terms] = await Promise.all([
      this.loaders.grantsOfAgreement.loadMany(ids).then(settled),
      this.loaders.partiesOfAgreement.loadMany(ids).then(settled),
      this.loaders.retentionOfAgreement.loadMany(ids).then(settled),
    ]);
    const agencyIds = unique(parties.flat().map((party: AgreementParty) => party.agencyId));
    const agencies = new Map(
      settled(await this.loaders.agency.loadMany(agencyIds))
        .filter((agency): agency is Agency => agency !== null)
        .map((agency) => [agency.id, agency]),
    );
    const facts = inForce.map((agreement, index) => ({
      agreement,
      grants: grants[index]!,
      parties: parties[index]!.flatMap((party) => agencies.get(party.agencyId) ?? []),
      terms: terms[index]!,
    }));
    const until = addDays(today, ATTENTION_DAYS);
    return {
      partnershipId,
      asOf: today,
      categories: DATA_CATEGORIES.map((category) => categoryProcessing(category, facts)),
      attentionDays: ATTENTION_DAYS,
      dueForReview: deadlines(current, (agreement) => agreement.reviewDate, today, until),
      expiringSoon: deadlines(current, (agreement) => agreement.endDate, today, until),
    };
  }
}
