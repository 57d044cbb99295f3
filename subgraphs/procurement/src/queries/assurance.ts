import type { DataSource, EntityManager } from "typeorm";
import { ActionStatus, Audit, CorrectiveAction } from "../entities/index.js";

/**
 * A corrective action (alias `a`) of the partnership `:partnershipId`: findings and actions have no
 * partnership of their own, they are their audit's. EXISTS, not a join, so pagination stays one query.
 */
const OF_PARTNERSHIP = `EXISTS (SELECT 1 FROM audit_finding f JOIN audit au ON au.id = f.audit_id
  WHERE f.id = a.finding_id AND au.partnership_id = :partnershipId)`;

/** The partnership's audits (alias `a`), of one supplier when given. */
export function auditsOfPartnership(dataSource: DataSource, partnershipId: string, supplierId: string | null) {
  const query = dataSource
    .getRepository(Audit)
    .createQueryBuilder("a")
    .where("a.partnershipId = :partnershipId", { partnershipId });
  if (supplierId) query.andWhere("a.supplierId = :supplierId", { supplierId });
  return query;
}

/** The partnership's corrective actions (alias `a`) past their due date on `today` and not done. */
export function overdueActionsOfPartnership(dataSource: DataSource, partnershipId: string, today: string) {
  return dataSource
    .getRepository(CorrectiveAction)
    .createQueryBuilder("a")
    .where("a.status <> :done AND a.dueOn < :today", { done: ActionStatus.DONE, today })
    .andWhere(OF_PARTNERSHIP, { partnershipId });
}

/** One corrective action of the partnership, locked for the transaction; another partnership's is not found. */
export function lockedActionOfPartnership(manager: EntityManager, id: string, partnershipId: string) {
  return manager
    .getRepository(CorrectiveAction)
    .createQueryBuilder("a")
    .setLock("pessimistic_write")
    .where("a.id = :id", { id })
    .andWhere(OF_PARTNERSHIP, { partnershipId })
    .getOne();
}
