import type { SubjectQuery, SubjectScope } from "@partnership/runtime";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Concern, DutyToNotify, NrmReferral, Offender, PotentialVictim } from "../entities/index.js";

/** A record under a concern, with the concern's reference beside it. */
export interface UnderConcern<T> {
  record: T;
  reference: string;
}

/** A concern with the names of the other people recorded in it: who the subject's record also speaks of. */
export interface ConcernOfSubject {
  concern: Concern;
  /** Suspected offenders recorded in it, other than the subject. */
  offenderNames: string[];
  /** The other people screened in it who gave a name. */
  otherPeopleScreened: string[];
}

/** `%part%` for ILIKE, with LIKE's own wildcards in the part taken literally. */
const containing = (part: string) => `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Only concerns of the partnership the request acts in, and of those, for an officer of an agency
 * that does not chair it, the ones their agency leads, refers or takes part in.
 */
function inScope<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: SubjectScope): SelectQueryBuilder<T> {
  query.andWhere("c.partnershipId = :partnershipId", { partnershipId: scope.partnershipId });
  if (scope.agencyId)
    query.andWhere(
      "(c.leadAgencyId = :scopeAgency OR c.referringAgencyId = :scopeAgency OR :scopeAgency = ANY(c.participatingAgencyIds))",
      { scopeAgency: scope.agencyId },
    );
  return query;
}

async function withReference<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<UnderConcern<T>[]> {
  const { entities, raw } = await query.addSelect("c.reference", "concern_reference").getRawAndEntities();
  return entities.map((record, i) => ({
    record,
    reference: (raw[i] as { concern_reference: string }).concern_reference,
  }));
}

/** People screened who match: by name or alias, date of birth and their concern's reference. No email is held for them. */
export function victimsMatching(dataSource: DataSource, search: SubjectQuery, scope: SubjectScope) {
  const query = inScope(
    dataSource.getRepository(PotentialVictim).createQueryBuilder("v").innerJoin(Concern, "c", "c.id = v.concernId"),
    scope,
  );
  if (search.name)
    query.andWhere(
      "(v.fullName ILIKE :name OR EXISTS (SELECT 1 FROM unnest(v.aliases) AS alias WHERE alias ILIKE :name))",
      { name: containing(search.name) },
    );
  if (search.dateOfBirth) query.andWhere("v.dateOfBirth = :dateOfBirth", { dateOfBirth: search.dateOfBirth });
  if (search.reference) query.andWhere("upper(c.reference) = :reference", { reference: search.reference });
  return withReference(query.orderBy("v.screenedOn").addOrderBy("v.id"));
}

/** Suspected offenders who match: by name, date of birth and their concern's reference. */
export function offendersMatching(dataSource: DataSource, search: SubjectQuery, scope: SubjectScope) {
  const query = inScope(
    dataSource.getRepository(Offender).createQueryBuilder("o").innerJoin(Concern, "c", "c.id = o.concernId"),
    scope,
  );
  if (search.name) query.andWhere("o.fullName ILIKE :name", { name: containing(search.name) });
  if (search.dateOfBirth) query.andWhere("o.dateOfBirth = :dateOfBirth", { dateOfBirth: search.dateOfBirth });
  if (search.reference) query.andWhere("upper(c.reference) = :reference", { reference: search.reference });
  return withReference(query.orderBy("o.createdAt").addOrderBy("o.id"));
}

/** The NRM referrals of these people, and those a member of staff with this email made. */
export function referralsOf(
  dataSource: DataSource,
  victimIds: string[],
  referrerEmail: string | null,
  scope: SubjectScope,
) {
  const query = inScope(
    dataSource.getRepository(NrmReferral).createQueryBuilder("r").innerJoin(Concern, "c", "c.id = r.concernId"),
    scope,
  ).andWhere("(r.victimId = ANY(:victimIds::uuid[]) OR r.referrerEmail = :referrerEmail)", {
    victimIds,
    referrerEmail,
  });
  return withReference(query.orderBy("r.referredOn").addOrderBy("r.id"));
}

/** The duty-to-notify reports of these people (already in scope through their records). */
export function dutyToNotifyReportsOf(dataSource: DataSource, victimIds: string[]) {
  return withReference(
    dataSource
      .getRepository(DutyToNotify)
      .createQueryBuilder("d")
      .innerJoin(Concern, "c", "c.id = d.concernId")
      .where("d.victimId = ANY(:victimIds::uuid[])", { victimIds })
      .orderBy("d.reportedOn")
      .addOrderBy("d.id"),
  );
}

/**
 * These concerns, each with the names of the offenders and of the other people screened in it other
 * than the subject's own records (`ownIds`): one statement, the names gathered in subqueries.
 */
export async function concernsOfSubject(
  dataSource: DataSource,
  concernIds: string[],
  ownIds: string[],
): Promise<ConcernOfSubject[]> {
  const { entities, raw } = await dataSource
    .getRepository(Concern)
    .createQueryBuilder("c")
    .addSelect(
      "ARRAY(SELECT o.full_name FROM offender o WHERE o.concern_id = c.id AND o.full_name IS NOT NULL AND o.id <> ALL(:ownIds::uuid[]) ORDER BY o.full_name)",
      "offender_names",
    )
    .addSelect(
      "ARRAY(SELECT v.full_name FROM potential_victim v WHERE v.concern_id = c.id AND v.full_name IS NOT NULL AND v.id <> ALL(:ownIds::uuid[]) ORDER BY v.full_name)",
      "other_people",
    )
    .where("c.id = ANY(:concernIds::uuid[])", { concernIds, ownIds })
    .orderBy("c.receivedOn")
    .addOrderBy("c.id")
    .getRawAndEntities();
  return entities.map((concern, i) => {
    const row = raw[i] as { offender_names: string[]; other_people: string[] };
    return { concern, offenderNames: row.offender_names, otherPeopleScreened: row.other_people };
  });
}
