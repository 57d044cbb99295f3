import { actingPartnership, LocalDate, Public } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import { Partnership } from "../entities/index.js";
import { ProcurementStatistics } from "../types/outputs.js";

const AS_OF = {
  nullable: true,
  description:
    "The day the figures are as at (its end): each supplier's statement status and rating as they stood then, the contracts started, audits done and corrective actions outstanding by then. Today when empty or still to come.",
} as const;

@Resolver()
export class StatisticsResolver {
  @Query(() => ProcurementStatistics, {
    description:
      "The procurement figures of the partnership the request acts in: its suppliers by statement status and risk, its contracts without the clause, its high-risk suppliers without an audit, its overdue actions.",
  })
  procurementStatistics(
    @Arg("partnershipId", () => ID, {
      nullable: true,
      description:
        "The partnership; when given it must be the one the request acts in (another partnership's figures are FORBIDDEN). Defaults to it.",
    })
    partnershipId: string | null,
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null | undefined,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.statistics.ofPartnership(partnershipId ?? actingPartnership(ctx.caller).id, asOf, ctx.caller);
  }
}

/** The partnership's procurement figures: the procurement part of the annual report in one query. */
@Resolver(() => Partnership)
export class PartnershipProcurementResolver {
  @FieldResolver(() => ProcurementStatistics, {
    nullable: true,
    description:
      "The partnership's procurement figures as at the end of a day, today unless asked (statement status moves with the calendar, so a report for a period asks for its last day). Only for the partnership the request acts in: another partnership's are FORBIDDEN.",
  })
  @Public()
  procurementStatistics(
    @Root() partnership: Partnership,
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null | undefined,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.statistics.ofPartnership(partnership.id, asOf, ctx.caller);
  }
}
