import { registerEnumType } from "type-graphql";

export enum CourseLevel {
  LEVEL_1_AWARENESS = "LEVEL_1_AWARENESS",
  LEVEL_2_SUPPLY_CHAIN = "LEVEL_2_SUPPLY_CHAIN",
  LEVEL_3_FIRST_RESPONDER = "LEVEL_3_FIRST_RESPONDER",
  BESPOKE = "BESPOKE",
}

registerEnumType(CourseLevel, {
  name: "CourseLevel",
  description: "The partnership's training levels.",
  valuesConfig: {
    LEVEL_1_AWARENESS: { description: "Level 1: awareness briefing — what to look for, how to report it." },
    LEVEL_2_SUPPLY_CHAIN: {
      description: "Level 2: modern slavery in supply chains, for procurement and commissioning staff.",
    },
    LEVEL_3_FIRST_RESPONDER: { description: "Level 3: first responder — the NRM, duty to notify, victim pathways." },
    BESPOKE: { description: "Bespoke training for a particular audience." },
  },
});

export enum CourseFormat {
  CLASSROOM = "CLASSROOM",
  E_LEARNING = "E_LEARNING",
  WEBINAR = "WEBINAR",
  BRIEFING = "BRIEFING",
}

registerEnumType(CourseFormat, {
  name: "CourseFormat",
  description: "How a course is delivered.",
  valuesConfig: {
    CLASSROOM: { description: "Face to face, in a room." },
    E_LEARNING: { description: "Online, self-paced; completions usually arrive as an LMS export." },
    WEBINAR: { description: "Online, live." },
    BRIEFING: { description: "A short briefing session." },
  },
});

export enum SessionStatus {
  SCHEDULED = "SCHEDULED",
  DELIVERED = "DELIVERED",
  CANCELLED = "CANCELLED",
}

registerEnumType(SessionStatus, {
  name: "SessionStatus",
  description: "Where a session is.",
  valuesConfig: {
    SCHEDULED: { description: "Planned; attendance not yet recorded." },
    DELIVERED: { description: "Held; its attendance is recorded." },
    CANCELLED: { description: "Will not take place." },
  },
});

export enum AttendanceStatus {
  BOOKED = "BOOKED",
  ATTENDED = "ATTENDED",
  COMPLETED = "COMPLETED",
  NO_SHOW = "NO_SHOW",
}

registerEnumType(AttendanceStatus, {
  name: "AttendanceStatus",
  description: "A delegate's part in a session or course.",
  valuesConfig: {
    BOOKED: { description: "Booked on, not yet attended." },
    ATTENDED: { description: "Attended but did not complete (no certificate)." },
    COMPLETED: { description: "Completed; a certificate is issued." },
    NO_SHOW: { description: "Booked but did not attend." },
  },
});

export enum CompletionSource {
  SESSION = "SESSION",
  LMS_IMPORT = "LMS_IMPORT",
}

registerEnumType(CompletionSource, {
  name: "CompletionSource",
  description: "How a record arrived.",
  valuesConfig: {
    SESSION: { description: "Recorded with a session's attendance." },
    LMS_IMPORT: { description: "Imported from an e-learning (LMS) export." },
  },
});

export enum ImportRowOutcome {
  ACCEPTED = "ACCEPTED",
  DUPLICATE = "DUPLICATE",
  REJECTED = "REJECTED",
}

registerEnumType(ImportRowOutcome, {
  name: "ImportRowOutcome",
  description: "What became of one row of an import.",
  valuesConfig: {
    ACCEPTED: { description: "Valid (imported unless the report says nothing was committed)." },
    DUPLICATE: { description: "Already recorded; not counted again." },
    REJECTED: { description: "Invalid; see the column and the reason." },
  },
});
