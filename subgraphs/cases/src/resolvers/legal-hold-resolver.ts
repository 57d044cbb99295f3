import { Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { Agency, agencyRef, holdCounts, LegalHold } from "../entities/index.js";
import { PlaceLegalHoldInput, ReleaseLegalHoldInput } from "../inputs/retention-inputs.js";

const CASEWORK_ROLES = [Role.COORDINATOR, Role.CASEWORKER];

@Resolver(() => LegalHold)
export class LegalHoldResolver {
  @Mutation(() => LegalHold, {
    description:
      "Places a legal hold on a concern your agency takes part in: until its last day (after today) or its release, the retention run does not anonymise the concern and erasure requests erase nothing of it.",
  })
  @Roles(...CASEWORK_ROLES)
  placeLegalHold(
    @Arg("input", () => PlaceLegalHoldInput, { description: "The hold." }) input: PlaceLegalHoldInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.legalHolds.place(ctx.caller, input);
  }

  @Mutation(() => LegalHold, {
    description:
      "Releases a legal hold before its last day, with a reason, for a concern your agency takes part in; the hold stays on the concern's record.",
  })
  @Roles(...CASEWORK_ROLES)
  releaseLegalHold(
    @Arg("input", () => ReleaseLegalHoldInput, { description: "The hold and why it is released." })
    input: ReleaseLegalHoldInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.legalHolds.release(ctx.caller, input);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the hold counts today: not released, and its last day not passed.",
  })
  active(@Root() hold: LegalHold, @Ctx() ctx: CasesContext) {
    return holdCounts(hold, ctx.clock.today());
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description:
      "The agency of the user who placed it (from the directory; null, with the error, if it cannot be read).",
  })
  placedByAgency(@Root() hold: LegalHold) {
    return agencyRef(hold.placedByAgencyId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency of the user who released it, if released." })
  releasedByAgency(@Root() hold: LegalHold) {
    return agencyRef(hold.releasedByAgencyId);
  }
}
