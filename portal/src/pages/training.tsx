import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { usePortalQuery } from "../lib/use-portal-query";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { Link } from "react-router";
import { Pager, useCursorPages } from "../components/pager";
import { StatusBadge } from "../components/rag-badge";
import { ErrorList, OperationError } from "../lib/errors";
import { date, dateTime, label } from "../lib/format";
import { Guarded, Restrictions } from "../lib/restrictions";
import { hasRole, useSignedIn } from "../lib/session";

const PAGE_SIZE = 15;

const TRAINING = gql`
  query PortalTraining($first: Int!, $after: String) {
    courses(first: 50) {
      nodes {
        id
        title
        level
        format
        durationMinutes
        validityMonths
        provider {
          shortName
        }
      }
    }
    trainingSessions(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        startsAt
        venue
        trainer
        capacity
        status
        course {
          title
        }
      }
    }
    certificatesDueForRefresh(first: 50, withinDays: 90) {
      totalCount
      nodes {
        id
        expiresOn
        delegateName
        certificateNumber
        agency {
          shortName
        }
        course {
          title
        }
      }
    }
  }
`;

const IMPORT = gql`
  mutation PortalImportCompletions($input: ImportCompletionsInput!) {
    importCompletions(input: $input) {
      committed
      imported
      duplicates
      rejected
      rows {
        row
        outcome
        column
        reason
      }
    }
  }
`;

interface Course {
  id: string;
  title: string;
  level: string;
  format: string;
  durationMinutes: number;
  validityMonths: number | null;
  provider: { shortName: string };
}
interface TrainingData {
  courses: { nodes: Course[] };
  trainingSessions: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      startsAt: string;
      venue: string | null;
      trainer: string;
      capacity: number;
      status: string;
      course: { title: string };
    }>;
  };
  certificatesDueForRefresh: {
    totalCount: number;
    nodes: Array<{
      id: string;
      expiresOn: string | null;
      delegateName: string | null;
      certificateNumber: string | null;
      agency: { shortName: string };
      course: { title: string };
    }>;
  } | null;
}
interface ImportReport {
  committed: boolean;
  imported: number;
  duplicates: number;
  rejected: number;
  rows: Array<{ row: number; outcome: string; column: string | null; reason: string | null }>;
}

/** The LMS export's CSV, checked row by row; the report lists every row's outcome. */
function ImportCompletions({ courses }: { courses: Course[] }) {
  const [courseId, setCourseId] = useState("");
  const [csv, setCsv] = useState("");
  const [acceptValidRowsOnly, setAcceptValidRowsOnly] = useState(false);
  const [run, { data, loading, error }] = useMutation(IMPORT);
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ variables: { input: { courseId: courseId || courses[0]?.id, csv, acceptValidRowsOnly } } });
  };
  const report = (data as { importCompletions: ImportReport } | undefined)?.importCompletions;
  return (
    <section aria-labelledby="import-heading" className="card">
      <h2 id="import-heading">Import LMS completions (CSV)</h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor="i-course">Course</label>
        <select id="i-course" value={courseId} onChange={(e) => setCourseId(e.target.value)}>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <label htmlFor="i-file">CSV file (email, name, agency_id, job_title, completed_on)</label>
        <input id="i-file" type="file" accept=".csv,text/csv" onChange={readFile} />
        <label htmlFor="i-csv">or paste the CSV</label>
        <textarea id="i-csv" rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={acceptValidRowsOnly}
            onChange={(e) => setAcceptValidRowsOnly(e.target.checked)}
          />
          Import the valid rows even if some are rejected
        </label>
        <button type="submit" disabled={loading || !csv.trim()}>
          {loading ? "Importing…" : "Import"}
        </button>
      </form>
      <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
      {report && (
        <div aria-live="polite" data-testid="import-report">
          <p>
            {report.committed ? "Imported" : "Nothing imported"}: {report.imported} accepted, {report.duplicates}{" "}
            duplicates, {report.rejected} rejected.
          </p>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Outcome</th>
                <th scope="col">Column</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.row}>
                  <td>{row.row}</td>
                  <td>{label(row.outcome)}</td>
                  <td>{row.column ?? ""}</td>
                  <td>{row.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Courses, sessions (each opens its attendance), the CSV import and the refresh list. */
export function TrainingPage() {
  const session = useSignedIn();
  const pages = useCursorPages();
  const { data, error, loading } = usePortalQuery<TrainingData>(TRAINING, {
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const r = Restrictions.from(error);
  if (loading && !data) return <p aria-live="polite">Loading…</p>;
  return (
    <>
      <h1>Training</h1>
      <OperationError error={error} />
      {data && (
        <>
          <section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">Sessions</h2>
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Starts</th>
                  <th scope="col">Course</th>
                  <th scope="col">Venue</th>
                  <th scope="col">Trainer</th>
                  <th scope="col">Places</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {data.trainingSessions.nodes.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link to={`/training/sessions/${s.id}`}>{dateTime(s.startsAt)}</Link>
                    </td>
                    <td>{s.course.title}</td>
                    <td>{s.venue ?? "Online"}</td>
                    <td>{s.trainer}</td>
                    <td>{s.capacity}</td>
                    <td>
                      <StatusBadge status={s.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              page={pages.page}
              pageSize={PAGE_SIZE}
              totalCount={data.trainingSessions.totalCount}
              hasNextPage={data.trainingSessions.pageInfo.hasNextPage}
              onNext={() => pages.next(data.trainingSessions.pageInfo.endCursor)}
              onPrevious={pages.previous}
            />
          </section>
          <div className="columns">
            <section aria-labelledby="courses-heading" className="card">
              <h2 id="courses-heading">Courses</h2>
              <ul className="plain">
                {data.courses.nodes.map((c) => (
                  <li key={c.id}>
                    <strong>{c.title}</strong> — {label(c.level)}, {label(c.format)}, {c.durationMinutes} min
                    {c.validityMonths ? `, valid ${c.validityMonths} months` : ""} ({c.provider.shortName})
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="refresh-heading" className="card">
              <h2 id="refresh-heading">Certificates due for refresh (next 90 days)</h2>
              <Guarded r={r} at={["certificatesDueForRefresh"]}>
                {data.certificatesDueForRefresh && data.certificatesDueForRefresh.nodes.length > 0 ? (
                  <table className="list">
                    <thead>
                      <tr>
                        <th scope="col">Expires</th>
                        <th scope="col">Delegate</th>
                        <th scope="col">Agency</th>
                        <th scope="col">Course</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.certificatesDueForRefresh.nodes.map((c, i) => (
                        <tr key={c.id}>
                          <td>{date(c.expiresOn)}</td>
                          <td>
                            <Guarded r={r} at={["certificatesDueForRefresh", "nodes", i, "delegateName"]}>
                              {c.delegateName}
                            </Guarded>
                          </td>
                          <td>{c.agency.shortName}</td>
                          <td>{c.course.title}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p className="muted">No certificates expire in the next 90 days.</p>
                )}
              </Guarded>
            </section>
          </div>
          {hasRole(session, "TRAINING_ADMIN") && <ImportCompletions courses={data.courses.nodes} />}
        </>
      )}
    </>
  );
}
