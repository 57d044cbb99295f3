import { ApolloProvider } from "@apollo/client/react";
import { useMemo } from "react";
import { HashRouter, Navigate, Route, Routes } from "react-router";
import { type LazyPage, lazyPage } from "./components/lazy-page";
import { NotFound } from "./components/not-found";
import { PageChange } from "./components/page-change";
import { Section } from "./components/section-boundary";
import { SiteHeader } from "./components/site-header";
import { createClient } from "./lib/apollo";
import { type ActingPartnership, PartnershipGate } from "./lib/partnership";
import { hasRole, SessionProvider, useSession } from "./lib/session";
import { SignInPage } from "./pages/sign-in";
import { type PortalRoute, ROUTES, type RoutePath } from "./routes";

// Each section's code loads when it is first opened, so signing in downloads only the shell.
const PAGES: Record<RoutePath, LazyPage> = {
  "/dashboard": lazyPage(() => import("./pages/dashboard").then((m) => ({ default: m.DashboardPage }))),
  "/cases": lazyPage(() => import("./pages/cases").then((m) => ({ default: m.CasesPage }))),
  "/cases/new": lazyPage(() => import("./pages/record-concern").then((m) => ({ default: m.RecordConcernPage }))),
  "/cases/nrm-import": lazyPage(() => import("./pages/nrm-import").then((m) => ({ default: m.NrmImportPage }))),
  "/cases/:id": lazyPage(() => import("./pages/case-detail").then((m) => ({ default: m.CaseDetailPage }))),
  "/training": lazyPage(() => import("./pages/training").then((m) => ({ default: m.TrainingPage }))),
  "/training/sessions/:id": lazyPage(() =>
    import("./pages/training-session").then((m) => ({ default: m.TrainingSessionPage })),
  ),
  "/procurement": lazyPage(() => import("./pages/procurement").then((m) => ({ default: m.ProcurementPage }))),
  "/procurement/suppliers/:id": lazyPage(() => import("./pages/supplier").then((m) => ({ default: m.SupplierPage }))),
  "/governance": lazyPage(() => import("./pages/governance").then((m) => ({ default: m.GovernancePage }))),
  "/governance/agreements/new": lazyPage(() =>
    import("./pages/agreement-new").then((m) => ({ default: m.DraftAgreementPage })),
  ),
  "/governance/agreements/:id": lazyPage(() => import("./pages/agreement").then((m) => ({ default: m.AgreementPage }))),
  "/governance/plans/:id": lazyPage(() => import("./pages/action-plan").then((m) => ({ default: m.ActionPlanPage }))),
  "/governance/meetings": lazyPage(() => import("./pages/meetings").then((m) => ({ default: m.MeetingsPage }))),
  "/governance/maturity": lazyPage(() => import("./pages/maturity").then((m) => ({ default: m.MaturityPage }))),
  "/annual-report": lazyPage(() => import("./pages/annual-report").then((m) => ({ default: m.AnnualReportPage }))),
  "/record-of-processing": lazyPage(() =>
    import("./pages/record-of-processing").then((m) => ({ default: m.RecordOfProcessingPage })),
  ),
  "/partnership": lazyPage(() => import("./pages/partnership").then((m) => ({ default: m.PartnershipPage }))),
  "/partnership/directory": lazyPage(() =>
    import("./pages/partnership-directory").then((m) => ({ default: m.PartnershipDirectoryPage })),
  ),
  "/partnership/integrations": lazyPage(() =>
    import("./pages/partnership-integrations").then((m) => ({ default: m.PartnershipIntegrationsPage })),
  ),
  "/subject-requests": lazyPage(() =>
    import("./pages/subject-requests").then((m) => ({ default: m.SubjectRequestsPage })),
  ),
  "/platform": lazyPage(() => import("./pages/platform").then((m) => ({ default: m.PlatformPage }))),
};

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
  const sections = ROUTES.flatMap((route: PortalRoute) =>
    route.section && (!route.roles || hasRole(session, ...route.roles))
      ? [{ to: route.path, name: route.section }]
      : [],
  );
  return (
    <ApolloProvider client={client}>
      <PageChange />
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
      <SiteHeader
        sections={sections}
        session={session}
        partnership={partnership.name}
        changePartnership={change}
        signOut={signOut}
      />
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to="/dashboard" replace />} />
          {ROUTES.map((route) => (
            <Route key={route.path} path={route.path} element={<Section page={PAGES[route.path]} />} />
          ))}
          <Route
            path="*"
            element={
              <NotFound title="Page not found" back={{ to: "/dashboard", label: "Go to the dashboard" }}>
                There is no page at this address. It may have been mistyped, or the link may be out of date.
              </NotFound>
            }
          />
        </Routes>
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
