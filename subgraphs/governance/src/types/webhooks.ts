import { Connection, Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { WebhookDelivery, WebhookSubscription } from "../entities/index.js";

@ObjectType({ description: "A page of webhooks." })
export class WebhookSubscriptionConnection extends Connection(WebhookSubscription) {}

@ObjectType({ description: "A page of a webhook's deliveries." })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

@ObjectType({
  description: "A webhook with its signing secret: the one answer that carries the secret; keep it now.",
})
@Public()
export class WebhookWithSecret {
  @Field(() => ID, { description: "The webhook's id (the same as webhook.id)." })
  id: string;

  @Field(() => WebhookSubscription, { description: "The webhook." })
  webhook: WebhookSubscription;

  @Field(() => String, {
    description:
      "The signing secret (whsec_…) the receiver verifies each delivery's webhook-signature with (Standard Webhooks). It is never answered again.",
  })
  secret: string;
}
