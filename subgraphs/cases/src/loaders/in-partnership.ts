import DataLoader from "dataloader";
import { type DataSource, In, type ObjectLiteral, type Repository } from "typeorm";
import { Concern, NrmReferral } from "../entities/index.js";

/**
 * Rows by id, of one partnership only: an id of another partnership's record loads as null, as an
 * unknown id does. With no partnership (a platform-level caller) nothing loads.
 */
export function inPartnershipLoader<T extends ObjectLiteral & { id: string; partnershipId: string }>(
  repository: Repository<T>,
  partnershipId: string | null,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    if (!partnershipId) return ids.map(() => null);
    const rows = await repository.findBy({ id: In([...ids]), partnershipId } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The NRM referrals many first responders made in the partnership's concerns, newest first, in one query. */
export function referralsByReferrerLoader(dataSource: DataSource, partnershipId: string | null) {
  return new DataLoader<string, NrmReferral[]>(async (emails) => {
    if (!partnershipId) return emails.map(() => []);
    const rows = await dataSource
      .getRepository(NrmReferral)
      .createQueryBuilder("referral")
      .innerJoin(Concern, "concern", "concern.id = referral.concern_id")
      .where("referral.referrer_email IN (:...emails)", { emails: [...emails] })
      .andWhere("concern.partnership_id = :partnershipId", { partnershipId })
      .orderBy("referral.referred_on", "DESC")
      .addOrderBy("referral.id", "ASC")
      .getMany();
    const groups = new Map<string, NrmReferral[]>(emails.map((email) => [email, []]));
    for (const row of rows) groups.get(row.referrerEmail)?.push(row);
    return emails.map((email) => groups.get(email) ?? []);
  });
}
