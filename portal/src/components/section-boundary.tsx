import { Suspense } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { Link, useLocation } from "react-router";
import type { LazyPage } from "./lazy-page";

/**
 * One section of the portal, on its own: while its code loads it says so, and when the code cannot
 * be fetched (offline) or the page fails to render, the rest of the portal stays usable and the
 * section offers to try again.
 */
export function Section({ page: Page }: { page: LazyPage }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={SectionFailed} onReset={Page.retry} resetKeys={[pathname]}>
      <Suspense fallback={<p aria-live="polite">Loading…</p>}>
        <Page />
      </Suspense>
    </ErrorBoundary>
  );
}

/** Browsers word a failed module fetch differently; each names the module it could not import. */
const NOT_LOADED = /dynamically imported module|module script failed|error loading dynamically|preload/i;

function SectionFailed({ error, resetErrorBoundary }: FallbackProps) {
  const notLoaded = error instanceof Error && NOT_LOADED.test(error.message);
  return (
    <div role="alert" className="section-failed">
      <h1>{notLoaded ? "This page could not be loaded" : "This page could not be shown"}</h1>
      <p>
        {notLoaded
          ? "The portal could not fetch this page. Check that you are online, then try again."
          : "Something went wrong while showing this page. Trying again usually works; if it keeps happening, tell your partnership's coordinator what you were doing."}
      </p>
      <p className="actions">
        <button type="button" onClick={resetErrorBoundary}>
          Try again
        </button>
        <Link to="/dashboard">Go to the dashboard</Link>
      </p>
    </div>
  );
}
