import type { CourseFormat, CourseLevel } from "../entities/index.js";

/** What a participation figure counts: people present (attended or completed), or people who completed. */
export enum Participation {
  ATTENDED = "ATTENDED",
  COMPLETED = "COMPLETED",
}

export interface KeyedCount<K> {
  key: K;
  count: number;
}

/** One measure's exact counts: distinct people in all, and by each dimension. */
export interface ParticipationBreakdowns {
  people: number;
  byCourse: Array<KeyedCount<string> & { title: string }>;
  byFormat: Array<KeyedCount<CourseFormat>>;
  byLevel: Array<KeyedCount<CourseLevel>>;
  byAgency: Array<KeyedCount<string>>;
  bySector: Array<KeyedCount<string>>;
}

export type ParticipationCounts = Record<Participation, ParticipationBreakdowns>;
