import { Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { CasesContext } from "../context.js";
import { MAX_NRM_CSV_CHARS, MAX_NRM_ROWS } from "../services/nrm-import-service.js";
import { NrmImportReport } from "../types/nrm-import-report.js";

@Resolver()
export class NrmImportResolver {
  @Mutation(() => NrmImportReport, {
    description: `Imports a council's NRM referral log (a CSV file, one referral a row) into the partnership the request acts in, and answers for every row. Each row screens the person in the concern it names, on the referral day, and refers them into the NRM, under the same rules as screenPerson and referToNrm. All or nothing: every row is checked and each problem reported with its column; when any row has one, nothing is written. A file that cannot be read (no header, a required column missing, more than ${MAX_NRM_ROWS} rows or ${MAX_NRM_CSV_CHARS} characters) is refused whole with BAD_USER_INPUT on csv. Importing the same log twice records its referrals twice: import only referrals not yet recorded. Caseworkers and coordinators, for referrals their own agency made; one import at a time per user (RATE_LIMITED otherwise), rolled back if the request is abandoned.`,
  })
  @Roles(Role.COORDINATOR, Role.CASEWORKER)
  importNrmReferrals(
    @Arg("csv", () => String, {
      description:
        "The log as CSV text. The first line names the columns, in any order and case (spaces or underscores): concern_reference (the partnership's concern the person was met in, e.g. SHOP-2025-0012, one your agency takes part in), referral_date (dd/mm/yyyy or yyyy-mm-dd), referring_agency (your agency's short name, e.g. WMP), referrer_email (the first responder who referred, a person of your agency in the directory), age_group (adult, child or unknown), gender (male, female, other or not known), nationality (optional), exploitation_types (one or several of labour, sexual, criminal, domestic servitude, other, separated by ;) and consent (yes or no; an adult is referred only with yes; may be empty for a child). Other columns are ignored.",
    })
    csv: string,
    @Arg("dryRun", () => Boolean, {
      defaultValue: false,
      description: "Check every row and report as an import would, writing nothing.",
    })
    dryRun: boolean,
    @Ctx() ctx: CasesContext,
  ): Promise<NrmImportReport> {
    return ctx.nrmImport.import(ctx.caller, csv, dryRun, ctx.signal);
  }
}
