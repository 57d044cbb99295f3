import type { DataSource } from "typeorm";
import { type RagCount, ragSummary } from "../entities/index.js";
import { Rag } from "../entities/enums.js";

/**
 * SQL for the RAG status of the action aliased `a` on a day (a `date` parameter): its latest update
 * reported on or before that day, NOT_STARTED without one.
 */
export const ragOn = (day: string) =>
  `coalesce((SELECT u.rag FROM action_update u WHERE u.action_id = a.id AND u.reported_on <= ${day}
    ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1), '${Rag.NOT_STARTED}')`;

/**
 * Actions by RAG status on a day for many plans or many objectives, counted in SQL in one statement:
 * every colour listed for each, zeros included. An action added to its plan after the day is not
 * counted: a summary as at a past day is the plan as it stood then.
 */
export async function ragSummaries(
  dataSource: DataSource,
  scope: "plan_id" | "objective_id",
  ids: readonly string[],
  asOf: string,
): Promise<Map<string, RagCount[]>> {
  const rows: Array<{ scope: string; rag: Rag; count: number }> = await dataSource.query(
    `SELECT a.${scope} AS scope, ${ragOn("$2::date")} AS rag, count(*)::int AS count
       FROM plan_action a WHERE a.${scope} = ANY($1::uuid[]) AND a.added_on <= $2::date GROUP BY 1, 2`,
    [ids, asOf],
  );
  return new Map(ids.map((id) => [id, ragSummary(rows.filter((row) => row.scope === id))]));
}
