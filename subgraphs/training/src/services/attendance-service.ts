import {
  actingPartnership,
  badUserInput,
  type Caller,
  forbidden,
  notFound,
  requireMembers,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  AttendanceStatus,
  Completion,
  CompletionSource,
  Course,
  SessionStatus,
  TrainingSession,
} from "../entities/index.js";
import type { RecordAttendanceInput } from "../inputs/training-inputs.js";
import { certificateFor, delegatesByEmail, foreignDelegateProblem, upsertDelegates } from "./completions.js";

const PRESENT = new Set([AttendanceStatus.ATTENDED, AttendanceStatus.COMPLETED]);

/**
 * Records a whole session's attendance in one transaction; recording it again updates it. The
 * session, its delegates and their completions are the acting partnership's.
 */
export class AttendanceService {
  constructor(private readonly dataSource: DataSource) {}

  async record(input: RecordAttendanceInput, caller: Caller): Promise<TrainingSession> {
    const partnership = actingPartnership(caller);
    const emails = input.attendees.map((a) => a.email.trim().toLowerCase());
    input.attendees.forEach((attendee, index) => {
      if (attendee.status === AttendanceStatus.BOOKED) {
        throw badUserInput(
          `input.attendees[${index}].status`,
          "record ATTENDED, COMPLETED or NO_SHOW; BOOKED is not an attendance",
        );
      }
      if (emails.indexOf(emails[index]!) !== index) {
        throw badUserInput(`input.attendees[${index}].email`, `${emails[index]} is listed twice`);
      }
    });
    input.attendees.forEach((attendee, index) =>
      requireMembers(caller, [attendee.agencyId], `input.attendees[${index}].agencyId`),
    );

    return this.dataSource.transaction(async (manager) => {
      const session = await manager
        .getRepository(TrainingSession)
        .createQueryBuilder("s")
        .setLock("pessimistic_write")
        .where("s.id = :id AND s.partnershipId = :partnershipId", {
          id: input.sessionId,
          partnershipId: partnership.id,
        })
        .getOne();
      // Another partnership's session is as unknown as one that does not exist.
      if (!session) throw notFound("TrainingSession", input.sessionId);
      if (session.status === SessionStatus.CANCELLED)
        throw badUserInput(
          "input.sessionId",
          `the session was cancelled (${session.cancellationReason}); it takes no attendance`,
        );
      const present = input.attendees.filter((a) => PRESENT.has(a.status)).length;
      if (present > session.capacity) {
        throw badUserInput(
          "input.attendees",
          `${present} delegates attended but the session takes ${session.capacity}`,
        );
      }
      const course = await manager.getRepository(Course).findOneBy({ id: session.courseId });
      if (!course) throw notFound("Course", session.courseId);

      const people = input.attendees.map((a, i) => ({
        name: a.name.trim(),
        email: emails[i]!,
        agencyId: a.agencyId,
        jobTitle: a.jobTitle ?? null,
      }));
      // Another agency's people are never changed by recording attendance: refused, naming the attendee.
      const known = await delegatesByEmail(manager, partnership.id, emails);
      for (const [index, person] of people.entries()) {
        const problem = foreignDelegateProblem(known.get(person.email), person, caller.agencyId);
        if (problem) {
          const field = `input.attendees[${index}].${problem.column === "agency_id" ? "agencyId" : "name"}`;
          throw forbidden(`${field}: ${problem.reason}`, field);
        }
      }
      const delegates = await upsertDelegates(manager, partnership.id, people, caller.agencyId);
      const existing = new Map(
        (await manager.getRepository(Completion).findBy({ sessionId: session.id })).map((c) => [c.delegateId, c]),
      );
      const completedOn = session.startsAt.toISOString().slice(0, 10);
      for (const [index, attendee] of input.attendees.entries()) {
        const delegate = delegates.get(emails[index]!)!;
        const previous = existing.get(delegate.id);
        const keepsCertificate =
          previous?.status === AttendanceStatus.COMPLETED && attendee.status === AttendanceStatus.COMPLETED;
        const certificate = keepsCertificate
          ? {
              completedOn: previous.completedOn,
              certificateNumber: previous.certificateNumber,
              expiresOn: previous.expiresOn,
            }
          : await certificateFor(manager, course, attendee.status, completedOn);
        await manager.getRepository(Completion).save({
          ...(previous ? { id: previous.id } : {}),
          partnershipId: session.partnershipId,
          courseId: course.id,
          sessionId: session.id,
          delegateId: delegate.id,
          agencyId: attendee.agencyId,
          status: attendee.status,
          source: CompletionSource.SESSION,
          ...certificate,
        });
      }
      session.status = SessionStatus.DELIVERED;
      return manager.getRepository(TrainingSession).save(session);
    });
  }
}
