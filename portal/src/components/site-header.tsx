import { useEffect, useId, useState } from "react";
import { NavLink, useLocation } from "react-router";
import { label } from "../lib/format";
import type { Session } from "../lib/session";
import { APP_NAME } from "../routes";

/**
 * The portal's header: its name, the sections, who is signed in and Sign out. On a phone the
 * sections and the account controls fold behind a Menu button, so nothing runs off the screen.
 */
export function SiteHeader({
  sections,
  session,
  partnership,
  changePartnership,
  signOut,
}: {
  sections: ReadonlyArray<{ to: string; name: string }>;
  session: Session;
  partnership: string;
  changePartnership: (() => void) | null;
  signOut(): void;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const { pathname } = useLocation();

  // Choosing a section closes the menu; Escape closes it where it was opened.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      document.getElementById(`${menuId}-button`)?.focus();
    };
    document.addEventListener("keydown", escape);
    return () => document.removeEventListener("keydown", escape);
  }, [open, menuId]);

  return (
    <header className="top">
      <div className="top-bar">
        <span className="brand">{APP_NAME}</span>
        <button
          type="button"
          id={`${menuId}-button`}
          className="menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen(!open)}
        >
          Menu
        </button>
      </div>
      <div id={menuId} className={open ? "menu open" : "menu"}>
        <nav aria-label="Sections">
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink to={section.to}>{section.name}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who" data-testid="signed-in-user">
          <span>{session.name}</span>
          <span className="muted"> · {session.roles.map(label).join(", ")}</span>
          <span className="muted" data-testid="acting-partnership">
            {" "}
            · {partnership}
          </span>
          <span className="account">
            {changePartnership && (
              <button type="button" className="link-button" onClick={changePartnership}>
                Change partnership
              </button>
            )}
            <button type="button" className="link-button" onClick={signOut}>
              Sign out
            </button>
          </span>
        </div>
      </div>
    </header>
  );
}
