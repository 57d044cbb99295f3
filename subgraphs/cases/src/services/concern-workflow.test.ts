import { describe, expect, it } from "vitest";
import { ConcernStatus as S, ResponseLevel } from "../entities/enums.js";
import { checkStatusChange, type StatusChange } from "./concern-workflow.js";

const at = (status: S, responseLevel: ResponseLevel | null = null) => ({ status, responseLevel });
const breaks = (from: ReturnType<typeof at>, change: StatusChange) => {
  try {
    checkStatusChange(from, change);
  } catch (error) {
    return (error as { extensions: { field: string } }).extensions.field;
  }
  return null;
};

describe("the SHOP workflow", () => {
  it("moves one step forward at a time", () => {
    expect(breaks(at(S.RECEIVED), { status: S.SCOPING })).toBeNull();
    expect(breaks(at(S.SCOPING, ResponseLevel.SINGLE_AGENCY), { status: S.RESPONSE_PLANNED })).toBeNull();
    expect(breaks(at(S.RESPONSE_PLANNED, ResponseLevel.SINGLE_AGENCY), { status: S.ACTIVE })).toBeNull();
    expect(breaks(at(S.RECEIVED), { status: S.RESPONSE_PLANNED })).toBe("input.status");
    expect(breaks(at(S.ACTIVE), { status: S.SCOPING })).toBe("input.status");
    expect(breaks(at(S.SCOPING), { status: S.SCOPING })).toBe("input.status");
  });

  it("plans a response only with a response level", () => {
    expect(breaks(at(S.SCOPING), { status: S.RESPONSE_PLANNED })).toBe("input.responseLevel");
    expect(
      breaks(at(S.SCOPING), { status: S.RESPONSE_PLANNED, responseLevel: ResponseLevel.JOINT_MULTI_AGENCY }),
    ).toBeNull();
  });

  it("closes from any open state, only with an outcome", () => {
    for (const status of [S.RECEIVED, S.SCOPING, S.RESPONSE_PLANNED, S.ACTIVE]) {
      expect(breaks(at(status), { status: S.CLOSED })).toBe("input.outcome");
      expect(breaks(at(status), { status: S.CLOSED, outcome: "Safeguarded; premises closed." })).toBeNull();
    }
  });

  it("reopens a closed concern into scoping or active, only with a reason", () => {
    expect(breaks(at(S.CLOSED), { status: S.SCOPING })).toBe("input.reason");
    expect(breaks(at(S.CLOSED), { status: S.SCOPING, reason: "New intelligence" })).toBeNull();
    expect(breaks(at(S.CLOSED), { status: S.RECEIVED, reason: "New intelligence" })).toBe("input.status");
    expect(breaks(at(S.CLOSED), { status: S.ACTIVE, reason: "Offender back at the address" })).toBe(
      "input.responseLevel",
    );
    expect(
      breaks(at(S.CLOSED, ResponseLevel.SINGLE_AGENCY), { status: S.ACTIVE, reason: "Offender back at the address" }),
    ).toBeNull();
  });
});
