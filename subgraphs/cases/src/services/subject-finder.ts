import { DataCategory, type FoundRecord, type FoundValue, type SubjectFinder } from "@partnership/runtime";
import type { CasesContext } from "../context.js";
import type { Concern, DutyToNotify, NrmReferral, Offender, PotentialVictim } from "../entities/index.js";
import {
  concernsOfSubject,
  dutyToNotifyReportsOf,
  offendersMatching,
  referralsOf,
  type UnderConcern,
  victimsMatching,
} from "../queries/subject-queries.js";

/** The fields of a record as its GraphQL type names them; their categories come from that type. */
const fieldsOf = <T extends object>(record: T, fields: Array<keyof T & string>): FoundValue[] =>
  fields.map((field) => ({ field, value: record[field] }));

function victimRecord({ record: v, reference }: UnderConcern<PotentialVictim>): FoundRecord {
  return {
    entityType: "PotentialVictim",
    entityId: v.id,
    description: `Person screened in concern ${reference}`,
    recordedAt: v.createdAt,
    values: [
      ...fieldsOf(v, [
        "fullName",
        "aliases",
        "dateOfBirth",
        "ageBand",
        "phone",
        "currentAddress",
        "screenedOn",
        "ageGroup",
        "gender",
        "nationality",
        "exploitationType",
        "exploitationTypes",
        "supportNeeds",
        "healthNeeds",
        "outcome",
        "accommodation",
      ]),
      { field: "supportProvider", value: v.supportProviderAgencyId },
    ],
  };
}

function offenderRecord({ record: o, reference }: UnderConcern<Offender>): FoundRecord {
  return {
    entityType: "Offender",
    entityId: o.id,
    description: `Suspected offender recorded in concern ${reference}`,
    recordedAt: o.createdAt,
    values: fieldsOf(o, ["fullName", "dateOfBirth", "role", "arrestedOn", "charge"]),
  };
}

/**
 * A referral of the subject, or one the subject made as a member of staff: for the referrer, what
 * the referral says about the person referred is someone else's data.
 */
function referralRecord({ record: r, reference }: UnderConcern<NrmReferral>, ofSubject: boolean): FoundRecord {
  const referrerEmail: FoundValue = {
    field: "referrerEmail",
    value: r.referrerEmail,
    // Shown in the API as the referral's `referrer` (SAFEGUARDING); the member of staff is someone else unless sought.
    category: DataCategory.SAFEGUARDING,
    aboutOthers: ofSubject,
  };
  if (!ofSubject)
    return {
      entityType: "NrmReferral",
      entityId: r.id,
      description: `NRM referral made in concern ${reference}`,
      recordedAt: r.createdAt,
      values: [referrerEmail, ...fieldsOf(r, ["referredOn"]), { field: "referringAgency", value: r.referringAgencyId }],
    };
  return {
    entityType: "NrmReferral",
    entityId: r.id,
    description: `NRM referral of the person screened in concern ${reference}`,
    recordedAt: r.createdAt,
    values: [
      ...fieldsOf(r, [
        "referredOn",
        "consentGiven",
        "minor",
        "ageGroup",
        "reasonableGrounds",
        "reasonableGroundsOn",
        "conclusiveGrounds",
        "conclusiveGroundsOn",
      ]),
      { field: "referringAgency", value: r.referringAgencyId },
      referrerEmail,
    ],
  };
}

function dutyToNotifyRecord({ record: d, reference }: UnderConcern<DutyToNotify>): FoundRecord {
  return {
    entityType: "DutyToNotify",
    entityId: d.id,
    description: `Duty-to-notify (MS1) report for the person screened in concern ${reference}`,
    recordedAt: d.createdAt,
    values: [...fieldsOf(d, ["reportedOn"]), { field: "reportingAgency", value: d.reportingAgencyId }],
  };
}

/**
 * What a concern says that bears on the subject: its summary, the intelligence and outcome (free
 * text that may name others), and the other people recorded in it, each marked for review.
 */
function concernRecord(concern: Concern, offenderNames: string[], otherPeopleScreened: string[]): FoundRecord {
  return {
    entityType: "Concern",
    entityId: concern.id,
    description: `Concern ${concern.reference}, in which the subject is recorded`,
    recordedAt: concern.createdAt,
    values: [
      ...fieldsOf(concern, [
        "reference",
        "receivedOn",
        "source",
        "exploitationTypes",
        "status",
        "responseLevel",
        "closedOn",
        "intelligenceSummary",
        "crimeReference",
      ]),
      { field: "outcome", value: concern.outcome, aboutOthers: true },
      { field: "offenders", value: offenderNames, category: DataCategory.OFFENDER_IDENTITY, aboutOthers: true },
      {
        field: "otherPeopleScreened",
        value: otherPeopleScreened,
        category: DataCategory.VICTIM_IDENTITY,
        aboutOthers: true,
      },
    ],
  };
}

/**
 * What cases holds about a data subject: people screened (by name or alias, date of birth, their
 * concern's reference), suspected offenders (the same, less aliases), the NRM referrals and
 * duty-to-notify reports of those people, the concerns they are recorded in, and the NRM referrals
 * a member of staff made (by email alone: cases holds no other detail of staff). One statement per
 * table; nothing is asked for what is not needed.
 */
export const findSubjectInCases: SubjectFinder<CasesContext> = async (search, scope, ctx) => {
  const { dataSource } = ctx;
  // A victim or offender holds no email: a search naming one finds neither.
  const people = search.email === undefined;
  const [victims, offenders] = people
    ? await Promise.all([victimsMatching(dataSource, search, scope), offendersMatching(dataSource, search, scope)])
    : [[], []];
  const victimIds = victims.map((v) => v.record.id);
  // Staff are known here only by email: one sought by anything else is not a referrer here.
  const referrer = search.email !== undefined && !search.name && !search.dateOfBirth ? search.email : null;
  const [referrals, reports] = await Promise.all([
    victimIds.length > 0 || referrer ? referralsOf(dataSource, victimIds, referrer, scope) : [],
    victimIds.length > 0 ? dutyToNotifyReportsOf(dataSource, victimIds) : [],
  ]);
  const referralsFound = search.reference
    ? referrals.filter((r) => victimIds.includes(r.record.victimId) || r.reference.toUpperCase() === search.reference)
    : referrals;
  const concernIds = [...new Set([...victims, ...offenders].map((r) => r.record.concernId))];
  const concerns =
    concernIds.length > 0
      ? await concernsOfSubject(dataSource, concernIds, [...victimIds, ...offenders.map((o) => o.record.id)])
      : [];
  return [
    ...concerns.map((c) => concernRecord(c.concern, c.offenderNames, c.otherPeopleScreened)),
    ...victims.map(victimRecord),
    ...referralsFound.map((r) => referralRecord(r, victimIds.includes(r.record.victimId))),
    ...reports.map(dutyToNotifyRecord),
    ...offenders.map(offenderRecord),
  ];
};
