/** The roles that may read the record of processing (the gateway refuses everyone else). */
export const RECORD_OF_PROCESSING_ROLES = ["COORDINATOR", "PARTNERSHIP_ADMIN", "AUDITOR", "DATA_PROTECTION_OFFICER"];

/** Who runs a partnership: its members, roles, areas, directory and partner systems. */
export const PARTNERSHIP_ADMIN_ROLES = ["PARTNERSHIP_ADMIN"];

/** Who runs the platform: partnerships and networks, nothing inside them. */
export const PLATFORM_ADMIN_ROLES = ["PLATFORM_ADMIN"];

/** Who answers data subjects' requests. */
export const SUBJECT_REQUEST_ROLES = ["DATA_PROTECTION_OFFICER"];

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
  { path: "/cases/nrm-import", title: "Import NRM referrals" },
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
  { path: "/partnership", title: "Partnership administration", section: "Partnership", roles: PARTNERSHIP_ADMIN_ROLES },
  { path: "/partnership/directory", title: "Agencies and people" },
  { path: "/partnership/integrations", title: "Partner systems and webhooks" },
  { path: "/subject-requests", title: "Subject requests", section: "Subject requests", roles: SUBJECT_REQUEST_ROLES },
  { path: "/platform", title: "Platform administration", section: "Platform", roles: PLATFORM_ADMIN_ROLES },
] as const satisfies readonly PortalRoute[];

export type RoutePath = (typeof ROUTES)[number]["path"];

export const APP_NAME = "Partnership portal";

/** The tab's title for a page: its own name first, so tabs and history tell pages apart. */
export function documentTitle(page: string | null): string {
  return page ? `${page} — ${APP_NAME}` : APP_NAME;
}
