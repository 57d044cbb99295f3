import { badUserInput, isUuid, PageArgs, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, WebhookSubscription } from "../entities/index.js";
import { WebhookDeliveryStatus } from "../entities/enums.js";
import { RegisterWebhookInput } from "../inputs/webhook-inputs.js";
import { WebhookSubscriptionConnection, WebhookDeliveryConnection, WebhookWithSecret } from "../types/webhooks.js";

const SCOPE =
  "Partnership administrators, in the partnership the request acts in: an administrator manages their own agency's webhooks; the chair agency's administrator every member's.";

/** A webhook id, or BAD_USER_INPUT on `id` before anything is looked up. */
const checkedId = (id: string) => {
  if (!isUuid(id)) throw badUserInput("id", "must be a webhook id");
  return id;
};

@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Query(() => WebhookSubscriptionConnection, {
    description: `Partner systems' webhooks, newest first, a page at a time, each with its deliveries. ${SCOPE}`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  webhooks(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GovernanceContext) {
    return ctx.webhooks.list(ctx.caller, page);
  }

  @Mutation(() => WebhookWithSecret, {
    description: `Registers a partner system's webhook for some event types of the partnership, on behalf of a member agency; answers its signing secret, once. Events carry ids and types only. ${SCOPE}`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  registerWebhook(
    @Arg("input", () => RegisterWebhookInput, { description: "The endpoint, its agency and its event types." })
    input: RegisterWebhookInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.webhooks.register(ctx.caller, input, ctx.clock.now());
  }

  @Mutation(() => WebhookSubscription, {
    description: `Disables a webhook: nothing more is sent to it, and its pending deliveries are given up. ${SCOPE}`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  disableWebhook(@Arg("id", () => ID, { description: "The webhook's id." }) id: string, @Ctx() ctx: GovernanceContext) {
    return ctx.webhooks.disable(ctx.caller, checkedId(id), ctx.clock.now());
  }

  @Mutation(() => WebhookWithSecret, {
    description: `Replaces an active webhook's signing secret and answers the new one, once; every later attempt is signed with it. ${SCOPE}`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  rotateWebhookSecret(
    @Arg("id", () => ID, { description: "The webhook's id." }) id: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.webhooks.rotateSecret(ctx.caller, checkedId(id), ctx.clock.now());
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The member agency whose events it receives." })
  agency(@Root() webhook: WebhookSubscription, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(webhook.agencyId);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    nullable: true,
    description: "Its deliveries, newest event first, a page at a time: attempts, last status and error, next attempt.",
  })
  deliveries(
    @Root() webhook: WebhookSubscription,
    @Arg("status", () => WebhookDeliveryStatus, { nullable: true, description: "Only deliveries in this status." })
    status: WebhookDeliveryStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.webhooks.deliveries(webhook, status, page);
  }
}
