import { Public, Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { ImportDirectoryInput } from "../inputs/directory-inputs.js";
import { DirectoryImportOutcome } from "../entities/enums.js";
import { MAX_DIRECTORY_ROWS } from "../services/directory-import-service.js";

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

@Resolver()
export class DirectoryImportResolver {
  @Mutation(() => DirectoryImportReport, {
    description: `Imports the people of the partnership the request acts in from a CSV file, and answers for every row (at most ${MAX_DIRECTORY_ROWS} a file). All or nothing: a malformed file is refused whole, and a file with any rejected row imports nothing. Each person's agency must be a member of the partnership; the roles listed are held in it by the user named. People already in the directory are reported as duplicates and not added again. Partnership administrators, for their own agency's people (a row of another agency is rejected) unless their agency chairs the partnership; one import at a time per user (RATE_LIMITED otherwise), rolled back if the request is abandoned.`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  importDirectory(
    @Arg("input", () => ImportDirectoryInput, { description: "The file." }) input: ImportDirectoryInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.directoryImport.import(ctx.caller, input, ctx.signal);
  }
}
