import {
  DataCategory,
  type FoundRecord,
  type SubjectFinder,
  type SubjectQuery,
  type SubjectScope,
} from "@partnership/runtime";
import type { TrainingContext } from "../context.js";
import { Completion, Delegate } from "../entities/index.js";

/** `%part%` for ILIKE, with LIKE's own wildcards in the part taken literally. */
const containing = (part: string) => `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Delegates who match, in the partnership the request acts in: by name, email and a certificate
 * number of theirs (a reference); an officer of an agency that does not chair the partnership finds
 * only their own agency's delegates. Delegates hold no date of birth: a search naming one finds none.
 */
function delegatesMatching(ctx: TrainingContext, search: SubjectQuery, { partnershipId, agencyId }: SubjectScope) {
  const query = ctx.dataSource
    .getRepository(Delegate)
    .createQueryBuilder("d")
    .where("d.partnershipId = :partnershipId", { partnershipId });
  if (agencyId) query.andWhere("d.agencyId = :agencyId", { agencyId });
  if (search.name) query.andWhere("d.name ILIKE :name", { name: containing(search.name) });
  if (search.email) query.andWhere("d.email = :email", { email: search.email });
  if (search.reference)
    query.andWhere(
      "EXISTS (SELECT 1 FROM completion c WHERE c.delegate_id = d.id AND upper(c.certificate_number) = :reference)",
      { reference: search.reference },
    );
  return query.orderBy("d.name").addOrderBy("d.id").getMany();
}

/** Every attendance and completion of these delegates, with its course, oldest first. */
function completionsOf(ctx: TrainingContext, delegateIds: string[]) {
  return ctx.dataSource
    .getRepository(Completion)
    .createQueryBuilder("c")
    .innerJoinAndSelect("c.course", "course")
    .where("c.delegateId = ANY(:delegateIds::uuid[])", { delegateIds })
    .orderBy("c.completedOn", "ASC", "NULLS LAST")
    .addOrderBy("c.id")
    .getMany();
}

/**
 * What training holds about a data subject: their delegate register entry (name, email, agency, job
 * title; named in the audit log as the directory's Person by email) and every attendance and
 * completion recorded for them. Two statements.
 */
export const findSubjectInTraining: SubjectFinder<TrainingContext> = async (search, scope, ctx) => {
  if (search.dateOfBirth) return [];
  const delegates = await delegatesMatching(ctx, search, scope);
  if (delegates.length === 0) return [];
  const completions = await completionsOf(
    ctx,
    delegates.map((d) => d.id),
  );
  return delegates.flatMap((delegate): FoundRecord[] => [
    {
      entityType: "Person",
      entityId: `email:${delegate.email}`,
      description: `Training register entry of ${delegate.name}`,
      recordedAt: null,
      values: [
        { field: "name", value: delegate.name, category: DataCategory.PERSONNEL },
        { field: "email", value: delegate.email },
        { field: "jobTitle", value: delegate.jobTitle, category: DataCategory.PERSONNEL },
        { field: "agency", value: delegate.agencyId, category: null },
      ],
    },
    ...completions
      .filter((c) => c.delegateId === delegate.id)
      .map((c): FoundRecord => ({
        entityType: "Completion",
        entityId: c.id,
        description: `${c.course?.title ?? "Course"}: ${c.status.toLowerCase()}${c.completedOn ? ` on ${c.completedOn}` : ""}`,
        recordedAt: null,
        values: [
          { field: "delegateName", value: delegate.name },
          { field: "delegateEmail", value: delegate.email },
          { field: "course", value: c.course?.title ?? null },
          { field: "status", value: c.status },
          { field: "completedOn", value: c.completedOn },
          { field: "certificateNumber", value: c.certificateNumber },
          { field: "expiresOn", value: c.expiresOn },
          { field: "source", value: c.source },
        ],
      })),
  ]);
};
