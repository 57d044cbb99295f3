import { useEffect, useRef } from "react";
import { matchRoutes, useLocation, useNavigationType } from "react-router";
import { documentTitle, ROUTES } from "../routes";

const MATCHABLE = ROUTES.map((route) => ({ path: route.path, title: route.title }));

/** The page's name for the tab, from the route table; an address the table does not know is not found. */
function pageTitle(pathname: string): string | null {
  if (pathname === "/") return null;
  return matchRoutes(MATCHABLE, pathname)?.[0]?.route.title ?? "Page not found";
}

/**
 * What a page change does besides rendering: the tab is titled after the page, and focus moves to
 * the new page's heading so a screen reader announces it and Tab continues from there. A redirect
 * (the first page after signing in) leaves focus at the start, where "Skip to content" is.
 */
export function PageChange() {
  const { pathname } = useLocation();
  const navigation = useNavigationType();
  const previous = useRef(pathname);

  useEffect(() => {
    document.title = documentTitle(pageTitle(pathname));
  }, [pathname]);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigation === "REPLACE") return;
    const main = document.getElementById("main");
    return main ? focusHeadingWhenShown(main) : undefined;
  }, [pathname, navigation]);

  return null;
}

/** Focuses the page's h1, now or as soon as its data has loaded and it appears. */
function focusHeadingWhenShown(main: HTMLElement): () => void {
  const focus = () => {
    const heading = main.querySelector("h1");
    if (!heading) return false;
    heading.tabIndex = -1;
    heading.focus();
    return true;
  };
  if (focus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  return () => observer.disconnect();
}
