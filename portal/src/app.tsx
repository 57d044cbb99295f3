import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense, useMemo } from "react";
import { HashRouter, Navigate, NavLink, Route, Routes } from "react-router";
import { createClient } from "./lib/apollo";
import { label } from "./lib/format";
import { type ActingPartnership, PartnershipGate } from "./lib/partnership";
import { RECORD_OF_PROCESSING_ROLES } from "./lib/queries";
import { hasRole, SessionProvider, useSession } from "./lib/session";
import { SignInPage } from "./pages/sign-in";

// Each section's code loads when it is first opened, so signing in downloads only the shell.
const AnnualReportPage = lazy(() => import("./pages/annual-report").then((m) => ({ default: m.AnnualReportPage })));
const CaseDetailPage = lazy(() => import("./pages/case-detail").then((m) => ({ default: m.CaseDetailPage })));
const CasesPage = lazy(() => import("./pages/cases").then((m) => ({ default: m.CasesPage })));
const DashboardPage = lazy(() => import("./pages/dashboard").then((m) => ({ default: m.DashboardPage })));
const GovernancePage = lazy(() => import("./pages/governance").then((m) => ({ default: m.GovernancePage })));
const ProcurementPage = lazy(() => import("./pages/procurement").then((m) => ({ default: m.ProcurementPage })));
const RecordOfProcessingPage = lazy(() =>
  import("./pages/record-of-processing").then((m) => ({ default: m.RecordOfProcessingPage })),
);
const RecordConcernPage = lazy(() => import("./pages/record-concern").then((m) => ({ default: m.RecordConcernPage })));
const SupplierPage = lazy(() => import("./pages/supplier").then((m) => ({ default: m.SupplierPage })));
const TrainingPage = lazy(() => import("./pages/training").then((m) => ({ default: m.TrainingPage })));
const TrainingSessionPage = lazy(() =>
  import("./pages/training-session").then((m) => ({ default: m.TrainingSessionPage })),
);

/** The sections in the navigation; one with `roles` is listed only to those roles (its page says why to others). */
const SECTIONS: Array<{ to: string; name: string; roles?: string[] }> = [
  { to: "/dashboard", name: "Dashboard" },
  { to: "/cases", name: "Cases" },
  { to: "/training", name: "Training" },
  { to: "/procurement", name: "Procurement" },
  { to: "/governance", name: "Governance" },
  { to: "/annual-report", name: "Annual report" },
  { to: "/record-of-processing", name: "Record of processing", roles: RECORD_OF_PROCESSING_ROLES },
];

function SignedInApp() {
  const { session } = useSession();
  if (!session) return <SignInPage />;
  return (
    <PartnershipGate token={session.token}>
      {(partnership, change) => <PortalShell partnership={partnership} change={change} />}
    </PartnershipGate>
  );
}

/** The portal, acting in one partnership: every request names it. */
function PortalShell({ partnership, change }: { partnership: ActingPartnership; change: (() => void) | null }) {
  const { session, signOut } = useSession();
  const client = useMemo(
    () => (session ? createClient(session.token, partnership.id) : null),
    [session, partnership.id],
  );
  if (!session || !client) return <SignInPage />;
  return (
    <ApolloProvider client={client}>
      {/* Focuses the content itself: with hash routing, following "#main" would change the page. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="top">
        <span className="brand">Partnership portal</span>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.filter((section) => !section.roles || hasRole(session, ...section.roles)).map((section) => (
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
            · {partnership.name}
          </span>
          {change && (
            <button type="button" className="link-button" onClick={change}>
              Change partnership
            </button>
          )}
          <button type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>
          <Routes>
            <Route path="/" element={<Navigate to="/dashboard" replace />} />
            <Route path="/dashboard" element={<DashboardPage />} />
            <Route path="/cases" element={<CasesPage />} />
            <Route path="/cases/new" element={<RecordConcernPage />} />
            <Route path="/cases/:id" element={<CaseDetailPage />} />
            <Route path="/training" element={<TrainingPage />} />
            <Route path="/training/sessions/:id" element={<TrainingSessionPage />} />
            <Route path="/procurement" element={<ProcurementPage />} />
            <Route path="/procurement/suppliers/:id" element={<SupplierPage />} />
            <Route path="/governance" element={<GovernancePage />} />
            <Route path="/annual-report" element={<AnnualReportPage />} />
            <Route path="/record-of-processing" element={<RecordOfProcessingPage />} />
            <Route path="*" element={<p>There is no such page.</p>} />
          </Routes>
        </Suspense>
      </main>
    </ApolloProvider>
  );
}

export function App() {
  return (
    <SessionProvider>
      <HashRouter>
        <SignedInApp />
      </HashRouter>
    </SessionProvider>
  );
}
