import { Public } from "@partnership/runtime";
import { Field, Int, ObjectType } from "type-graphql";
import { DirectoryImportOutcome } from "../entities/enums.js";

@ObjectType({ description: "What became of one row of a directory import." })
@Public()
export class DirectoryImportRow {
  @Field(() => Int, { description: "The row's number in the file, counting the header as row 1." })
  row: number;

  @Field(() => DirectoryImportOutcome, { description: "Accepted, duplicate or rejected." })
  outcome: DirectoryImportOutcome;

  @Field(() => String, { nullable: true, description: "The column at fault, for a rejected row." })
  column: string | null;

  @Field(() => String, { nullable: true, description: "Why, in plain words." })
  reason: string | null;
}

@ObjectType({ description: "The answer to a directory import: every row accounted for." })
@Public()
export class DirectoryImportReport {
  @Field(() => Boolean, { description: "Whether anything was written." })
  committed: boolean;

  @Field(() => Int, { description: "People added to the directory." })
  imported: number;

  @Field(() => Int, { description: "Rows of people already in the directory (or earlier in the file)." })
  duplicates: number;

  @Field(() => Int, { description: "Rows rejected; with any, nothing is written." })
  rejected: number;

  @Field(() => Int, { description: "Roles given in the partnership (roles already held are not counted)." })
  rolesGiven: number;

  @Field(() => [DirectoryImportRow], { description: "Every row, in file order." })
  rows: DirectoryImportRow[];
}
