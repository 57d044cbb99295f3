import { Role } from "@partnership/runtime";

/** A demo user (agency short name and roles) a scenario is asked as. */
export interface BenchUser {
  agency: string;
  roles: Role[];
}

/** One page or action of the partner portal, as one GraphQL operation. */
export interface Scenario {
  title: string;
  user: BenchUser;
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
  /**
   * A write spread over several records: the n-th request takes the n-th value (round robin) for
   * this variable, as different coordinators would, instead of every request queueing on one
   * row's lock. `variables` holds the first value.
   */
  spread?: { variablePath: string[]; values: string[] };
  /**
   * Requests a second with the subgraphs' permission layer on ÷ off that this page must keep
   * (issue #24); on and off are compared only where it is set.
   */
  permissionsTarget?: number;
}

/** The ids the scenarios need, read from the demo data (and sessions scheduled for the write). */
export interface Fixture {
  concernId: string;
  partnershipId: string;
  sessionIds: string[];
  attendees: Array<{ name: string; email: string; agencyId: string; status: string }>;
}

export const POLICE: BenchUser = { agency: "WMP", roles: [Role.CASEWORKER] };
export const TRAINING_ADMIN: BenchUser = { agency: "SMBC", roles: [Role.TRAINING_ADMIN] };

export const CONCERN_LIST = `query ConcernList($first: Int!) {
  concerns(first: $first) {
    totalCount
    nodes {
      id reference status receivedOn exploitationTypes peopleScreenedCount
      location { type area { name } ward supplier { name statementCheck { status } } }
      leadAgency { name }
    }
  }
}`;

export const CONCERN_DETAIL = `query ConcernDetail($id: ID!) {
  concern(id: $id) {
    reference status receivedOn source exploitationTypes responseLevel intelligenceSummary crimeReference outcome version
    location { type area { name } ward address postcode businessName supplier { name statementCheck { status findings { reason } } } }
    referringAgency { name } leadAgency { name } participatingAgencies { name }
    potentialVictims {
      screenedOn ageGroup gender nationality exploitationType supportNeeds
      nrmReferral { referredOn consentGiven minor reasonableGrounds conclusiveGrounds referringAgency { name } }
      dutyToNotify { reportedOn reportingAgency { name } }
    }
    visits { visitedOn notes agenciesPresent { shortName } interventions { type outcome agency { name } } }
    interventions { type carriedOutOn outcome agency { name } }
    offenders { role arrestedOn charge }
    orders { kind grantedOn expiresOn }
  }
}`;

export const ANNUAL_REPORT = `query AnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!) {
  partnership(id: $id) {
    name
    caseStatistics(from: $from, to: $to) {
      concerns { count } peopleScreened { count } visits { count } interventions { count } nrmReferrals { count }
      concernsByArea { area { name } count } peopleScreenedByGender { key count }
    }
    trainingStatistics(from: $from, to: $to) { peopleTrainedByLevel { level count } qualifiedFirstResponders }
    procurementStatistics { suppliersByStatementStatus { key count } }
    actionPlanSummary(asOf: "2025-06-30") { plan { title } asOf rag { rag count } overdue { title } red { title } }
    meetingAttendance(from: $from, to: $to) { agency { shortName } meetings present apologies absent rate }
  }
}`;

const RECORD_ATTENDANCE = `mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id status
    attendance { status delegateName certificateNumber agency { name } }
  }
}`;

/** The four scenarios of the suite: three portal pages and one write. */
export function scenarios(fixture: Fixture): Scenario[] {
  return [
    {
      title: "concern list (50)",
      user: POLICE,
      query: CONCERN_LIST,
      operationName: "ConcernList",
      variables: { first: 50 },
      permissionsTarget: 0.9,
    },
    {
      title: "concern detail",
      user: POLICE,
      query: CONCERN_DETAIL,
      operationName: "ConcernDetail",
      variables: { id: fixture.concernId },
    },
    {
      title: "annual report",
      user: POLICE,
      query: ANNUAL_REPORT,
      operationName: "AnnualReport",
      variables: { id: fixture.partnershipId, from: "2019-04-01", to: "2020-03-31" },
      permissionsTarget: 0.95,
    },
    {
      title: "record attendance (write)",
      user: TRAINING_ADMIN,
      query: RECORD_ATTENDANCE,
      operationName: "RecordAttendance",
      variables: { input: { sessionId: fixture.sessionIds[0], attendees: fixture.attendees } },
      spread: { variablePath: ["input", "sessionId"], values: fixture.sessionIds },
    },
  ];
}

/** The scenario's variables for its n-th request. */
export function variablesFor(scenario: Scenario, n: number): Record<string, unknown> {
  if (!scenario.spread) return scenario.variables;
  const { variablePath, values } = scenario.spread;
  const copy = structuredClone(scenario.variables);
  let target = copy as Record<string, unknown>;
  for (const key of variablePath.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[variablePath.at(-1)!] = values[n % values.length];
  return copy;
}
