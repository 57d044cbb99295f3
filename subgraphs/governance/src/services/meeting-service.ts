import { badUserInput, type Caller, type Page, type PageArgs, paginate, requireMembers } from "@partnership/runtime";
import { type DataSource, In } from "typeorm";
import { Agency, type AttendanceRate, Meeting, MeetingAttendance } from "../entities/index.js";
import { Attendance, type MeetingKind } from "../entities/enums.js";
import type { RecordMeetingInput } from "../inputs/plan-inputs.js";
import { partnershipOf } from "./partnership-scope.js";
import { requirePartnershipWrite } from "./partnership-authority.js";

/** The partnership's meetings with their attendance by agency, and attendance rates over a period. */
export class MeetingService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A meeting of the partnership the request acts in, and each expected agency's attendance (its
   * member agencies only), written together or not at all.
   */
  async recordMeeting(caller: Caller, input: RecordMeetingInput, today: string): Promise<Meeting> {
    const partnershipId = partnershipOf(caller, input.partnershipId, "input.partnershipId");
    // It records every agency's attendance: the partnership's record, not one agency's.
    requirePartnershipWrite(caller, "input.partnershipId", "a meeting's record");
    if (input.heldOn > today) throw badUserInput("input.heldOn", `${input.heldOn} is in the future`);
    const ids = input.attendance.map((a) => a.agencyId);
    const known = new Set((await this.dataSource.getRepository(Agency).findBy({ id: In(ids) })).map((a) => a.id));
    ids.forEach((id, index) => {
      if (!known.has(id)) throw badUserInput(`input.attendance[${index}].agencyId`, `no agency has id ${id}`);
      if (ids.indexOf(id) !== index)
        throw badUserInput(`input.attendance[${index}].agencyId`, "the agency is listed twice");
    });
    requireMembers(caller, ids, (index) => `input.attendance[${index}].agencyId`);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.save(
        manager.create(Meeting, {
          partnershipId,
          heldOn: input.heldOn,
          kind: input.kind,
          title: input.title,
        }),
      );
      await manager.insert(
        MeetingAttendance,
        input.attendance.map((a) => ({ meetingId: meeting.id, agencyId: a.agencyId, attendance: a.attendance })),
      );
      return meeting;
    });
  }

  /** A partnership's meetings in a period (of one kind, optionally), oldest first, a page at a time. */
  listMeetings(
    filter: { partnershipId: string; from: string; to: string; kind: MeetingKind | null },
    page: PageArgs,
  ): Promise<Page<Meeting>> {
    if (filter.to < filter.from)
      throw badUserInput("to", `the period ends (${filter.to}) before it starts (${filter.from})`);
    const query = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder("meeting")
      .where("meeting.partnershipId = :partnershipId AND meeting.heldOn BETWEEN :from AND :to", filter);
    if (filter.kind) query.andWhere("meeting.kind = :kind", { kind: filter.kind });
    return paginate(query, "heldOn", page);
  }

  /**
   * Per agency over a period, counted in SQL: meetings it was expected at, present, apologies,
   * absent, and the rate present (rounded to three places), best attended first.
   */
  async attendanceRates(partnershipId: string, from: string, to: string): Promise<AttendanceRate[]> {
    if (to < from) throw badUserInput("to", `the period ends (${to}) before it starts (${from})`);
    const rows: Array<{
      agency_id: string;
      meetings: number;
      present: number;
      apologies: number;
      absent: number;
      rate: number;
    }> = await this.dataSource.query(
      `SELECT a.agency_id, count(*)::int AS meetings,
              count(*) FILTER (WHERE a.attendance = '${Attendance.PRESENT}')::int AS present,
              count(*) FILTER (WHERE a.attendance = '${Attendance.APOLOGIES}')::int AS apologies,
              count(*) FILTER (WHERE a.attendance = '${Attendance.ABSENT}')::int AS absent,
              round(count(*) FILTER (WHERE a.attendance = '${Attendance.PRESENT}')::numeric / count(*), 3)::float8 AS rate
         FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
        WHERE m.partnership_id = $1 AND m.held_on BETWEEN $2 AND $3
        GROUP BY a.agency_id
        ORDER BY rate DESC, count(*) DESC, a.agency_id`,
      [partnershipId, from, to],
    );
    return rows.map((row) => ({
      agencyId: row.agency_id,
      meetings: row.meetings,
      present: row.present,
      apologies: row.apologies,
      absent: row.absent,
      rate: row.rate,
    }));
  }
}
