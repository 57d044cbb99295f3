/** The roles that may read the record of processing (the gateway refuses everyone else). */
export const RECORD_OF_PROCESSING_ROLES = ["COORDINATOR", "PARTNERSHIP_ADMIN", "AUDITOR", "DATA_PROTECTION_OFFICER"];

/** One page of the portal: where it is, what it is called, and whether the navigation lists it. */
export interface PortalRoute {
  path: string;
  /** The page's name, first in the tab's title ("Cases — Partnership portal"). */
  title: string;
  /** The navigation's label, for a section listed there. */
  section?: string;
  /** Listed in the navigation only to these roles (the page itself says why to others). */
  roles?: readonly string[];
}

/**
 * Every page, in the navigation's order. The browser tests walk this table, so a page added here
 * is checked at phone and desktop widths without anyone remembering to.
 */
export const ROUTES = [
  { path: "/dashboard", title: "Dashboard", section: "Dashboard" },
  { path: "/cases", title: "Cases", section: "Cases" },
  { path: "/cases/new", title: "Record a concern" },
  { path: "/cases/:id", title: "Concern" },
  { path: "/training", title: "Training", section: "Training" },
  { path: "/training/sessions/:id", title: "Training session" },
  { path: "/procurement", title: "Procurement", section: "Procurement" },
  { path: "/procurement/suppliers/:id", title: "Supplier" },
  { path: "/governance", title: "Governance", section: "Governance" },
  { path: "/governance/agreements/new", title: "Draft a sharing agreement" },
  { path: "/governance/agreements/:id", title: "Sharing agreement" },
  { path: "/governance/plans/:id", title: "Action plan" },
  { path: "/governance/meetings", title: "Meetings" },
  { path: "/governance/maturity", title: "Maturity self-assessments" },
  { path: "/annual-report", title: "Annual report", section: "Annual report" },
  {
    path: "/record-of-processing",
    title: "Record of processing",
    section: "Record of processing",
    roles: RECORD_OF_PROCESSING_ROLES,
  },
] as const satisfies readonly PortalRoute[];

export type RoutePath = (typeof ROUTES)[number]["path"];

export const APP_NAME = "Partnership portal";

/** The tab's title for a page: its own name first, so tabs and history tell pages apart. */
export function documentTitle(page: string | null): string {
  return page ? `${page} — ${APP_NAME}` : APP_NAME;
}
