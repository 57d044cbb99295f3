import { label } from "../lib/format";

/** A RAG status as a word on a coloured badge: the word carries the meaning, the colour helps. */
export function RagBadge({ rag }: { rag: string | null }) {
  // A RAG the schema lets be missing reads as a dash, as any value not given does.
  if (!rag) return <span className="muted">—</span>;
  return <span className={`badge rag-${rag.toLowerCase()}`}>{label(rag)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{label(status)}</span>;
}
