import { describe, expect, it } from "vitest";
import { ragSummary } from "../entities/index.js";
import { Rag } from "../entities/enums.js";
import {
  completionProblem,
  completionReasonProblem,
  noteProblem,
  outsidePlan,
  planOnDay,
  reportDateProblem,
} from "./plan-rules.js";

const plan = { startsOn: "2023-04-01", endsOn: "2026-03-31" };

describe("action plan rules", () => {
  it("a delivery date falls within the plan, first and last days included", () => {
    expect(outsidePlan(plan, "2023-04-01")).toBeNull();
    expect(outsidePlan(plan, "2026-03-31")).toBeNull();
    expect(outsidePlan(plan, "2023-03-31")).toMatch(/before the plan starts \(2023-04-01\)/);
    expect(outsidePlan(plan, "2026-04-01")).toMatch(/after the plan ends \(2026-03-31\)/);
  });

  it("progress is reported on a day that has come, not before the plan starts or the action was added", () => {
    const action = { addedOn: "2024-01-15" };
    expect(reportDateProblem(plan, action, "2024-01-15", "2025-01-01")).toBeNull();
    expect(reportDateProblem(plan, action, "2025-01-01", "2025-01-01")).toBeNull();
    expect(reportDateProblem(plan, action, "2025-01-02", "2025-01-01")).toMatch(/in the future/);
    expect(reportDateProblem(plan, action, "2024-01-14", "2025-01-01")).toMatch(/before the action was added/);
    expect(reportDateProblem(plan, { addedOn: "2023-01-01" }, "2023-03-31", "2025-01-01")).toMatch(
      /before the plan starts/,
    );
  });

  it("a milestone is reached once, on a day that has come, within the plan", () => {
    expect(completionProblem(plan, { doneOn: null }, "2024-05-01", "2024-05-01")).toBeNull();
    expect(completionProblem(plan, { doneOn: "2024-04-01" }, "2024-05-01", "2024-05-01")).toMatch(/already reached/);
    expect(completionProblem(plan, { doneOn: null }, "2024-05-02", "2024-05-01")).toMatch(/in the future/);
    expect(completionProblem(plan, { doneOn: null }, "2023-01-01", "2024-05-01")).toMatch(/before the plan starts/);
  });

  it("every RAG update needs a note with something in it", () => {
    expect(noteProblem("Pathways published.")).toBeNull();
    expect(noteProblem(null)).not.toBeNull();
    expect(noteProblem(undefined)).not.toBeNull();
    expect(noteProblem("")).not.toBeNull();
    expect(noteProblem(" \n\t ")).not.toBeNull();
  });

  it("a RAG summary lists every colour, red first, zeros included", () => {
    expect(
      ragSummary([
        { rag: Rag.GREEN, count: 3 },
        { rag: Rag.NOT_STARTED, count: 1 },
      ]),
    ).toEqual([
      { rag: Rag.RED, count: 0 },
      { rag: Rag.AMBER, count: 0 },
      { rag: Rag.GREEN, count: 3 },
      { rag: Rag.COMPLETE, count: 0 },
      { rag: Rag.NOT_STARTED, count: 1 },
    ]);
  });

  it("the plan of a day is the one in force, else the last one to have ended, else none", () => {
    const old = { id: "old", startsOn: "2020-04-01", endsOn: "2023-03-31" };
    const current = { id: "current", startsOn: "2023-04-01", endsOn: "2026-03-31" };
    expect(planOnDay([old, current], "2024-06-30")?.id).toBe("current");
    expect(planOnDay([current, old], "2021-06-30")?.id).toBe("old");
    expect(planOnDay([old, current], "2026-11-23")?.id).toBe("current");
    expect(planOnDay([old, current], "2019-06-30")).toBeNull();
    expect(planOnDay([], "2024-06-30")).toBeNull();
  });

  it("an action is complete when all its milestones are reached, or with a reason for completing without them", () => {
    const milestones = [{ doneOn: "2026-01-05" }, { doneOn: null }, { doneOn: null }];
    expect(completionReasonProblem(Rag.COMPLETE, milestones, null)).toMatch(/^1 of 3 milestones are reached/);
    expect(completionReasonProblem(Rag.COMPLETE, milestones, "  ")).toMatch(/1 of 3/);
    expect(completionReasonProblem(Rag.COMPLETE, milestones, "The rest were dropped by the board.")).toBeNull();
    expect(
      completionReasonProblem(
        Rag.COMPLETE,
        milestones.map(() => ({ doneOn: "2026-01-05" })),
        null,
      ),
    ).toBeNull();
    expect(completionReasonProblem(Rag.COMPLETE, [], null)).toBeNull();
    expect(completionReasonProblem(Rag.AMBER, milestones, null)).toBeNull();
    expect(completionReasonProblem(Rag.GREEN, milestones, "Finished early.")).toMatch(/only with an update marking/);
  });
});
