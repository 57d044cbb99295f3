import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { MembershipRole } from "../../gql/graphql";
import { ErrorList } from "../../lib/errors";
import { date, label } from "../../lib/format";
import { TableScroll } from "../table-scroll";
import { type AgencyChoice, MEMBERSHIP_ROLES } from "./choices";
import { ConfirmButton } from "./confirm-button";
import { serverErrors } from "./server-errors";

const ADD_MEMBER = graphql(`
  mutation PortalAddPartnershipMember($input: AddPartnershipMemberInput!) {
    addPartnershipMember(input: $input) {
      id
      role
      since
      agency {
        shortName
      }
    }
  }
`);

const END_MEMBERSHIP = graphql(`
  mutation PortalEndPartnershipMembership($input: EndPartnershipMembershipInput!) {
    endPartnershipMembership(input: $input) {
      id
      until
      agency {
        shortName
      }
    }
  }
`);

export interface Member {
  id: string;
  role: MembershipRole;
  since: string;
  until?: string | null;
  agency: AgencyChoice;
}

/** One member's row: its part, its dates, and leaving (asked first, with the last day). */
function MemberRow({ member, today, onChanged }: { member: Member; today: string; onChanged(done: string): void }) {
  const [until, setUntil] = useState(today);
  const [end, { loading, error }] = useMutation(END_MEMBERSHIP);
  return (
    <tr>
      <td>
        {member.agency.name} ({member.agency.shortName})
      </td>
      <td>{label(member.role)}</td>
      <td>{date(member.since)}</td>
      <td>{member.until ? `Last day ${date(member.until)}` : "Current"}</td>
      <td>
        {!member.until && (
          <ConfirmButton
            action="End membership"
            question={`${member.agency.shortName} leaves the partnership: after its last day its users lose every role and grant they hold here.`}
            confirm={`Yes, end ${member.agency.shortName}'s membership`}
            busy={loading}
            onConfirm={async () => {
              const result = await end({ variables: { input: { agencyId: member.agency.id, until } } }).catch(
                () => null,
              );
              const ended = result?.data?.endPartnershipMembership;
              if (ended?.until)
                onChanged(`${ended.agency.shortName}'s last day in the partnership is ${date(ended.until)}.`);
              return Boolean(ended);
            }}
          >
            <label htmlFor={`until-${member.id}`}>Last day</label>
            <input id={`until-${member.id}`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
            <ErrorList errors={serverErrors(error)} />
          </ConfirmButton>
        )}
      </td>
    </tr>
  );
}

/** The member agencies, an agency joining, and a member leaving. */
export function PartnershipMembers({
  members,
  agencies,
  today,
  onChanged,
}: {
  members: readonly Member[];
  agencies: readonly AgencyChoice[];
  today: string;
  onChanged(): void;
}) {
  const [form, setForm] = useState<{ agencyId: string; role: MembershipRole; since: string }>({
    agencyId: "",
    role: "MEMBER",
    since: "",
  });
  const [done, setDone] = useState<string | null>(null);
  const [add, { loading, error }] = useMutation(ADD_MEMBER);
  const current = new Set(members.filter((m) => !m.until).map((m) => m.agency.id));
  const joinable = agencies.filter((a) => !current.has(a.id));
  const changed = (message: string) => {
    setDone(message);
    onChanged();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await add({
      variables: { input: { agencyId: form.agencyId, role: form.role, since: form.since || null } },
    }).catch(() => null);
    const added = result?.data?.addPartnershipMember;
    if (added) {
      setForm({ agencyId: "", role: "MEMBER", since: "" });
      changed(
        `${added.agency.shortName} joined the partnership as ${label(added.role).toLowerCase()} from ${date(added.since)}.`,
      );
    }
  };
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Member agencies</h2>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <TableScroll name="List of member agencies">
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Part</th>
              <th scope="col">Since</th>
              <th scope="col">Membership</th>
              <th scope="col">Leaving</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow key={member.id} member={member} today={today} onChanged={changed} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form className="form card" onSubmit={submit} aria-labelledby="add-member-heading">
        <h3 id="add-member-heading">Add a member agency</h3>
        <ErrorList errors={serverErrors(error)} />
        <label htmlFor="m-agency">Agency</label>
        <select
          id="m-agency"
          required
          value={form.agencyId}
          onChange={(e) => setForm({ ...form, agencyId: e.target.value })}
        >
          <option value="">Choose an agency…</option>
          {joinable.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.shortName})
            </option>
          ))}
        </select>
        <p className="muted hint">An agency not listed must first be added to the directory (Agencies and people).</p>
        <label htmlFor="m-role">Part in the partnership</label>
        <select
          id="m-role"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as MembershipRole })}
        >
          {MEMBERSHIP_ROLES.map((role) => (
            <option key={role} value={role}>
              {label(role)}
            </option>
          ))}
        </select>
        <label htmlFor="m-since">Member from (today when empty)</label>
        <input
          id="m-since"
          type="date"
          value={form.since}
          onChange={(e) => setForm({ ...form, since: e.target.value })}
        />
        <button type="submit" disabled={loading}>
          {loading ? "Adding…" : "Add member"}
        </button>
      </form>
    </section>
  );
}
