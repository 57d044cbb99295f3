import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { MaturityArea, MaturityLevel } from "./enums.js";

export const LEVEL_ORDER: readonly MaturityLevel[] = Object.values(MaturityLevel);

@ObjectType({
  description:
    "A self-assessment against the council modern slavery maturity matrix, of a partnership or of one agency: one rating per area.",
})
@Public()
@Entity({ name: "maturity_assessment" })
@Index("maturity_assessment_partnership_idx", ["partnershipId", "assessedOn"])
@Index("maturity_assessment_agency_idx", ["partnershipId", "agencyId", "assessedOn"])
export class MaturityAssessment {
  @Field(() => ID, { description: "Stable identifier of the assessment." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /**
   * The partnership whose record it is: the partnership assessed when `agencyId` is null, else the
   * partnership the agency was assessed in (its history there is seen only inside that partnership).
   */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  /** The agency assessed (e.g. the council); null when the partnership assessed itself. */
  @Column("uuid", { name: "agency_id", nullable: true })
  agencyId: string | null;

  @Field(() => LocalDate, { description: "The day it was agreed." })
  @Column("date", { name: "assessed_on" })
  assessedOn: string;

  @Field(() => String, {
    description: "Who assessed, e.g. 'Council modern slavery working group, chaired by the programme manager'.",
  })
  @Column("text")
  assessor: string;
}

@ObjectType({ description: "The level reached in one area, and the evidence for it." })
@Public()
@Entity({ name: "maturity_rating" })
export class MaturityRating {
  @PrimaryColumn("uuid", { name: "assessment_id" })
  assessmentId: string;

  @Field(() => MaturityArea, { description: "The area." })
  @PrimaryColumn("text")
  area: MaturityArea;

  @Field(() => MaturityLevel, { description: "The level reached." })
  @Column("text")
  level: MaturityLevel;

  @Field(() => String, { description: "The evidence for it." })
  @Column("text")
  evidence: string;
}

@ObjectType({ description: "One area across assessments: the level in each, oldest first, and the latest change." })
@Public()
export class MaturityAreaComparison {
  @Field(() => MaturityArea, { description: "The area." })
  area: MaturityArea;

  @Field(() => [MaturityLevel], { description: "The level in each assessment, oldest first." })
  levels: MaturityLevel[];

  @Field(() => [MaturityRating], {
    description: "The rating in each assessment, oldest first, with its evidence and its assessment.",
  })
  ratings: MaturityRating[];

  @Field(() => Int, {
    description: "Levels gained (positive) or lost (negative) between the last two assessments; 0 with fewer than two.",
  })
  change: number;

  @Field(() => MaturityLevel, { nullable: true, description: "The level in the latest assessment; null with none." })
  latest: MaturityLevel | null;
}

/** One area across assessments: its ratings and levels oldest first, the latest level and the latest change. */
export interface AreaComparison<R> {
  area: MaturityArea;
  levels: MaturityLevel[];
  ratings: R[];
  change: number;
  latest: MaturityLevel | null;
}

/** Levels gained (positive) or lost (negative) going from one level to another. */
export function levelChange(before: MaturityLevel, after: MaturityLevel): number {
  return LEVEL_ORDER.indexOf(after) - LEVEL_ORDER.indexOf(before);
}

/**
 * Each of the five areas across assessments: `ratings` come oldest assessment first; an area's
 * change is between its last two ratings (0 with fewer than two).
 */
export function compareAreas<R extends { area: MaturityArea; level: MaturityLevel }>(
  ratings: readonly R[],
): Array<AreaComparison<R>> {
  return Object.values(MaturityArea).map((area) => {
    const ofArea = ratings.filter((rating) => rating.area === area);
    const levels = ofArea.map((rating) => rating.level);
    const [before, latest] = levels.slice(-2);
    return {
      area,
      levels,
      ratings: ofArea,
      change: before !== undefined && latest !== undefined ? levelChange(before, latest) : 0,
      latest: levels.at(-1) ?? null,
    };
  });
}
