import type { ReactNode } from "react";
import { type Path, type Restrictions, restrictionText } from "./restriction-map";

export { type Path, Restrictions, restrictionText } from "./restriction-map";

export function RestrictedNotice({ category }: { category: string }) {
  return (
    <span className="restricted" data-category={category}>
      {restrictionText(category)}
    </span>
  );
}

/** Shows `children` unless the response refused the field at `at`, in which case it says why. */
export function Guarded({ r, at, children }: { r: Restrictions; at: Path; children: ReactNode }) {
  const category = r.categoryAt(at);
  if (category) return <RestrictedNotice category={category} />;
  return <>{children ?? <span className="muted">—</span>}</>;
}
