import {
  actingPartnership,
  badUserInput,
  type Caller,
  chairsPartnership,
  notFound,
  type Page,
  type PageArgs,
  paginate,
  requireMembers,
  Role,
} from "@partnership/runtime";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { WebhookDelivery, WebhookSubscription } from "../../entities/index.js";
import { WebhookDeliveryStatus } from "../../entities/enums.js";
import type { RegisterWebhookInput } from "../../inputs/webhook-inputs.js";
import { requireOwnAgencyOrPartnership } from "../partnership-authority.js";
import { newWebhookSecret } from "./secret.js";
import { urlPolicyFromEnvironment, urlProblem, type UrlPolicy } from "./url-policy.js";

/** A webhook with its signing secret: answered once, when it is registered or its secret replaced. */
export interface WebhookWithSecret {
  id: string;
  webhook: WebhookSubscription;
  secret: string;
}

const ENTITY = "WebhookSubscription";

/**
 * Partner systems' webhooks, administered by the partnership's administrators: an administrator
 * registers and manages the webhooks of their own agency; the chair agency's administrator those of
 * every member. A webhook outside that scope is not found, so its existence is not disclosed.
 */
export class WebhookSubscriptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly urlPolicy: UrlPolicy = urlPolicyFromEnvironment(),
  ) {}

  private visible(
    caller: Caller,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<WebhookSubscription> {
    const query = manager
      .getRepository(WebhookSubscription)
      .createQueryBuilder("webhook")
      .where("webhook.partnershipId = :partnershipId", { partnershipId: actingPartnership(caller).id });
    if (!chairsPartnership(caller)) query.andWhere("webhook.agencyId = :agencyId", { agencyId: caller.agencyId });
    return query;
  }

  /** The webhooks the caller administers, newest first. */
  list(caller: Caller, page: PageArgs): Promise<Page<WebhookSubscription>> {
    return paginate(this.visible(caller), "createdAt", page, "DESC");
  }

  /** One webhook's deliveries, newest event first; the webhook is one the caller could read. */
  deliveries(
    webhook: WebhookSubscription,
    status: WebhookDeliveryStatus | null,
    page: PageArgs,
  ): Promise<Page<WebhookDelivery>> {
    const query = this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder("delivery")
      .where("delivery.subscriptionId = :subscriptionId", { subscriptionId: webhook.id });
    if (status) query.andWhere("delivery.status = :status", { status });
    return paginate(query, "seq", page, "DESC");
  }

  /** Registers a webhook; its secret is answered now and never again. */
  async register(caller: Caller, input: RegisterWebhookInput, now: Date): Promise<WebhookWithSecret> {
    const partnershipId = actingPartnership(caller).id;
    const url = input.url.trim();
    const problem = urlProblem(url, this.urlPolicy);
    if (problem) throw badUserInput("input.url", problem);
    if (input.eventTypes.length === 0) throw badUserInput("input.eventTypes", "give at least one event type");
    const repeated = input.eventTypes.findIndex((type, index) => input.eventTypes.indexOf(type) !== index);
    if (repeated >= 0)
      throw badUserInput(`input.eventTypes[${repeated}]`, `${input.eventTypes[repeated]} is given more than once`);
    requireMembers(caller, [input.agencyId], "input.agencyId");
    requireOwnAgencyOrPartnership(caller, input.agencyId, "input.agencyId", [Role.PARTNERSHIP_ADMIN]);
    const secret = newWebhookSecret();
    const repository = this.dataSource.getRepository(WebhookSubscription);
    const webhook = await repository.save(
      repository.create({
        partnershipId,
        agencyId: input.agencyId,
        url,
        eventTypes: input.eventTypes,
        secret,
        active: true,
        createdByUserId: caller.userId,
        createdByAgencyId: caller.agencyId,
        createdAt: now,
        disabledAt: null,
        secretRotatedAt: null,
      }),
    );
    return { id: webhook.id, webhook, secret };
  }

  /**
   * Disables a webhook: nothing more is sent to it, and its deliveries still pending are given up
   * (FAILED, saying why) in the same transaction. Disabling a disabled webhook changes nothing.
   */
  disable(caller: Caller, id: string, now: Date): Promise<WebhookSubscription> {
    return this.dataSource.transaction(async (manager) => {
      const webhook = await this.forUpdate(caller, id, manager);
      if (!webhook.active) return webhook;
      webhook.active = false;
      webhook.disabledAt = now;
      await manager.query(
        `UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = 'the webhook was disabled'
          WHERE subscription_id = $1 AND status = 'PENDING'`,
        [webhook.id],
      );
      return manager.save(webhook);
    });
  }

  /**
   * Replaces an active webhook's signing secret; the new one is answered now and never again. From
   * the next attempt on, deliveries (retries included) are signed with it.
   */
  rotateSecret(caller: Caller, id: string, now: Date): Promise<WebhookWithSecret> {
    return this.dataSource.transaction(async (manager) => {
      const webhook = await this.forUpdate(caller, id, manager);
      if (!webhook.active) throw badUserInput("id", "the webhook is disabled: register a new one");
      webhook.secret = newWebhookSecret();
      webhook.secretRotatedAt = now;
      const saved = await manager.save(webhook);
      return { id: saved.id, webhook: saved, secret: saved.secret };
    });
  }

  private async forUpdate(caller: Caller, id: string, manager: EntityManager): Promise<WebhookSubscription> {
    const webhook = await this.visible(caller, manager)
      .andWhere("webhook.id = :id", { id })
      .setLock("pessimistic_write")
      .getOne();
    if (!webhook) throw notFound(ENTITY, id);
    return webhook;
  }
}
