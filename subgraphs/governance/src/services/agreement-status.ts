import { AgreementState, AgreementStatus } from "../entities/enums.js";

export { isoDate } from "@partnership/runtime";

/** An agreement is EXPIRED once its end date has passed, whatever state it was left in. */
export function agreementStatus(agreement: { state: AgreementState; endDate: string }, today: string): AgreementStatus {
  if (agreement.endDate < today) return AgreementStatus.EXPIRED;
  return agreement.state as unknown as AgreementStatus;
}

/** Grants are in force only while the agreement is ACTIVE and today is within its dates. */
export function agreementInForce(
  agreement: { state: AgreementState; startDate: string; endDate: string },
  today: string,
): boolean {
  return agreementStatus(agreement, today) === AgreementStatus.ACTIVE && agreement.startDate <= today;
}

/** The same rule as a SQL condition over the agreement alias `a`, for filters. */
export function statusCondition(
  status: AgreementStatus,
  today: string,
): { sql: string; params: Record<string, string> } {
  if (status === AgreementStatus.EXPIRED) return { sql: "a.endDate < :today", params: { today } };
  return { sql: "a.endDate >= :today AND a.state = :state", params: { today, state: status } };
}
