import type { FoundRecord, SubjectFinder, SubjectQuery, SubjectScope } from "@partnership/runtime";
import { actingPartnership } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import type { GovernanceContext } from "../context.js";
import { ActionPlan, ActionUpdate, PlanAction, Person } from "../entities/index.js";

/** `%part%` for ILIKE, with LIKE's own wildcards in the part taken literally. */
const containing = (part: string) => `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Directory people who match, by name and email, among the staff of the partnership's member
 * agencies today (for an officer of an agency that does not chair it, their own agency's staff).
 */
function peopleMatching(dataSource: DataSource, search: SubjectQuery, members: string[], scope: SubjectScope) {
  const query = dataSource
    .getRepository(Person)
    .createQueryBuilder("p")
    .where("p.agencyId = ANY(:agencyIds::uuid[])", { agencyIds: scope.agencyId ? [scope.agencyId] : members });
  if (search.name) query.andWhere("p.name ILIKE :name", { name: containing(search.name) });
  if (search.email) query.andWhere("p.email = :email", { email: search.email });
  return query.orderBy("p.name").addOrderBy("p.id").getMany();
}

/** The partnership's plan actions these people lead. */
function actionsLedBy(dataSource: DataSource, personIds: string[], partnershipId: string) {
  return dataSource
    .getRepository(PlanAction)
    .createQueryBuilder("a")
    .innerJoin(ActionPlan, "plan", "plan.id = a.planId")
    .where("plan.partnershipId = :partnershipId AND a.leadOfficerIds && :personIds::uuid[]", {
      partnershipId,
      personIds,
    })
    .orderBy("a.deliveryDate")
    .addOrderBy("a.id")
    .getMany();
}

/** The progress updates on the partnership's plan actions that these people gave. */
function updatesFrom(dataSource: DataSource, personIds: string[], partnershipId: string) {
  return dataSource
    .getRepository(ActionUpdate)
    .createQueryBuilder("u")
    .innerJoin(PlanAction, "a", "a.id = u.actionId")
    .innerJoin(ActionPlan, "plan", "plan.id = a.planId")
    .where("plan.partnershipId = :partnershipId AND u.reporterId = ANY(:personIds::uuid[])", {
      partnershipId,
      personIds,
    })
    .orderBy("u.reportedOn")
    .addOrderBy("u.id")
    .getMany();
}

function personRecord(person: Person): FoundRecord {
  return {
    entityType: "Person",
    entityId: person.id,
    description: `Staff directory entry of ${person.name}`,
    recordedAt: person.createdAt,
    values: [
      { field: "name", value: person.name },
      { field: "email", value: person.email },
      { field: "jobTitle", value: person.jobTitle },
      { field: "agency", value: person.agencyId },
    ],
  };
}

/**
 * What governance holds about a data subject: a member of staff's directory entry (PERSONNEL), the
 * plan actions they lead and the progress updates they gave (the notes are free text that may name
 * others). People in the directory hold no date of birth and no reference: a search naming either
 * finds no one here. Three statements at most.
 */
export const findSubjectInGovernance: SubjectFinder<GovernanceContext> = async (search, scope, ctx) => {
  if (search.dateOfBirth || search.reference) return [];
  const { dataSource } = ctx;
  const people = await peopleMatching(dataSource, search, actingPartnership(ctx.caller).memberAgencyIds, scope);
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  const [actions, updates] = await Promise.all([
    actionsLedBy(dataSource, ids, scope.partnershipId),
    updatesFrom(dataSource, ids, scope.partnershipId),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return [
    ...people.map(personRecord),
    ...actions.map((action): FoundRecord => ({
      entityType: "PlanAction",
      entityId: action.id,
      description: `Action plan action led by ${action.leadOfficerIds.map((id) => nameOf.get(id)).find(Boolean)}: ${action.title}`,
      recordedAt: action.createdAt,
      values: [
        { field: "title", value: action.title },
        { field: "deliveryDate", value: action.deliveryDate },
        { field: "leadOfficers", value: action.leadOfficerIds.filter((id) => nameOf.has(id)) },
      ],
    })),
    ...updates.map((update): FoundRecord => ({
      entityType: "ActionUpdate",
      entityId: update.id,
      description: `Progress update given by ${nameOf.get(update.reporterId!) ?? "the subject"} on ${update.reportedOn}`,
      recordedAt: update.createdAt,
      values: [
        { field: "reportedOn", value: update.reportedOn },
        { field: "rag", value: update.rag },
        { field: "note", value: update.note, aboutOthers: true },
        { field: "reportedBy", value: update.reportedBy },
      ],
    })),
  ];
};
