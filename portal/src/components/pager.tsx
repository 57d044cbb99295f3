import { useState } from "react";

/** Cursor pagination: a stack of the cursors already passed, so Previous goes back exactly. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    page: cursors.length,
    next: (endCursor: string | null | undefined) => endCursor && setCursors([...cursors, endCursor]),
    previous: () => setCursors(cursors.length > 1 ? cursors.slice(0, -1) : cursors),
    reset: () => setCursors([null]),
  };
}

export function Pager({
  page,
  totalCount,
  pageSize,
  hasNextPage,
  onNext,
  onPrevious,
  label = "Pages",
}: {
  page: number;
  totalCount: number;
  pageSize: number;
  hasNextPage: boolean;
  onNext(): void;
  onPrevious(): void;
  /** The navigation's name; a page with two lists names each pager after its list. */
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={onPrevious} disabled={page <= 1}>
        Previous
      </button>
      <span aria-live="polite">
        Page {page} of {pages} ({totalCount} in all)
      </span>
      <button type="button" onClick={onNext} disabled={!hasNextPage}>
        Next
      </button>
    </nav>
  );
}
