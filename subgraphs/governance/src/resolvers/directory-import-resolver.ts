import { Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { ImportDirectoryInput } from "../inputs/directory-inputs.js";
import { MAX_DIRECTORY_ROWS } from "../services/directory-import-service.js";
import { DirectoryImportReport } from "../types/directory-import-report.js";

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
