import { describe, expect, it } from "vitest";
import { AgreementState, AgreementStatus } from "../entities/enums.js";
import { agreementInForce, agreementStatus } from "./agreement-status.js";

const agreement = (state: AgreementState) => ({ state, startDate: "2025-04-01", endDate: "2026-03-31" });

describe("an agreement's status on a given day", () => {
  it("is its stored state while within its end date", () => {
    expect(agreementStatus(agreement(AgreementState.ACTIVE), "2026-03-31")).toBe(AgreementStatus.ACTIVE);
    expect(agreementStatus(agreement(AgreementState.SUSPENDED), "2025-06-01")).toBe(AgreementStatus.SUSPENDED);
    expect(agreementStatus(agreement(AgreementState.DRAFT), "2025-06-01")).toBe(AgreementStatus.DRAFT);
  });

  it("is EXPIRED from the day after its end date, whatever its state", () => {
    for (const state of Object.values(AgreementState)) {
      expect(agreementStatus(agreement(state), "2026-04-01")).toBe(AgreementStatus.EXPIRED);
    }
  });

  it("is in force only when ACTIVE and between its start and end dates", () => {
    expect(agreementInForce(agreement(AgreementState.ACTIVE), "2025-03-31")).toBe(false);
    expect(agreementInForce(agreement(AgreementState.ACTIVE), "2025-04-01")).toBe(true);
    expect(agreementInForce(agreement(AgreementState.ACTIVE), "2026-03-31")).toBe(true);
    expect(agreementInForce(agreement(AgreementState.ACTIVE), "2026-04-01")).toBe(false);
    expect(agreementInForce(agreement(AgreementState.SUSPENDED), "2025-06-01")).toBe(false);
    expect(agreementInForce(agreement(AgreementState.DRAFT), "2025-06-01")).toBe(false);
  });
});
