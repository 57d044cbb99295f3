import type { ReactNode } from "react";

/**
 * A wide table scrolls in its own box on a narrow screen, never the page; the box takes focus (named
 * like its table) so it can be scrolled from the keyboard.
 */
export function TableScroll({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={name} tabIndex={0}>
      {children}
    </div>
  );
}
