import { type BaseContext, groupLoader, uniqueLoader } from "@partnership/runtime";
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import {
  ActionPlan,
  ActionUpdate,
  AgreementGrant,
  AgreementParty,
  Agency,
  MeetingAttendance,
  Membership,
  Partnership,
  Person,
  PlanAction,
  PlanObjective,
  Rag,
} from "../entities/index.js";

/** Each action's RAG status (its latest update's, NOT_STARTED without one), many actions in one statement. */
function currentRagLoader(dataSource: DataSource) {
  return new DataLoader<string, Rag>(async (ids) => {
    const rows: Array<{ action_id: string; rag: Rag }> = await dataSource.query(
      `SELECT DISTINCT ON (action_id) action_id, rag FROM action_update WHERE action_id = ANY($1::uuid[])
        ORDER BY action_id, reported_on DESC, created_at DESC`,
      [ids],
    );
    const rags = new Map(rows.map((row) => [row.action_id, row.rag]));
    return ids.map((id) => rags.get(id) ?? Rag.NOT_STARTED);
  });
}

/** Every relation the governance schema resolves, batched per request. */
export function createLoaders({ dataSource }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    agency: uniqueLoader(repo(Agency)),
    person: uniqueLoader(repo(Person)),
    personByEmail: uniqueLoader(repo(Person), "email"),
    partnership: uniqueLoader(repo(Partnership)),
    membershipsOfPartnership: groupLoader(repo(Membership), "partnershipId", { since: "ASC" }),
    partiesOfAgreement: groupLoader(repo(AgreementParty), "agreementId"),
    grantsOfAgreement: groupLoader(repo(AgreementGrant), "agreementId"),
    plansOfPartnership: groupLoader(repo(ActionPlan), "partnershipId", { startsOn: "DESC" }),
    objectivesOfPlan: groupLoader(repo(PlanObjective), "planId", { number: "ASC" }),
    objective: uniqueLoader(repo(PlanObjective)),
    actionsOfObjective: groupLoader(repo(PlanAction), "objectiveId", { deliveryDate: "ASC", id: "ASC" }),
    updatesOfAction: groupLoader(repo(ActionUpdate), "actionId", { reportedOn: "DESC", createdAt: "DESC" }),
    currentRag: currentRagLoader(dataSource),
    attendanceOfMeeting: groupLoader(repo(MeetingAttendance), "meetingId"),
  };
}

export type GovernanceLoaders = ReturnType<typeof createLoaders>;
