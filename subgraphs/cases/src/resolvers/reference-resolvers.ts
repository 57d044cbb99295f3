import {
  actingPartnership,
  badUserInput,
  DataCategory,
  forbidden,
  LocalDate,
  Public,
  Sensitive,
} from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { Agency, Concern, NrmReferral, Partnership, Person, Supplier } from "../entities/index.js";
import { CaseStatistics } from "../types/statistics.js";
import { statisticsScope } from "./statistics-resolver.js";
import { IntelligenceSignals } from "../types/outputs.js";

/** The concerns an agency leads and takes part in: each concern's fields follow the caller's agreements. */
@Resolver(() => Agency)
export class AgencyCasesResolver {
  @FieldResolver(() => [Concern], { nullable: true, description: "The newest concerns the agency leads." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  concernsLed(
    @Root() agency: Agency,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many (1 to 100)." }) first: number,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.loaders.concernsLed.load({ agencyId: agency.id, first: checkedFirst(first) });
  }

  @FieldResolver(() => [Concern], {
    nullable: true,
    description: "The newest concerns the agency takes part in: leading, participating or having referred them.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY)
  concernsTakingPartIn(
    @Root() agency: Agency,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many (1 to 100)." }) first: number,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.loaders.concernsTakingPartIn.load({ agencyId: agency.id, first: checkedFirst(first) });
  }
}

function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInput("first", "must be from 1 to 100");
  return first;
}

/**
 * The NRM referrals a first responder made. Whose they are is the referring agency the referral rows
 * name (see record-access.ts), loaded with the person in the reference resolver: the directory's
 * idea of the person's agency is not asked for, so a representation cannot claim one.
 */
@Resolver(() => Person)
export class PersonCasesResolver {
  @FieldResolver(() => [NrmReferral], {
    nullable: true,
    description:
      "The NRM referrals the person made as a first responder in the partnership the request acts in, newest first: SAFEGUARDING, seen without an agreement by the agency that made them; each is SAFEGUARDING detail.",
  })
  @Sensitive(DataCategory.SAFEGUARDING)
  nrmReferralsMade(@Root() person: Person, @Ctx() ctx: CasesContext) {
    return person.email ? ctx.loaders.nrmReferralsByReferrer.load(person.email) : [];
  }
}

/** What casework holds about a supplier's premises, for the procurement team's risk rating. */
@Resolver(() => Supplier)
export class SupplierSignalsResolver {
  @FieldResolver(() => IntelligenceSignals, {
    nullable: true,
    description:
      "How many concerns, disruption visits and interventions are linked to premises with the supplier's company number, and when the latest concern came in. SUPPLIER_RISK.",
  })
  @Sensitive(DataCategory.SUPPLIER_RISK)
  intelligenceSignals(@Root() supplier: Supplier, @Ctx() ctx: CasesContext) {
    return ctx.loaders.intelligenceSignals.load(supplier.companyNumber.toUpperCase());
  }
}

/** The partnership's casework for a period: the cases part of the annual report in one query. */
@Resolver(() => Partnership)
export class PartnershipCasesResolver {
  @FieldResolver(() => CaseStatistics, {
    nullable: true,
    description:
      "The partnership's casework figures for a period; each figure needs STATISTICS, as in caseStatistics. Only for the partnership the request acts in: another partnership's figures are refused with FORBIDDEN.",
  })
  @Public()
  caseStatistics(
    @Root() partnership: Partnership,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Ctx() ctx: CasesContext,
  ): CaseStatistics {
    const acting = actingPartnership(ctx.caller);
    // A network's aggregates across partnerships are a feature of their own, not this field.
    if (partnership.id !== acting.id)
      throw forbidden("a partnership's figures are seen only by a request acting in that partnership");
    return statisticsScope(acting.id, from, to);
  }
}
