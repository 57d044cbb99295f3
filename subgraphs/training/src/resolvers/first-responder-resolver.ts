import { actingPartnership, addDays, PageArgs, paginate, Public } from "@partnership/runtime";
import { Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Completion, Course, CourseLevel } from "../entities/index.js";
import { CompletionConnection } from "./types.js";

@ArgsType()
class FirstResponderArgs extends PageArgs {
  @Field(() => Int, {
    defaultValue: 90,
    description:
      "Also list people whose latest certificate expired within this many days before today (0 to 730), marked expired, so a lapse is seen and refreshed.",
  })
  @Min(0)
  @Max(730)
  expiredWithinDays: number;
}

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
    const today = ctx.clock.today();
    const query = ctx.dataSource
      .getRepository(Completion)
      .createQueryBuilder("c")
      .innerJoin(Course, "co", "co.id = c.courseId AND co.level = :level", {
        level: CourseLevel.LEVEL_3_FIRST_RESPONDER,
      })
      .where("c.partnershipId = :partnershipId AND c.status = 'COMPLETED' AND c.completedOn <= :today", {
        partnershipId: actingPartnership(ctx.caller).id,
        today,
      })
      .andWhere("c.expiresOn >= :since", { since: addDays(today, -args.expiredWithinDays) })
      // Only the person's latest certificate: a refreshed qualification replaces the one before.
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM completion later JOIN course lco ON lco.id = later.course_id
           WHERE later.partnership_id = c.partnership_id AND later.delegate_id = c.delegate_id
             AND later.status = 'COMPLETED' AND lco.level = :level AND later.completed_on <= :today
             AND (later.expires_on IS NULL OR later.expires_on > c.expires_on
                  OR (later.expires_on = c.expires_on AND later.id > c.id)))`,
      );
    return paginate(query, "expiresOn", args);
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
