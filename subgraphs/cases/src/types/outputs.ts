import { Connection, DataCategory, LocalDate, Public } from "@partnership/runtime";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Agency, AgeGroup, Area, Concern, RetentionRun } from "../entities/index.js";

export { Figure, FigureSource } from "./figure.js";

@ObjectType({ description: "A page of concerns." })
export class ConcernConnection extends Connection(Concern) {}

@ObjectType({ description: "A page of areas." })
export class AreaConnection extends Connection(Area) {}

@ObjectType({ description: "A page of retention runs." })
export class RetentionRunConnection extends Connection(RetentionRun) {}

@ObjectType({ description: "One row of a breakdown: a value and how many have it." })
@Public()
export class CountByKey {
  @Field(() => String, {
    description:
      "The value counted: an enum value (e.g. 'PRIVATE_DWELLING'), a nationality, a ward, or NOT_RECORDED; SUPPRESSED for the one row that stands for every withheld row (their values are not named).",
  })
  key: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "How many. Exact for callers with detail access; for others rounded to a multiple of 5, and null when withheld (from 1 to 4; see `suppressed`).",
  })
  count: number | null;

  @Field(() => Boolean, {
    description:
      "True for the row of withheld counts (each from 1 to 4): small numbers could identify people, so neither their counts nor their keys are given.",
  })
  suppressed: boolean;
}

@ObjectType({ description: "How many concerns are about premises in an area of the partnership." })
@Public()
export class CountByArea {
  @Field(() => Area, {
    nullable: true,
    description: "The area; empty for premises not known (or with no area), and for the row of withheld areas.",
  })
  area: Area | null;

  @Field(() => Int, { nullable: true, description: "How many; null when suppressed." })
  count: number | null;

  @Field(() => Boolean, {
    description: "True when withheld (from 1 to 4): the row stands for every withheld row and names none.",
  })
  suppressed: boolean;
}

@ObjectType({ description: "How many an agency did or made." })
@Public()
export class CountByAgency {
  @Field(() => ID, {
    nullable: true,
    description:
      "The agency's id as the casework recorded it; null only for the row of withheld agencies. Given even when the directory cannot resolve it: a row whose `agency` is null but whose `agencyId` is given counts records of an agency the directory does not know (no longer, or never did).",
  })
  agencyId: string | null;

  @Field(() => Agency, {
    nullable: true,
    description:
      "The agency, from the directory; null for the row of withheld agencies, and for an `agencyId` the directory does not resolve (the row still counts).",
  })
  agency: Agency | null;

  @Field(() => Int, { nullable: true, description: "How many; null when suppressed." })
  count: number | null;

  @Field(() => Boolean, {
    description: "True when withheld (from 1 to 4): the row stands for every withheld row and names none.",
  })
  suppressed: boolean;
}

@ObjectType({ description: "How many an agency made for people of one age group: one cell of an agency × age table." })
@Public()
export class CountByAgencyAndAgeGroup {
  @Field(() => ID, {
    nullable: true,
    description:
      "The agency's id as the casework recorded it; null only for the row of withheld cells. Given even when the directory cannot resolve it (`agency` is then null).",
  })
  agencyId: string | null;

  @Field(() => Agency, {
    nullable: true,
    description:
      "The agency, from the directory; null for the row of withheld cells and for an `agencyId` the directory does not resolve.",
  })
  agency: Agency | null;

  @Field(() => AgeGroup, {
    nullable: true,
    description:
      "Adult, minor, or age not known (its own group, never counted as a minor); null for the row of withheld cells.",
  })
  ageGroup: AgeGroup | null;

  @Field(() => Int, { nullable: true, description: "How many; null when suppressed." })
  count: number | null;

  @Field(() => Boolean, {
    description:
      "True when withheld (from 1 to 4): the row stands for every withheld cell and names neither its agency nor its age group.",
  })
  suppressed: boolean;
}

@ObjectType({
  description: "What the partnership's casework holds about a supplier's premises (locations with its company number).",
})
@Public()
export class IntelligenceSignals {
  @Field(() => Int, { description: "Concerns about the supplier's premises." })
  concerns: number;

  @Field(() => Int, { description: "Disruption visits to the supplier's premises." })
  visits: number;

  @Field(() => Int, { description: "Interventions in concerns about the supplier's premises." })
  interventions: number;

  @Field(() => LocalDate, { nullable: true, description: "The day the latest concern came in; null when none did." })
  lastConcernOn: string | null;
}

@ObjectType({ description: "One field's change within a change to a concern." })
@Public()
export class FieldChange {
  @Field(() => String, { description: "The field, as the Concern type names it (e.g. 'status', 'leadAgency')." })
  field: string;

  @Field(() => DataCategory, { description: "The data category the field is classified under." })
  category: DataCategory;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The value before the change (ids for agencies and locations); null when empty or restricted.",
  })
  oldValue: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The value after the change; null when empty or restricted.",
  })
  newValue: unknown;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the values are withheld, e.g. 'Restricted — needs POLICE_INTELLIGENCE under a sharing agreement'; null when they are shown.",
  })
  restricted: string | null;
}

@ObjectType({ description: "One change to a concern: who made it, when, and each field's old and new value." })
@Public()
export class ConcernChangeEntry {
  @Field(() => Int, { description: "The concern's version this change produced (1 is its recording)." })
  version: number;

  @Field(() => Date, { description: "When the change was made." })
  changedAt: Date;

  @Field(() => String, { description: "The user who made it (their identity provider's user id)." })
  changedBy: string;

  @Field(() => Agency, { description: "The agency of the user who made it." })
  changedByAgency: Agency;

  @Field(() => String, { nullable: true, description: "The reason given (reopening a concern needs one)." })
  reason: string | null;

  @Field(() => [FieldChange], { description: "The fields it changed." })
  changes: FieldChange[];
}
