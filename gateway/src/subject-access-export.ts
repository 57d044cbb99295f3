import type { Logger } from "@partnership/runtime/edge";
import type { Request, RequestHandler, Response } from "express";
import { askOwnGraphQL, type OwnGraphQLAnswer, refuse } from "./own-graphql.js";
import { subjectAccessPdf } from "./subject-access-pdf.js";

/** Where a data protection officer downloads the answer to one subject access request. */
export const SUBJECT_ACCESS_EXPORT_PATH = "/subject-requests/:id/export.:format";

export const SERVICES = ["cases", "training", "procurement", "governance"] as const;
export type Service = (typeof SERVICES)[number];

export type ExemptionReview = "CRIME_AND_TAXATION" | "THIRD_PARTY_DATA";

/** Why a value is held back for the officer's review, in words for the subject's copy (B's `ExemptionReview`). */
export const REVIEW_IN_WORDS: Record<ExemptionReview, string> = {
  CRIME_AND_TAXATION:
    "police intelligence: the crime and taxation exemption may apply (DPA 2018 Schedule 2 Part 1 paragraph 2)",
  THIRD_PARTY_DATA:
    "it may hold other people's data: disclose only with their consent or where reasonable (DPA 2018 Schedule 2 Part 3 paragraph 16)",
};

/** The mark a value held back for review carries in both documents: visible, never dropped. */
export function reviewMark(review: ExemptionReview): string {
  return `FOR DPO REVIEW: ${REVIEW_IN_WORDS[review]}`;
}

export interface HeldValue {
  field: string;
  category: string | null;
  value: string | null;
  sharedUnder: string[];
  review: ExemptionReview | null;
}

export interface RecordRead {
  userId: string;
  agencyId: string;
  at: string;
  field: string;
  category: string | null;
  agreementId: string | null;
  outcome: string;
}

export interface SubjectRecord {
  service: string;
  entityType: string;
  entityId: string;
  description: string;
  recordedAt: string | null;
  values: HeldValue[];
  readers: RecordRead[];
}

export interface SubjectRequest {
  id: string;
  kind: string;
  subject: string;
  status: string;
  receivedOn: string;
  dueOn: string;
  extensionMonths: number;
  extensionReason: string | null;
  completedOn: string | null;
  outcome: string | null;
  overdue: boolean;
  daysLeft: number | null;
  search: { name: string | null; dateOfBirth: string | null; email: string | null; reference: string | null };
  madeTo: { id: string; name: string; shortName: string } | null;
}

/** One record as exported: B's record, each value with its review mark in words, each reader's agency named. */
export interface ExportedRecord extends Omit<SubjectRecord, "values" | "readers"> {
  values: Array<HeldValue & { reviewNote: string | null }>;
  readers: Array<RecordRead & { agency: string }>;
}

/** The whole export: the JSON document, and what the PDF lays out. */
export interface SubjectAccessExport {
  request: SubjectRequest;
  /** The platform clock's today (asked of governance, which holds the clock). */
  generatedOn: string;
  /** Per service: the records it holds and the values marked for review. */
  summary: Record<Service, { records: number; values: number; forReview: number }>;
  /** The partnership's sharing agreements the records name (in `sharedUnder`, `agreementId`), by id. */
  agreements: Record<string, { reference: string; title: string }>;
  services: Record<Service, ExportedRecord[]>;
}

const REQUEST_QUERY = `query SubjectRequestExport($id: ID!) {
  today
  subjectRequest(id: $id) {
    id kind subject status receivedOn dueOn extensionMonths extensionReason completedOn outcome overdue daysLeft
    search { name dateOfBirth email reference }
    madeTo { id name shortName }
  }
  agencies(first: 100) { nodes { id name shortName } }
  sharingAgreements(first: 100) { nodes { id reference title } }
}`;

const RECORD = `service entityType entityId description recordedAt
  values { field category value sharedUnder review }
  readers { userId agencyId at field category agreementId outcome }`;
const ACCESS_QUERY = `query SubjectAccessExport($search: SubjectSearch!) {
  subjectAccess(search: $search) { ${SERVICES.map((s) => `${s} { ${RECORD} }`).join(" ")} }
}`;

interface RequestData {
  today: string;
  subjectRequest: SubjectRequest | null;
  agencies: { nodes: Array<{ id: string; name: string; shortName: string }> } | null;
  sharingAgreements: { nodes: Array<{ id: string; reference: string; title: string }> } | null;
}
interface AccessData {
  subjectAccess: Partial<Record<Service, SubjectRecord[] | null>> | null;
}

const UNREADABLE = "what is held about the subject could not be read";

/** The conditions of the request's search that are set: `subjectAccess` takes only those. */
function searchOf(request: SubjectRequest): Record<string, string> {
  return Object.fromEntries(Object.entries(request.search).filter(([, value]) => value != null)) as Record<
    string,
    string
  >;
}

/** Why an answer is refused: GraphQL errors, or no data at all. */
function failed<T>(response: { ok: boolean; answer: OwnGraphQLAnswer<T> }): boolean {
  return !response.ok || (response.answer.errors?.length ?? 0) > 0 || !response.answer.data;
}

/**
 * The request and everything held about its subject, read through this gateway's own GraphQL
 * endpoint as the caller (see own-graphql.ts). Whole or not at all: a service that cannot answer
 * fails the export, since a copy missing one service's records would mislead the subject.
 */
async function readExport(req: Request, res: Response, id: string): Promise<SubjectAccessExport | null> {
  const first = await askOwnGraphQL<RequestData>(req, {
    query: REQUEST_QUERY,
    operationName: "SubjectRequestExport",
    variables: { id },
  });
  if (failed(first)) {
    refuse(res, first.status, first.answer.errors, UNREADABLE);
    return null;
  }
  const { today, subjectRequest: request, agencies, sharingAgreements } = first.answer.data!;
  if (!request) {
    res.status(404).json({
      errors: [{ message: `subject request ${id} was not found`, extensions: { code: "NOT_FOUND" } }],
    });
    return null;
  }
  const second = await askOwnGraphQL<AccessData>(req, {
    query: ACCESS_QUERY,
    operationName: "SubjectAccessExport",
    variables: { search: searchOf(request) },
  });
  const access = second.answer.data?.subjectAccess;
  if (failed(second) || !access || SERVICES.some((s) => !access[s])) {
    refuse(res, second.status, second.answer.errors, UNREADABLE);
    return null;
  }
  const agencyNames = new Map((agencies?.nodes ?? []).map((a) => [a.id, `${a.name} (${a.shortName})`]));
  const services = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      access[service]!.map((record) => ({
        ...record,
        values: record.values.map((value) => ({
          ...value,
          reviewNote: value.review ? reviewMark(value.review) : null,
        })),
        readers: record.readers.map((read) => ({ ...read, agency: agencyNames.get(read.agencyId) ?? read.agencyId })),
      })),
    ]),
  ) as Record<Service, ExportedRecord[]>;
  const summary = Object.fromEntries(
    SERVICES.map((service) => {
      const values = services[service].flatMap((record) => record.values);
      return [
        service,
        { records: services[service].length, values: values.length, forReview: values.filter((v) => v.review).length },
      ];
    }),
  ) as SubjectAccessExport["summary"];
  const named = new Set(
    SERVICES.flatMap((s) =>
      services[s].flatMap((r) => [
        ...r.values.flatMap((v) => v.sharedUnder),
        ...r.readers.map((read) => read.agreementId),
      ]),
    ),
  );
  const agreements = Object.fromEntries(
    (sharingAgreements?.nodes ?? [])
      .filter((a) => named.has(a.id))
      .map((a) => [a.id, { reference: a.reference, title: a.title }]),
  );
  return { request, generatedOn: today, summary, agreements, services };
}

/**
 * GET /subject-requests/:id/export.json and …/export.pdf: the answer to a data subject's request —
 * the request, and every record each service holds about the subject with every value, the
 * agreements it was shared under, who read it, and the values marked for the officer's review
 * (marked, never dropped: the officer decides). Data protection officers only, within the scope
 * the GraphQL API gives them; the documents are not cached anywhere on the way.
 */
export function subjectAccessExport(logger: Logger): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    const format = String(req.params.format);
    if (format !== "json" && format !== "pdf")
      return res.status(404).json({
        errors: [{ message: "the export is export.json or export.pdf", extensions: { code: "NOT_FOUND" } }],
      });
    let document: SubjectAccessExport | null;
    let body: string | Buffer;
    try {
      document = await readExport(req, res, id);
      if (!document) return;
      body = format === "json" ? JSON.stringify(document, null, 2) : await subjectAccessPdf(document);
    } catch (error) {
      logger.error({ err: error }, "subject access export failed");
      return refuse(res, 502, undefined, UNREADABLE);
    }
    res
      .status(200)
      .set({
        "content-type": format === "json" ? "application/json; charset=utf-8" : "application/pdf",
        "content-disposition": `attachment; filename="subject-access-${document.request.id}.${format}"`,
        "cache-control": "no-store",
      })
      .send(body);
  };
}
