import { CombinedGraphQLErrors } from "@apollo/client";
import { graphql } from "../gql";
import type { PortalTrainingQuery, SessionStatus } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { usePortalQuery } from "../lib/use-portal-query";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { Pager, useCursorPages } from "../components/pager";
import { StatusBadge } from "../components/rag-badge";
import { ErrorList, OperationError } from "../lib/errors";
import { date, dateTime, daysInWords, label, number } from "../lib/format";
import { Guarded, Restrictions } from "../lib/restrictions";
import { hasRole, useSignedIn } from "../lib/session";
import { CreateCourse } from "../components/training/create-course";
import { FORMAT_WORDS, LEVEL_WORDS } from "../components/training/course-words";
import { FirstResponders } from "../components/training/first-responders";

const PAGE_SIZE = 15;
const SESSION_STATUSES: SessionStatus[] = ["SCHEDULED", "DELIVERED", "CANCELLED"];

const TRAINING = graphql(`
  query PortalTraining($first: Int!, $after: String, $filter: SessionFilter, $withinDays: Int!) {
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
    trainingSessions(first: $first, after: $after, filter: $filter) {
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
    certificatesDueForRefresh(first: 50, withinDays: $withinDays) {
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
`);

const IMPORT = graphql(`
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
`);

/** A course of the catalogue, as the page and its forms read it. */
type Course = PortalTrainingQuery["courses"]["nodes"][number];

const SCHEDULE = graphql(`
  mutation PortalScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      id
    }
  }
`);

/** A new session of a course; its register is recorded on the session's page afterwards. */
function ScheduleSession({ courses, onScheduled }: { courses: Course[]; onScheduled(): void }) {
  const navigate = useNavigate();
  const [form, setForm] = useState({ courseId: "", startsAt: "", venue: "", trainer: "", capacity: 20 });
  const [schedule, { loading, error }] = useMutation(SCHEDULE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await schedule({
      variables: {
        input: {
          courseId: form.courseId || courses[0]?.id,
          startsAt: new Date(form.startsAt).toISOString(),
          venue: form.venue || null,
          trainer: form.trainer,
          capacity: form.capacity,
        },
      },
    });
    const created = result.data?.scheduleSession;
    if (created) {
      onScheduled();
      navigate(`/training/sessions/${created.id}`);
    }
  };
  return (
    <section aria-labelledby="schedule-heading" className="card">
      <h2 id="schedule-heading">Schedule a session</h2>
      <form className="form" onSubmit={submit}>
        <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
        <label htmlFor="n-course">Course</label>
        <select id="n-course" value={form.courseId} onChange={(e) => setForm({ ...form, courseId: e.target.value })}>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <label htmlFor="n-starts">Starts at</label>
        <input
          id="n-starts"
          type="datetime-local"
          required
          value={form.startsAt}
          onChange={(e) => setForm({ ...form, startsAt: e.target.value })}
        />
        <label htmlFor="n-venue">Venue (empty for online)</label>
        <input id="n-venue" value={form.venue} onChange={(e) => setForm({ ...form, venue: e.target.value })} />
        <label htmlFor="n-trainer">Trainer</label>
        <input
          id="n-trainer"
          required
          value={form.trainer}
          onChange={(e) => setForm({ ...form, trainer: e.target.value })}
        />
        <label htmlFor="n-capacity">Places</label>
        <input
          id="n-capacity"
          type="number"
          min={1}
          required
          value={form.capacity}
          onChange={(e) => setForm({ ...form, capacity: Number(e.target.value) })}
        />
        <button type="submit" disabled={loading}>
          {loading ? "Scheduling…" : "Schedule"}
        </button>
      </form>
    </section>
  );
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
  const report = data?.importCompletions;
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
        <p id="i-file-hint" className="muted hint">
          Completion dates may be written 31/03/2020 or 2020-03-31.
        </p>
        <input id="i-file" type="file" accept=".csv,text/csv" onChange={readFile} aria-describedby="i-file-hint" />
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
            {report.committed ? "Imported" : "Nothing imported"}: {number(report.imported)} accepted,{" "}
            {number(report.duplicates)} duplicates, {number(report.rejected)} rejected.
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
                  <td>{daysInWords(row.reason ?? "")}</td>
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
  const [status, setStatus] = useState<SessionStatus | "">("");
  const [withinDays, setWithinDays] = useState(90);
  const { data, error, loading, refetch } = usePortalQuery(TRAINING, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: status ? { status } : null, withinDays },
  });
  const r = Restrictions.from(error);
  return (
    <>
      <h1>Training</h1>
      <div className="inline-form">
        <label htmlFor="t-status">
          Sessions
          <select
            id="t-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as SessionStatus | "");
              pages.reset();
            }}
          >
            <option value="">All</option>
            {SESSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="t-within">
          Certificates expiring within
          <select id="t-within" value={withinDays} onChange={(e) => setWithinDays(Number(e.target.value))}>
            {[30, 90, 180, 365, 730].map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </label>
      </div>
      {loading && !data && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          <section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">Sessions</h2>
            {data.trainingSessions.nodes.length === 0 && <p className="empty">No sessions match these filters.</p>}
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
                    <strong>{c.title}</strong> — {LEVEL_WORDS[c.level]}, {FORMAT_WORDS[c.format]}, {c.durationMinutes}{" "}
                    min
                    {c.validityMonths ? `, valid ${c.validityMonths} months` : ""} (
                    {c.provider?.shortName ?? "provider not known"})
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="refresh-heading" className="card">
              <h2 id="refresh-heading">Certificates due for refresh (next {withinDays} days)</h2>
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
                          <td>{c.agency?.shortName ?? "—"}</td>
                          <td>{c.course.title}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p className="muted">No certificates expire in the next {withinDays} days.</p>
                )}
              </Guarded>
            </section>
          </div>
          <FirstResponders />
          {hasRole(session, "TRAINING_ADMIN") && (
            <>
              <div className="columns">
                <ScheduleSession courses={data.courses.nodes} onScheduled={() => void refetch()} />
                <CreateCourse agencyId={session.agencyId} onCreated={() => void refetch()} />
              </div>
              <ImportCompletions courses={data.courses.nodes} />
            </>
          )}
        </>
      )}
    </>
  );
}
