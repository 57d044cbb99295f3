import { demoAgencyId } from "@partnership/governance";
import { DEMO_AGENCIES, DEMO_SECOND_AGENCIES } from "@partnership/governance/seed";
import { Role, USER_ROLES } from "@partnership/runtime";
import type { DemoUser } from "@partnership/gateway";

/** A demo user of an agency (by short name) with the given roles. */
/** Every demo agency: Sandwell's and the second partnership's own. */
export const ALL_DEMO_AGENCIES = [...DEMO_AGENCIES, ...DEMO_SECOND_AGENCIES];

export function demoUser(shortName: string, roles: Role[]): DemoUser {
  const agency = ALL_DEMO_AGENCIES.find((a) => a.shortName.toLowerCase() === shortName.toLowerCase());
  if (!agency) {
    throw new Error(
      `no demo agency is called ${shortName}; choose one of ${ALL_DEMO_AGENCIES.map((a) => a.shortName).join(", ")}`,
    );
  }
  const unknown = roles.filter((role) => !USER_ROLES.includes(role));
  if (unknown.length > 0) throw new Error(`unknown role ${unknown.join(", ")}; choose from ${USER_ROLES.join(", ")}`);
  return {
    userId: `demo:${agency.shortName}:${roles.join("+")}`.toLowerCase(),
    agencyId: demoAgencyId(agency.shortName),
    roles,
    name: `Demo ${roles.join(" and ").toLowerCase().replace(/_/g, " ")}, ${agency.name}`,
  };
}

/** The users `npm start` prints tokens for: one per kind of partner that sees things differently. */
export const DEMO_USERS: Array<{ label: string; user: DemoUser }> = [
  { label: "Police officer (WMP caseworker)", user: demoUser("WMP", [Role.CASEWORKER]) },
  { label: "NGO caseworker (Hope for Justice)", user: demoUser("HFJ", [Role.CASEWORKER]) },
  { label: "Council coordinator (SMBC)", user: demoUser("SMBC", [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN]) },
  { label: "Procurement officer (SMBC procurement)", user: demoUser("SMBC-PROC", [Role.PROCUREMENT_OFFICER]) },
  { label: "Auditor (SMBC data protection)", user: demoUser("SMBC", [Role.AUDITOR]) },
  {
    label: "Second partnership's coordinator (Tame Valley Council)",
    user: demoUser("TVC", [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN]),
  },
  { label: "Platform administrator (creates partnerships)", user: demoUser("SMBC", [Role.PLATFORM_ADMIN]) },
];
