import PDFDocument from "pdfkit";
import type { ExportedRecord, Service, SubjectAccessExport } from "./subject-access-export.js";

/**
 * The subject access export as a document a person can read: the request, a summary, then per
 * service each record with its values (field, category, value, agreements it was shared under)
 * and who read it. A value that may be exempt is printed with a visible "FOR DPO REVIEW" line
 * under it, never left out: the officer decides, with the document in front of them.
 *
 * Only the PDF's built-in Helvetica is used, so nothing is fetched or embedded; the content is
 * left uncompressed so the text can be checked and searched without decoding it.
 */

const MARGIN = 50;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const SMALL = 8;
const BODY = 9.5;
const REVIEW_COLOUR = "#b00020";
const RULE_COLOUR = "#999999";

const SERVICE_TITLES: Record<Service, string> = {
  cases: "Casework (cases)",
  training: "Training (training)",
  procurement: "Procurement (procurement)",
  governance: "Directory and governance (governance)",
};

const KIND_IN_WORDS: Record<string, string> = {
  ACCESS: "Access to personal data (UK GDPR Art. 15)",
  RECTIFICATION: "Rectification (UK GDPR Art. 16)",
  ERASURE: "Erasure (UK GDPR Art. 17)",
};

interface Column {
  title: string;
  width: number;
}

type Doc = PDFKit.PDFDocument;

/** The bottom of the writable area of the current page. */
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page when less than `height` is left on this one. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, size: number): void {
  ensureRoom(doc, size * 3);
  doc.moveDown(0.6).font(BOLD).fontSize(size).fillColor("black").text(text, MARGIN, doc.y);
  doc.moveDown(0.3);
}

/** "Label: value" lines, the label in bold. */
function facts(doc: Doc, rows: Array<[string, string]>): void {
  for (const [label, value] of rows) {
    ensureRoom(doc, BODY * 2);
    doc.font(BOLD).fontSize(BODY).fillColor("black").text(`${label}: `, MARGIN, doc.y, { continued: true });
    doc.font(FONT).text(value);
  }
}

/** One row of a table: each cell wrapped to its column, the row as tall as its tallest cell. */
function row(doc: Doc, columns: Column[], cells: string[], font = FONT): void {
  doc.font(font).fontSize(SMALL);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell || " ", { width: columns[i]!.width - 4 })));
  ensureRoom(doc, height + 4);
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.fillColor("black").text(cell || " ", x, top, { width: columns[i]!.width - 4 });
    x += columns[i]!.width;
  });
  doc.y = top + height + 2;
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + columns.reduce((sum, c) => sum + c.width, 0), doc.y)
    .strokeColor(RULE_COLOUR)
    .lineWidth(0.3)
    .stroke();
  doc.y += 2;
}

/** A full-width line under a value that may be exempt: red, bold, impossible to miss. */
function reviewLine(doc: Doc, text: string, width: number): void {
  doc.font(BOLD).fontSize(SMALL);
  const height = doc.heightOfString(text, { width });
  ensureRoom(doc, height + 4);
  doc.fillColor(REVIEW_COLOUR).text(text, MARGIN, doc.y, { width });
  doc.fillColor("black");
  doc.y += 2;
}

/** A value as the subject would read it: JSON text unquoted when it is a plain string. */
function readable(value: string | null): string {
  if (value == null) return "(none held)";
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === "string") return parsed;
    if (parsed == null || (Array.isArray(parsed) && parsed.length === 0)) return "(none held)";
    if (Array.isArray(parsed) && parsed.every((item) => typeof item !== "object")) return parsed.join(", ");
  } catch {
    // Not JSON: shown as it is.
  }
  return value;
}

function record(doc: Doc, entry: ExportedRecord, agreements: Map<string, string>, width: number): void {
  ensureRoom(doc, 60);
  doc.moveDown(0.4).font(BOLD).fontSize(BODY).fillColor("black").text(entry.description, MARGIN, doc.y, { width });
  doc
    .font(FONT)
    .fontSize(SMALL)
    .fillColor("#444444")
    .text(
      `${entry.entityType} ${entry.entityId} · recorded ${entry.recordedAt ? entry.recordedAt.slice(0, 10) : "(date not held)"} · ${entry.service}`,
      { width },
    );
  doc.fillColor("black").moveDown(0.3);
  const columns: Column[] = [
    { title: "Field", width: width * 0.18 },
    { title: "Category", width: width * 0.17 },
    { title: "Value", width: width * 0.43 },
    { title: "Shared under", width: width * 0.22 },
  ];
  row(
    doc,
    columns,
    columns.map((c) => c.title),
    BOLD,
  );
  for (const value of entry.values) {
    const shared = value.sharedUnder.map((id) => agreements.get(id) ?? id).join(", ") || "not shared";
    row(doc, columns, [value.field, value.category ?? "public", readable(value.value), shared]);
    if (value.reviewNote) reviewLine(doc, value.reviewNote, width);
  }
  // The heading stays with the first rows it heads.
  ensureRoom(doc, 40);
  doc.moveDown(0.3).font(BOLD).fontSize(SMALL).text("Who read it", MARGIN, doc.y);
  if (entry.readers.length === 0) {
    doc.font(FONT).text("No one has read this record's sensitive values.", { width });
    return;
  }
  const readers: Column[] = [
    { title: "When", width: width * 0.19 },
    { title: "Agency", width: width * 0.27 },
    { title: "User", width: width * 0.16 },
    { title: "Field", width: width * 0.14 },
    { title: "Under agreement", width: width * 0.14 },
    { title: "Outcome", width: width * 0.1 },
  ];
  row(
    doc,
    readers,
    readers.map((c) => c.title),
    BOLD,
  );
  for (const read of entry.readers)
    row(doc, readers, [
      read.at.replace("T", " ").slice(0, 19),
      read.agency,
      read.userId,
      read.field,
      read.agreementId ? (agreements.get(read.agreementId) ?? read.agreementId) : "own agency",
      read.outcome,
    ]);
}

/** The export as a PDF document. */
export function subjectAccessPdf(data: SubjectAccessExport): Promise<Buffer> {
  const { request } = data;
  const agreements = new Map(Object.entries(data.agreements).map(([id, a]) => [id, a.reference]));
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: false,
    info: { Title: `Subject access: ${request.subject}`, Subject: `Subject request ${request.id}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  doc.font(BOLD).fontSize(16).text("Data subject request: what is held about the subject");
  doc.font(FONT).fontSize(SMALL).fillColor("#444444").text(`Generated on ${data.generatedOn}`);
  doc.fillColor("black");

  heading(doc, "The request", 12);
  const search = Object.entries(request.search)
    .filter(([, value]) => value != null)
    .map(([key, value]) => `${key} "${value}"`)
    .join(", ");
  const extension = request.extensionMonths
    ? ` (extended by ${request.extensionMonths} month(s): ${request.extensionReason ?? ""})`
    : "";
  facts(doc, [
    ["Kind", KIND_IN_WORDS[request.kind] ?? request.kind],
    ["Subject", request.subject],
    ["Found by", search],
    ["Made to", request.madeTo ? `${request.madeTo.name} (${request.madeTo.shortName})` : "(agency not known)"],
    ["Received", request.receivedOn],
    ["Due", `${request.dueOn}${extension}${request.overdue ? " — OVERDUE" : ""}`],
    [
      "Status",
      request.completedOn ? `${request.status} on ${request.completedOn}: ${request.outcome ?? ""}` : request.status,
    ],
  ]);

  heading(doc, "Summary", 12);
  const summaryColumns: Column[] = [
    { title: "Service", width: width * 0.4 },
    { title: "Records", width: width * 0.2 },
    { title: "Values", width: width * 0.2 },
    { title: "For DPO review", width: width * 0.2 },
  ];
  row(
    doc,
    summaryColumns,
    summaryColumns.map((c) => c.title),
    BOLD,
  );
  for (const [service, counts] of Object.entries(data.summary) as Array<[Service, (typeof data.summary)[Service]]>)
    row(doc, summaryColumns, [
      SERVICE_TITLES[service],
      String(counts.records),
      String(counts.values),
      String(counts.forReview),
    ]);
  const forReview = Object.values(data.summary).reduce((sum, s) => sum + s.forReview, 0);
  if (forReview > 0)
    reviewLine(
      doc,
      `${forReview} value(s) are marked FOR DPO REVIEW: decide on each before this copy goes to the subject.`,
      width,
    );

  for (const [service, records] of Object.entries(data.services) as Array<[Service, ExportedRecord[]]>) {
    heading(doc, SERVICE_TITLES[service], 12);
    if (records.length === 0) doc.font(FONT).fontSize(BODY).text("Nothing held about the subject.", MARGIN, doc.y);
    for (const entry of records) record(doc, entry, agreements, width);
  }
  doc.end();
  return done;
}
