import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useMemberAgencies } from "../components/governance/member-agencies";
import { graphql } from "../gql";
import type { Attendance, MeetingKind } from "../gql/graphql";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { ChoiceField, DateField, TextField } from "../components/governance/fields";
import { TableScroll } from "../components/table-scroll";
import { OperationError } from "../lib/errors";
import { required, requiredDay } from "../lib/form-checks";
import type { FieldTable } from "../lib/form-errors";
import { date, label } from "../lib/format";
import { usePartnership, usePlatformToday } from "../lib/queries";
import { hasRole, useSignedIn } from "../lib/session";
import { usePortalQuery } from "../lib/use-portal-query";
import "../components/governance/governance.css";

const KINDS: readonly MeetingKind[] = ["STRATEGIC", "OPERATIONAL", "TASK_AND_FINISH"];
const ATTENDANCE: readonly Attendance[] = ["PRESENT", "APOLOGIES", "ABSENT"];

const MEETINGS = graphql(`
  query PortalMeetings($partnershipId: ID!, $from: LocalDate!, $to: LocalDate!) {
    partnership(id: $partnershipId) {
      id
      meetings(from: $from, to: $to, first: 50) {
        nodes {
          id
          heldOn
          kind
          title
          attendance {
            attendance
            agency {
              id
              shortName
            }
          }
        }
      }
    }
  }
`);

const RECORD_MEETING = graphql(`
  mutation PortalRecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      id
    }
  }
`);

const FIELDS: FieldTable = {
  heldOn: { id: "mt-held", label: "Held on" },
  kind: { id: "mt-kind", label: "Kind of meeting" },
  title: { id: "mt-title", label: "Title" },
  attendance: { id: "mt-attendance", label: "Attendance" },
  "attendance.#.agencyId": { id: "mt-attendance", label: "Attendance" },
  "attendance.#.attendance": { id: "mt-attendance", label: "Attendance" },
};

/** A meeting of the partnership with each member agency's attendance. */
function RecordMeetingForm({ onSaved }: { onSaved(): void }) {
  const agencies = useMemberAgencies();
  const today = usePlatformToday();
  const [picked, setHeldOn] = useState<string | null>(null);
  const heldOn = picked ?? today ?? "";
  const [kind, setKind] = useState<MeetingKind>("OPERATIONAL");
  const [title, setTitle] = useState("");
  // Unmarked agencies count as absent: attendance is what the minutes record, agency by agency.
  const [marked, setMarked] = useState<Record<string, Attendance>>({});
  const problems = useFormProblems(FIELDS);
  const [record, { loading }] = useMutation(RECORD_MEETING);
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!problems.check([requiredDay("mt-held", "Held on", heldOn), required("mt-title", "Title", title)])) return;
    const result = await record({
      variables: {
        input: {
          heldOn,
          kind,
          title: title.trim(),
          attendance: agencies.map((a) => ({ agencyId: a.id, attendance: marked[a.id] ?? "ABSENT" })),
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else {
      setTitle("");
      setMarked({});
      onSaved();
    }
  }
  return (
    <form className="card form" onSubmit={save} aria-labelledby="record-meeting-heading" noValidate>
      <h2 id="record-meeting-heading">Record a meeting</h2>
      <ProblemSummary form={problems} />
      <DateField form={problems} id="mt-held" label="Held on" value={heldOn} onChange={setHeldOn} />
      <ChoiceField
        form={problems}
        id="mt-kind"
        label="Kind of meeting"
        options={KINDS}
        value={kind}
        onChange={setKind}
      />
      <TextField
        form={problems}
        id="mt-title"
        label="Title"
        hint="e.g. SHOP operational group"
        value={title}
        onChange={setTitle}
      />
      <fieldset id="mt-attendance" tabIndex={-1} {...problems.describe("mt-attendance", "mt-attendance-hint")}>
        <legend>Attendance</legend>
        <p id="mt-attendance-hint" className="muted hint">
          Each member agency: present, apologies sent, or absent (as an agency not marked counts).
        </p>
        <FieldMessage form={problems} id="mt-attendance" />
        {agencies.map((a) => (
          <div key={a.id} className="attendance-row">
            <label htmlFor={`mt-at-${a.id}`}>{a.name}</label>
            <select
              id={`mt-at-${a.id}`}
              value={marked[a.id] ?? "ABSENT"}
              onChange={(e) => setMarked({ ...marked, [a.id]: e.target.value as Attendance })}
            >
              {ATTENDANCE.map((value) => (
                <option key={value} value={value}>
                  {label(value)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record the meeting"}
      </button>
    </form>
  );
}

/** The first of the month a year before a day: the period of meetings listed. */
function aYearBefore(day: string): string {
  return `${Number(day.slice(0, 4)) - 1}-${day.slice(5, 7)}-01`;
}

/** The partnership's meetings of the last year, with attendance, and the form to record one. */
export function MeetingsPage() {
  const session = useSignedIn();
  const partnership = usePartnership();
  const today = usePlatformToday();
  const { data, error, refetch } = usePortalQuery(MEETINGS, {
    variables: { partnershipId: partnership?.id ?? "", from: today ? aYearBefore(today) : "", to: today ?? "" },
    skip: !partnership || !today,
  });
  const meetings = [...(data?.partnership?.meetings?.nodes ?? [])].reverse();
  return (
    <>
      <p>
        <Link to="/governance">Back to governance</Link>
      </p>
      <h1>Meetings</h1>
      <OperationError error={error} />
      {hasRole(session, "COORDINATOR", "PARTNERSHIP_ADMIN") && <RecordMeetingForm onSaved={() => void refetch()} />}
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meetings of the last year, latest first</h2>
        {data && meetings.length === 0 && <p className="muted">No meetings recorded in the last year.</p>}
        {meetings.length > 0 && (
          <TableScroll name="Meetings and attendance">
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Held on</th>
                  <th scope="col">Meeting</th>
                  <th scope="col">Present</th>
                  <th scope="col">Apologies</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => (
                  <tr key={m.id}>
                    <td>{date(m.heldOn)}</td>
                    <td>
                      {m.title}
                      <br />
                      <span className="muted">{label(m.kind)}</span>
                    </td>
                    <td>
                      {m.attendance
                        .filter((a) => a.attendance === "PRESENT")
                        .map((a) => a.agency.shortName)
                        .join(", ") || "—"}
                    </td>
                    <td>
                      {m.attendance
                        .filter((a) => a.attendance === "APOLOGIES")
                        .map((a) => a.agency.shortName)
                        .join(", ") || "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
