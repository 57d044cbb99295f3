import { badUserInput, isoDate } from "@partnership/runtime";
import { type DataSource, In } from "typeorm";
import {
  Agency,
  type AttendanceRate,
  LEVEL_ORDER,
  MaturityArea,
  MaturityAssessment,
  type MaturityAreaComparison,
  MaturityRating,
  Meeting,
  MeetingAttendance,
  Partnership,
} from "../entities/index.js";
import type { RecordMaturityAssessmentInput, RecordMeetingInput } from "../inputs/plan-inputs.js";

/** Meetings with their attendance, and maturity self-assessments: how the partnership governs itself. */
export class MeetingService {
  constructor(private readonly dataSource: DataSource) {}

  async recordMeeting(input: RecordMeetingInput): Promise<Meeting> {
    if (input.heldOn > isoDate()) throw badUserInput("input.heldOn", `${input.heldOn} is in the future`);
    await this.checkPartnership(input.partnershipId);
    const ids = input.attendance.map((a) => a.agencyId);
    const known = new Set((await this.dataSource.getRepository(Agency).findBy({ id: In(ids) })).map((a) => a.id));
    ids.forEach((id, index) => {
      if (!known.has(id)) throw badUserInput(`input.attendance[${index}].agencyId`, `no agency has id ${id}`);
      if (ids.indexOf(id) !== index)
        throw badUserInput(`input.attendance[${index}].agencyId`, "the agency is listed twice");
    });
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.save(
        manager.create(Meeting, {
          partnershipId: input.partnershipId,
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

  /** Per agency over a period: meetings expected at, present, apologies, and the rate present. */
  async attendanceRates(partnershipId: string, from: string, to: string): Promise<AttendanceRate[]> {
    if (to < from) throw badUserInput("to", `the period ends (${to}) before it starts (${from})`);
    const rows: Array<{ agency_id: string; meetings: number; present: number; apologies: number }> =
      await this.dataSource.query(
        `SELECT a.agency_id, count(*)::int AS meetings,
                count(*) FILTER (WHERE a.attendance = 'PRESENT')::int AS present,
                count(*) FILTER (WHERE a.attendance = 'APOLOGIES')::int AS apologies
           FROM meeting m JOIN meeting_attendance a ON a.meeting_id = m.id
          WHERE m.partnership_id = $1 AND m.held_on BETWEEN $2 AND $3
          GROUP BY a.agency_id
          ORDER BY count(*) FILTER (WHERE a.attendance = 'PRESENT')::float / count(*) DESC, a.agency_id`,
        [partnershipId, from, to],
      );
    return rows.map((row) => ({
      agencyId: row.agency_id,
      meetings: row.meetings,
      present: row.present,
      apologies: row.apologies,
      rate: Math.round((row.present / row.meetings) * 1000) / 1000,
    }));
  }

  /** One rating per area, all five: an assessment that leaves an area out cannot be compared. */
  async recordAssessment(input: RecordMaturityAssessmentInput): Promise<MaturityAssessment> {
    if (input.assessedOn > isoDate()) throw badUserInput("input.assessedOn", `${input.assessedOn} is in the future`);
    await this.checkPartnership(input.partnershipId);
    input.ratings.forEach((rating, index) => {
      if (input.ratings.findIndex((r) => r.area === rating.area) !== index)
        throw badUserInput(`input.ratings[${index}].area`, `${rating.area} is rated twice`);
    });
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.save(
        manager.create(MaturityAssessment, {
          partnershipId: input.partnershipId,
          assessedOn: input.assessedOn,
          assessor: input.assessor,
        }),
      );
      await manager.insert(
        MaturityRating,
        input.ratings.map((r) => ({ assessmentId: assessment.id, area: r.area, level: r.level, evidence: r.evidence })),
      );
      return assessment;
    });
  }

  /** Each area across the partnership's assessments, oldest first, with the latest change in levels. */
  async compareAssessments(partnershipId: string): Promise<MaturityAreaComparison[]> {
    const rows: Array<{ area: MaturityArea; level: MaturityRating["level"] }> = await this.dataSource.query(
      `SELECT r.area, r.level FROM maturity_assessment s JOIN maturity_rating r ON r.assessment_id = s.id
        WHERE s.partnership_id = $1 ORDER BY s.assessed_on, s.id`,
      [partnershipId],
    );
    return Object.values(MaturityArea).map((area) => {
      const levels = rows.filter((row) => row.area === area).map((row) => row.level);
      const [before, latest] = levels.slice(-2);
      const change = levels.length < 2 ? 0 : LEVEL_ORDER.indexOf(latest!) - LEVEL_ORDER.indexOf(before!);
      return { area, levels, change };
    });
  }

  private async checkPartnership(id: string) {
    if (!(await this.dataSource.getRepository(Partnership).existsBy({ id })))
      throw badUserInput("input.partnershipId", `no partnership has id ${id}`);
  }
}
