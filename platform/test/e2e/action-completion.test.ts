import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * An action is complete when all its milestones are reached, or with a recorded reason for
 * completing it without them: a COMPLETE update is refused otherwise, naming the reason's field.
 */

const PROGRESS = `mutation($input: RecordProgressInput!) {
  recordActionProgress(input: $input) { id rag completionReason } }`;

let t: TestPlatform;
let coordinator: Client;
let actionId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  coordinator = await t.as("SMBC", Role.COORDINATOR, Role.PARTNERSHIP_ADMIN);
  // A demo action with some of its milestones reached and some not.
  const [action] = await t.database.query<{ id: string }>(
    `SELECT a.id FROM governance.plan_action a
      WHERE EXISTS (SELECT 1 FROM governance.plan_milestone m WHERE m.action_id = a.id AND m.done_on IS NULL)
        AND EXISTS (SELECT 1 FROM governance.plan_milestone m WHERE m.action_id = a.id AND m.done_on IS NOT NULL)
      ORDER BY a.title LIMIT 1`,
  );
  actionId = action!.id;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

async function milestones(): Promise<{ reached: number; all: number }> {
  const [row] = await t.database.query<{ reached: number; all: number }>(
    `SELECT count(done_on)::int AS reached, count(*)::int AS all FROM governance.plan_milestone WHERE action_id = $1`,
    [actionId],
  );
  return row!;
}

describe("completing an action", () => {
  it("is refused with milestones outstanding and no reason, the field named and the count given", async () => {
    const { reached, all } = await milestones();
    const result = await coordinator.query(PROGRESS, { input: { actionId, rag: "COMPLETE", note: "Delivered." } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.completionReason" });
    expect(result.errors?.[0]?.message).toContain(`${reached} of ${all} milestones are reached`);
    const rows = await t.database.query(
      `SELECT 1 FROM governance.action_update WHERE action_id = $1 AND rag = 'COMPLETE'`,
      [actionId],
    );
    expect(rows).toEqual([]);
  });

  it("refuses a reason on an update that does not complete the action", async () => {
    const result = await coordinator.query(PROGRESS, {
      input: { actionId, rag: "AMBER", note: "Slipping.", completionReason: "Not needed." },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.completionReason" });
  });

  it("is accepted with a reason for completing without them, which is kept with the update", async () => {
    const reason = "The board agreed the last milestones are covered by the regional pathway.";
    const result = await coordinator.query<{ recordActionProgress: { rag: string; completionReason: string } }>(
      PROGRESS,
      { input: { actionId, rag: "COMPLETE", note: "Delivered with the region.", completionReason: reason } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordActionProgress).toMatchObject({ rag: "COMPLETE", completionReason: reason });
    const rows = await t.database.query<{ completion_reason: string }>(
      `SELECT completion_reason FROM governance.action_update WHERE action_id = $1 AND rag = 'COMPLETE'`,
      [actionId],
    );
    expect(rows).toEqual([{ completion_reason: reason }]);
  });
});
