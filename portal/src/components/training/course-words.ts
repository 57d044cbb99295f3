import type { CourseFormat, CourseLevel } from "../../gql/graphql";

/** The partnership's training levels as its training officers name them. */
export const LEVEL_WORDS: Record<CourseLevel, string> = {
  LEVEL_1_AWARENESS: "Level 1: awareness",
  LEVEL_2_SUPPLY_CHAIN: "Level 2: supply chains",
  LEVEL_3_FIRST_RESPONDER: "Level 3: first responder",
  BESPOKE: "Bespoke",
};

export const FORMAT_WORDS: Record<CourseFormat, string> = {
  CLASSROOM: "Classroom",
  E_LEARNING: "E-learning",
  WEBINAR: "Webinar",
  BRIEFING: "Briefing",
};
