import { Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import { RegistryImportReport } from "../types/outputs.js";

/** The government registry's statements, imported in one request (the streamed upload is registry-upload.ts). */
@Resolver()
export class RegistryImportResolver {
  @Mutation(() => RegistryImportReport, {
    description:
      "Imports the government registry's statement-summary CSV: matches our suppliers by company number, adds or updates their statements and reports what matched, changed and was rejected. Streamed; all or nothing. One import per user at a time, this or a streamed upload to the gateway's POST /procurement/registry-import (RATE_LIMITED otherwise), rolled back if the request is abandoned. Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  importRegistryStatements(
    @Arg("csv", () => String, { description: "The CSV text, header row first." }) csv: string,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.statements.importRegistry(csv, ctx.caller, ctx.signal);
  }
}
