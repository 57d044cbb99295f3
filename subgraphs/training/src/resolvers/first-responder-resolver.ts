import { Public } from "@partnership/runtime";
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Completion } from "../entities/index.js";
import { FirstResponderArgs } from "../inputs/training-inputs.js";
import { CompletionConnection } from "../types/outputs.js";

/**
 * The partnership's first responders by name with the expiry of their qualification: each person's
 * latest Level 3 certificate, judged on the clock's today. The count on the statistics page says
 * how many; this says who, and whose lapses next.
 */
@Resolver(() => Completion)
export class FirstResponderResolver {
  @Query(() => CompletionConnection, {
    description:
      "The first responders of the partnership the request acts in: for each person, their latest Level 3 first responder certificate that is valid today or expired within expiredWithinDays, soonest expiry first (expired ones first, marked by Completion.expired). Certificates that never expire are not listed. The delegates' names are PERSONNEL.",
  })
  firstResponderQualifications(@Args(() => FirstResponderArgs) args: FirstResponderArgs, @Ctx() ctx: TrainingContext) {
    return ctx.certificates.firstResponders(args.expiredWithinDays, args, ctx.caller);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the certificate's last valid day has passed (judged on today); null when it does not expire or was not completed.",
  })
  @Public()
  expired(@Root() completion: Completion, @Ctx() ctx: TrainingContext): boolean | null {
    return completion.expiresOn === null ? null : completion.expiresOn < ctx.clock.today();
  }
}
