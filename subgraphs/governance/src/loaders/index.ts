import { actingPartnership, type BaseContext, type Caller, groupLoader, uniqueLoader } from "@partnership/runtime";
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import {
  ActionPlan,
  ActionUpdate,
  AgreementEvent,
  AgreementGrant,
  AgreementParty,
  Agency,
  KpiDefinition,
  MaturityAssessment,
  MaturityRating,
  MeetingAttendance,
  Membership,
  Milestone,
  Partnership,
  Person,
  PlanAction,
  PlanObjective,
  compareAreas,
  type MaturityAreaComparison,
  type RagCount,
  ragSummary,
  Network,
  RetentionTerm,
  SharingAgreement,
} from "../entities/index.js";
import { Rag } from "../entities/enums.js";
import { maturityComparisons } from "../queries/maturity-comparisons.js";
import { ragSummaries } from "../queries/rag-summaries.js";

/** A key with the argument it is asked with (a day, a count). */
export interface WithArgument<A extends string | number> {
  id: string;
  argument: A;
}
const argumentKey = <A extends string | number>(key: WithArgument<A>) => `${key.id}@${key.argument}`;

/** Groups keys by argument, so a batch costs one statement per distinct argument (almost always one). */
function byArgument<A extends string | number, V>(
  load: (ids: string[], argument: A) => Promise<Map<string, V>>,
  missing: (id: string) => V,
) {
  return new DataLoader<WithArgument<A>, V, string>(
    async (keys) => {
      const results = new Map<string, V>();
      for (const argument of new Set(keys.map((key) => key.argument))) {
        const ids = [...new Set(keys.filter((key) => key.argument === argument).map((key) => key.id))];
        for (const [id, value] of await load(ids, argument)) results.set(argumentKey({ id, argument }), value);
      }
      return keys.map((key) => results.get(argumentKey(key)) ?? missing(key.id));
    },
    { cacheKeyFn: argumentKey },
  );
}

/** Each action's RAG status on a day (its latest update by then, NOT_STARTED without one), many actions in one statement. */
function ragOfActionLoader(dataSource: DataSource) {
  return byArgument<string, Rag>(
    async (ids, asOf) => {
      const rows: Array<{ action_id: string; rag: Rag }> = await dataSource.query(
        `SELECT DISTINCT ON (action_id) action_id, rag FROM action_update
        WHERE action_id = ANY($1::uuid[]) AND reported_on <= $2::date
        ORDER BY action_id, reported_on DESC, created_at DESC`,
        [ids, asOf],
      );
      return new Map(rows.map((row) => [row.action_id, row.rag]));
    },
    () => Rag.NOT_STARTED,
  );
}

/** Actions by RAG on a day for many plans (or objectives), counted in SQL in one statement. */
function ragSummaryLoader(dataSource: DataSource, scope: "plan_id" | "objective_id") {
  return byArgument<string, RagCount[]>(
    (ids, asOf) => ragSummaries(dataSource, scope, ids, asOf),
    () => ragSummary([]),
  );
}

/**
 * Each agency's (or the partnership's own) latest assessments recorded in the acting partnership,
 * compared area by area, many subjects in one statement.
 */
function maturityComparisonLoader(dataSource: DataSource, caller: Caller) {
  return byArgument<number, MaturityAreaComparison[]>(
    (ids, last) => maturityComparisons(dataSource, actingPartnership(caller).id, ids, last),
    () => compareAreas([]),
  );
}

/** Every relation the governance schema resolves, batched per request. */
export function createLoaders({ dataSource, caller }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    agency: uniqueLoader(repo(Agency)),
    person: uniqueLoader(repo(Person)),
    personByEmail: uniqueLoader(repo(Person), "email"),
    partnership: uniqueLoader(repo(Partnership)),
    network: uniqueLoader(repo(Network)),
    membershipsOfPartnership: groupLoader(repo(Membership), "partnershipId", { since: "ASC" }),
    partiesOfAgreement: groupLoader(repo(AgreementParty), "agreementId"),
    historyOfAgreement: groupLoader(repo(AgreementEvent), "agreementId", { position: "ASC" }),
    grantsOfAgreement: groupLoader(repo(AgreementGrant), "agreementId"),
    retentionOfAgreement: groupLoader(repo(RetentionTerm), "agreementId"),
    /** By id alone: reached only from records already found in the acting partnership (a retention term). */
    agreement: uniqueLoader(repo(SharingAgreement)),
    plansOfPartnership: groupLoader(repo(ActionPlan), "partnershipId", { startsOn: "DESC" }),
    objectivesOfPlan: groupLoader(repo(PlanObjective), "planId", { number: "ASC" }),
    objective: uniqueLoader(repo(PlanObjective)),
    actionsOfObjective: groupLoader(repo(PlanAction), "objectiveId", { deliveryDate: "ASC", id: "ASC" }),
    milestonesOfAction: groupLoader(repo(Milestone), "actionId", { position: "ASC" }),
    kpisOfPlan: groupLoader(repo(KpiDefinition), "planId", { position: "ASC", id: "ASC" }),
    kpisOfObjective: groupLoader(repo(KpiDefinition), "objectiveId", { position: "ASC", id: "ASC" }),
    updatesOfAction: groupLoader(repo(ActionUpdate), "actionId", { reportedOn: "DESC", createdAt: "DESC" }),
    /** Keyed by action and day. */
    ragOfAction: ragOfActionLoader(dataSource),
    /** Keyed by plan and day. */
    ragOfPlan: ragSummaryLoader(dataSource, "plan_id"),
    /** Keyed by objective and day. */
    ragOfObjective: ragSummaryLoader(dataSource, "objective_id"),
    attendanceOfMeeting: groupLoader(repo(MeetingAttendance), "meetingId"),
    maturityAssessment: uniqueLoader(repo(MaturityAssessment)),
    ratingsOfAssessment: groupLoader(repo(MaturityRating), "assessmentId"),
    /** Keyed by partnership or agency id and how many assessments to compare. */
    maturityComparison: maturityComparisonLoader(dataSource, caller),
  };
}

export type GovernanceLoaders = ReturnType<typeof createLoaders>;
