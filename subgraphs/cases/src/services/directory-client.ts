import { CALLER_CONTEXT_HEADER, type Caller, ErrorCode, injectTraceContext } from "@partnership/runtime";
import { GraphQLError } from "graphql";

/** A person of the directory as cases needs them: who they are and which agency they work for. */
export interface DirectoryPerson {
  personId: string;
  agencyId: string;
}

/** Where the directory (the governance subgraph) answers, and how long cases waits for it. */
export interface DirectoryEndpoint {
  url: string;
  timeoutMs?: number;
}

/** Long enough for a loaded governance; short, since a write holds its locks while it waits. */
const DEFAULT_TIMEOUT_MS = 5_000;

/** The lower-cased, trimmed form the directory stores emails in: the key of every lookup's answer. */
export function directoryEmail(email: string): string {
  return email.trim().toLowerCase();
}

function unavailable(reason: string): GraphQLError {
  return new GraphQLError(
    `the partnership's directory cannot be asked now (${reason}), so the referrer cannot be checked; nothing was written: try again shortly`,
    { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } },
  );
}

interface PersonAnswer {
  id: string;
  email: string | null;
  agency: { id: string } | null;
}

/**
 * Reads the partnership's staff directory from governance, which owns it: cases keeps no copy. Each
 * request carries the caller's own signed context, so governance applies its rules to this caller
 * (a person whose email the caller could not read is not found) and audits the read as theirs.
 * One request answers any number of emails (governance batches them into one statement).
 */
export class DirectoryClient {
  constructor(
    private readonly endpoint: DirectoryEndpoint | null,
    private readonly callerContext: string | undefined,
  ) {}

  /**
   * The directory's people with these emails, by lower-cased email: those the caller may see (its
   * own agency's staff, and other members' under a PERSONNEL grant). An email naming nobody the
   * caller may see is absent. SERVICE_UNAVAILABLE when governance cannot answer.
   */
  async peopleByEmail(caller: Caller, emails: readonly string[]): Promise<Map<string, DirectoryPerson>> {
    const wanted = [...new Set(emails.map(directoryEmail))].filter((email) => email.length > 0);
    const found = new Map<string, DirectoryPerson>();
    if (wanted.length === 0) return found;
    if (!this.endpoint) throw unavailable("cases was started without GOVERNANCE_URL");
    if (!this.callerContext) throw unavailable("the request carries no caller context to forward");
    const variables = Object.fromEntries(wanted.map((email, index) => [`e${index}`, email]));
    const query = `query DirectoryPeopleByEmail(${wanted.map((_, index) => `$e${index}: String!`).join(", ")}) {
      ${wanted.map((_, index) => `p${index}: person(email: $e${index}) { id email agency { id } }`).join("\n      ")}
    }`;
    let body: { data?: Record<string, PersonAnswer | null> | null; errors?: unknown[] };
    try {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        [CALLER_CONTEXT_HEADER]: this.callerContext,
        "x-request-id": caller.requestId,
      };
      // Governance's answer belongs to the same trace as the request that asked for it.
      injectTraceContext(headers);
      const response = await fetch(this.endpoint.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables, operationName: "DirectoryPeopleByEmail" }),
        signal: AbortSignal.timeout(this.endpoint.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
      if (!response.ok) throw unavailable(`it answered HTTP ${response.status}`);
      body = (await response.json()) as typeof body;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw unavailable((error as Error).name === "TimeoutError" ? "it did not answer in time" : "it is unreachable");
    }
    // A partial answer could leave a referrer unchecked: nothing is decided on one.
    if (!body.data || (body.errors?.length ?? 0) > 0) throw unavailable("it answered with errors");
    wanted.forEach((email, index) => {
      const person = body.data![`p${index}`];
      if (person?.agency) found.set(email, { personId: person.id, agencyId: person.agency.id });
    });
    return found;
  }
}
