import type { ReactNode } from "react";
import { type Path, type Restrictions, restrictionText } from "./restriction-map";

export { categoryWords, type Path, Restrictions, restrictionText } from "./restriction-map";

export function RestrictedNotice({ category, reason }: { category: string; reason?: string }) {
  return (
    <span className="restricted" data-category={category}>
      {restrictionText(category, reason)}
    </span>
  );
}

/** Shows `children` unless the response refused the field at `at`, in which case it says why. */
export function Guarded({ r, at, children }: { r: Restrictions; at: Path; children: ReactNode }) {
  const refusal = r.refusalAt(at);
  if (refusal) return <RestrictedNotice category={refusal.category} reason={refusal.reason} />;
  return <>{children ?? <span className="muted">—</span>}</>;
}
