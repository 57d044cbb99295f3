import { NotBlank } from "@partnership/runtime";
import { EventType } from "../entities/enums.js";
import { IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A partner system's endpoint, the agency it receives events for, and the event types." })
export class RegisterWebhookInput {
  @Field(() => ID, {
    description:
      "The member agency whose events it receives: an event naming agencies goes only to their webhooks; a partnership-wide one (an agreement's) to every webhook. Your own agency; another only by the partnership's chair agency's administrator.",
  })
  @IsUUID("all", { message: "must be an agency id" })
  agencyId: string;

  @Field(() => String, {
    description:
      "Where events are POSTed: an https URL of a public endpoint (http and local addresses outside production only), without credentials or fragment, at most 2000 characters.",
  })
  @NotBlank()
  @Length(1, 2000)
  url: string;

  @Field(() => [EventType], { description: "The event types it receives: at least one, each once." })
  eventTypes: EventType[];
}
