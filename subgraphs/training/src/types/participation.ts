import { Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Agency, Course, CourseFormat } from "../entities/index.js";
import { LevelCount } from "./outputs.js";

const WITHHELD_ROW =
  "True for the row that stands for every withheld count (from 1 to 4); it names nothing, so a withheld row's key is not given away.";
const PEOPLE = "How many different people; null when withheld.";

@ObjectType({ description: "People who took part in one course, as the suppression routine publishes it." })
@Public()
export class TrainingCourseCount {
  @Field(() => Course, { nullable: true, description: "The course; empty for the row of withheld courses." })
  course: Course | null;

  @Field(() => Int, { nullable: true, description: PEOPLE })
  count: number | null;

  @Field(() => Boolean, { description: WITHHELD_ROW })
  suppressed: boolean;
}

@ObjectType({
  description: "People who took part in courses of one format, as the suppression routine publishes it.",
})
@Public()
export class TrainingFormatCount {
  @Field(() => CourseFormat, { nullable: true, description: "The format; empty for the row of withheld formats." })
  format: CourseFormat | null;

  @Field(() => Int, { nullable: true, description: PEOPLE })
  count: number | null;

  @Field(() => Boolean, { description: WITHHELD_ROW })
  suppressed: boolean;
}

@ObjectType({
  description: "People of one agency who took part in training, as the suppression routine publishes it.",
})
@Public()
export class TrainingAgencyCount {
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

  @Field(() => Int, { nullable: true, description: PEOPLE })
  count: number | null;

  @Field(() => Boolean, { description: WITHHELD_ROW })
  suppressed: boolean;
}

@ObjectType({
  description: "People of one sector's agencies who took part in training, as the suppression routine publishes it.",
})
@Public()
export class TrainingSectorCount {
  @Field(() => String, {
    nullable: true,
    description:
      "The sector of the people's agencies as the partnership's directory records it today (an AgencySector value such as POLICE, LOCAL_AUTHORITY or NGO), or NOT_RECORDED for agencies it does not list as members; empty for the row of withheld sectors.",
  })
  sector: string | null;

  @Field(() => Int, { nullable: true, description: PEOPLE })
  count: number | null;

  @Field(() => Boolean, { description: WITHHELD_ROW })
  suppressed: boolean;
}

@ObjectType({
  description:
    "People who took part in the partnership's training in a period, in all and by course, format, level, agency and sector. Each counts different people (someone on two courses of a level is one person of that level; breakdowns need not add up to the total). A record counts on the day it was completed, or, attended without completing, on its session's day. Rows with nobody are left out. Each count goes through the platform's suppression routine: exact for callers granted PERSONNEL; for others from 1 to 4 withheld (folded into one row that names nothing) and the rest rounded to a multiple of 5.",
})
@Public()
export class TrainingParticipation {
  @Field(() => Int, { nullable: true, description: "Different people in all; null when withheld (from 1 to 4)." })
  people: number | null;

  @Field(() => Boolean, { description: "True when the number of people in all is withheld (it is from 1 to 4)." })
  peopleSuppressed: boolean;

  @Field(() => [TrainingCourseCount], { description: "By course, most people first." })
  byCourse: TrainingCourseCount[];

  @Field(() => [TrainingFormatCount], {
    description: "By the courses' format (classroom, e-learning, webinar, briefing), in that order.",
  })
  byFormat: TrainingFormatCount[];

  @Field(() => [LevelCount], { description: "By the courses' level, from Level 1 to bespoke." })
  byLevel: LevelCount[];

  @Field(() => [TrainingAgencyCount], { description: "By the agency each person worked for, most first." })
  byAgency: TrainingAgencyCount[];

  @Field(() => [TrainingSectorCount], {
    description: "By the sector of each person's agency in the partnership's directory, most first.",
  })
  bySector: TrainingSectorCount[];
}
