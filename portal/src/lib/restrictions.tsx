import type { ReactNode } from "react";
import { useGrantingAgreements } from "./granting-agreements";
import { categoryWords, type Path, type Restrictions, restrictionText } from "./restriction-map";

export { categoryWords, type Path, Restrictions, restrictionText } from "./restriction-map";

/**
 * A restriction in words. `compact` (for a table's cells, where it may repeat down a column)
 * shows only what is withheld; the whole sentence stays for screen readers and as a tooltip.
 */
export function RestrictedNotice({
  category,
  reason,
  compact = false,
}: {
  category: string;
  reason?: string;
  compact?: boolean;
}) {
  const granting = useGrantingAgreements();
  const text = restrictionText(category, reason, granting(category));
  if (!compact)
    return (
      <span className="restricted" data-category={category}>
        {text}
      </span>
    );
  return (
    <span className="restricted" data-category={category} title={text}>
      <span aria-hidden="true">Restricted: {categoryWords(category)}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

/** Shows `children` unless the response refused the field at `at`, in which case it says why. */
export function Guarded({
  r,
  at,
  compact,
  children,
}: {
  r: Restrictions;
  at: Path;
  compact?: boolean;
  children: ReactNode;
}) {
  const refusal = r.refusalAt(at);
  if (refusal) return <RestrictedNotice category={refusal.category} reason={refusal.reason} compact={compact} />;
  return <>{children ?? <span className="muted">—</span>}</>;
}
