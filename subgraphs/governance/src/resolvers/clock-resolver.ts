import { LocalDate } from "@partnership/runtime";
import { Ctx, Query, Resolver } from "type-graphql";
import type { GovernanceContext } from "../context.js";

/** The platform's today, so a client's forms default to the day the rules check against. */
@Resolver()
export class ClockResolver {
  @Query(() => LocalDate, {
    description:
      "The platform's today: the day its rules take as today (a date after it is refused as in the future). Forms should default to it rather than to the device's date.",
  })
  today(@Ctx() ctx: GovernanceContext): string {
    return ctx.clock.today();
  }
}
