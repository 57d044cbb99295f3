import { Connection, DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Agency, Completion, Course, CourseLevel, ImportRowOutcome, TrainingSession } from "../entities/index.js";
import type { ParticipationCounts } from "./participation-counts.js";

@ObjectType({ description: "A page of courses." })
export class CourseConnection extends Connection(Course) {}

@ObjectType({ description: "A page of training sessions." })
export class TrainingSessionConnection extends Connection(TrainingSession) {}

@ObjectType({ description: "A page of completions." })
export class CompletionConnection extends Connection(Completion) {}

@ObjectType({
  description:
    "A count for one training level, as the platform's suppression routine publishes it: exact for callers with detail access (PERSONNEL, or their own agency's figures); for others withheld from 1 to 4 and otherwise rounded to a multiple of 5.",
})
@Public()
export class LevelCount {
  @Field(() => CourseLevel, { nullable: true, description: "The level; empty for the row of withheld levels." })
  level: CourseLevel | null;

  @Field(() => Int, { nullable: true, description: "How many; null when withheld." })
  count: number | null;

  @Field(() => Boolean, {
    description: "True for the row that stands for every withheld count (from 1 to 4); it names no level.",
  })
  suppressed: boolean;
}

@ObjectType({
  description: "People trained at one level by one agency, as the suppression routine publishes it (see LevelCount).",
})
@Public()
export class AgencyLevelCount {
  @Field(() => ID, {
    nullable: true,
    description:
      "The agency's id; empty only for the row of withheld counts. Given even when the directory no longer resolves the agency (then `agency` is empty).",
  })
  agencyId: string | null;

  @Field(() => Agency, {
    nullable: true,
    description:
      "The agency the people worked for when trained; empty for the row of withheld counts, and when the directory no longer resolves it (see `agencyId`).",
  })
  agency: Agency | null;

  @Field(() => CourseLevel, { nullable: true, description: "The level; empty for the row of withheld counts." })
  level: CourseLevel | null;

  @Field(() => Int, { nullable: true, description: "How many people; null when withheld." })
  count: number | null;

  @Field(() => Boolean, {
    description: "True for the row that stands for every withheld count (from 1 to 4); it names no agency or level.",
  })
  suppressed: boolean;
}

@ObjectType({
  description:
    "The partnership's training figures for a period. They count training records of named people (PERSONNEL): callers whose agreements grant PERSONNEL see exact counts; for everyone else each count goes through the platform's suppression routine (from 1 to 4 withheld, others rounded to a multiple of 5, withheld rows folded into one that names nothing).",
})
export class TrainingStatistics {
  /** Whose figures: the acting partnership's, never another's. Not a field: the caller asked for it. */
  partnershipId: string;

  /** The qualified first responders' count, once per request for both of its fields. */
  qualified?: Promise<number>;

  /** Attendance and completion, counted once per request for both of their fields. */
  participation?: Promise<ParticipationCounts>;

  @Field(() => LocalDate, { description: "First day of the period." })
  @Public()
  from: string;

  @Field(() => LocalDate, { description: "Last day of the period." })
  @Public()
  to: string;

  @Field(() => [LevelCount], {
    nullable: true,
    description: "People who completed a course of each level in the period.",
  })
  @Sensitive(DataCategory.STATISTICS)
  peopleTrainedByLevel: LevelCount[];

  @Field(() => [AgencyLevelCount], { nullable: true, description: "The same, by the agency each person worked for." })
  @Sensitive(DataCategory.STATISTICS)
  peopleTrainedByAgency: AgencyLevelCount[];

  @Field(() => [LevelCount], { nullable: true, description: "Sessions delivered in the period, by level." })
  @Sensitive(DataCategory.STATISTICS)
  sessionsDelivered: LevelCount[];

  @Field(() => Int, {
    nullable: true,
    description:
      "People holding a valid Level 3 first responder certificate on the last day of the period; null when withheld (see qualifiedFirstRespondersSuppressed).",
  })
  @Sensitive(DataCategory.STATISTICS)
  qualifiedFirstResponders: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when the number of qualified first responders is withheld (it is from 1 to 4).",
  })
  @Sensitive(DataCategory.STATISTICS)
  qualifiedFirstRespondersSuppressed: boolean;
}

@ObjectType({ description: "What became of one row of an import." })
@Public()
export class ImportRowResult {
  @Field(() => Int, { description: "The row's number in the file, counting the header as row 1." })
  row: number;

  @Field(() => ImportRowOutcome, { description: "Accepted, duplicate or rejected." })
  outcome: ImportRowOutcome;

  @Field(() => String, { nullable: true, description: "The column at fault, for a rejected row." })
  column: string | null;

  @Field(() => String, { nullable: true, description: "Why, in plain words." })
  reason: string | null;
}

@ObjectType({ description: "The answer to an import: every row accounted for." })
@Public()
export class ImportReport {
  @Field(() => Boolean, { description: "Whether anything was written." })
  committed: boolean;

  @Field(() => Int, { description: "Rows imported." })
  imported: number;

  @Field(() => Int, { description: "Rows already recorded, not counted again." })
  duplicates: number;

  @Field(() => Int, { description: "Rows rejected." })
  rejected: number;

  @Field(() => [ImportRowResult], { description: "Every row, in file order." })
  rows: ImportRowResult[];
}
