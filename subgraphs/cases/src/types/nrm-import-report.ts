import { Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { NrmImportOutcome } from "../entities/index.js";

@ObjectType({ description: "One problem of a row of an import: the column at fault and why." })
@Public()
export class NrmImportProblem {
  @Field(() => String, {
    nullable: true,
    description:
      "The column at fault, by the import's name for it (e.g. referral_date, referring_agency); empty when the row as a whole is.",
  })
  column: string | null;

  @Field(() => String, { description: "What is wrong, in plain words, and how to put it right." })
  message: string;
}

@ObjectType({ description: "What became of one row of an NRM referral import." })
@Public()
export class NrmImportRow {
  @Field(() => Int, { description: "The row's line in the file (the header is line 1)." })
  line: number;

  @Field(() => NrmImportOutcome, { description: "Imported, valid but not written, or rejected." })
  outcome: NrmImportOutcome;

  @Field(() => [NrmImportProblem], { description: "Every problem of the row, each with its column; empty when none." })
  problems: NrmImportProblem[];

  @Field(() => ID, {
    nullable: true,
    description: "The person screened in the concern, for an imported row: add what the log did not hold to them.",
  })
  potentialVictimId: string | null;

  @Field(() => ID, { nullable: true, description: "The NRM referral made, for an imported row." })
  referralId: string | null;
}

@ObjectType({
  description:
    "The answer to an NRM referral import: every row accounted for. All or nothing: written only when every row is valid and it is not a dry run.",
})
@Public()
export class NrmImportReport {
  @Field(() => Boolean, { description: "Whether the referrals were written." })
  committed: boolean;

  @Field(() => Boolean, { description: "Whether this was a dry run: every row checked, nothing written." })
  dryRun: boolean;

  @Field(() => Int, { description: "Rows read after the header." })
  rowsRead: number;

  @Field(() => Int, { description: "Referrals written (0 unless committed)." })
  imported: number;

  @Field(() => Int, { description: "Rows rejected." })
  rejected: number;

  @Field(() => [NrmImportRow], { description: "Every row, in file order." })
  rows: NrmImportRow[];
}
