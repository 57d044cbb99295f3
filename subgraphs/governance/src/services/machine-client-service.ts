import {
  actingPartnership,
  badUserInput,
  type Caller,
  chairsPartnership,
  type Clock,
  notFound,
  type Page,
  type PageArgs,
  paginate,
  requireMembers,
  Role,
} from "@partnership/runtime";
import { type DataSource, type EntityManager, IsNull, Not, type SelectQueryBuilder } from "typeorm";
import { MACHINE_CLIENT_ROLES, MachineClient } from "../entities/index.js";
import type { RegisterMachineClientInput } from "../inputs/machine-client-inputs.js";
import { requireOwnAgencyOrPartnership } from "./partnership-authority.js";

/** Narrows the register. */
export interface MachineClientFilter {
  /** Revoked registrations too (the register's history); by default only active ones. */
  includeRevoked?: boolean | null;
}

/** What the gateway needs of a client's registration to decide a machine token's caller. */
export interface MachineRegistration {
  registration: MachineClient;
  /** False once revoked: the gateway refuses the client, saying so. */
  active: boolean;
}

const ENTITY = "MachineClient";

/**
 * The user id a machine client's requests carry (the audit trail's `userId`): its client id, marked
 * so no auditor takes it for a person. The gateway refuses user tokens whose subject looks like one.
 */
export function machineUserId(clientId: string): string {
  return `client:${clientId}`;
}

/**
 * The register of machine clients: which partner system (an identity provider's client id) may act
 * for which member agency, in which partnership, with which roles. Scoped like role holdings
 * (grantPartnershipRole): a partnership administrator registers, revokes and lists their own
 * agency's clients; the chair agency's administrator any member's. A registration outside that
 * scope is not found.
 */
export class MachineClientService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private visible(caller: Caller, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<MachineClient> {
    const query = manager
      .getRepository(MachineClient)
      .createQueryBuilder("client")
      .where("client.partnershipId = :partnershipId", { partnershipId: actingPartnership(caller).id });
    if (!chairsPartnership(caller)) query.andWhere("client.agencyId = :agencyId", { agencyId: caller.agencyId });
    return query;
  }

  /** The register, by name, a page at a time. */
  list(caller: Caller, filter: MachineClientFilter, page: PageArgs): Promise<Page<MachineClient>> {
    const query = this.visible(caller);
    if (!filter.includeRevoked) query.andWhere("client.revokedAt IS NULL");
    return paginate(query, "name", page);
  }

  async register(caller: Caller, input: RegisterMachineClientInput): Promise<MachineClient> {
    const partnership = actingPartnership(caller);
    const refused = input.roles.filter((role) => !MACHINE_CLIENT_ROLES.includes(role));
    if (refused.length > 0)
      throw badUserInput(
        "input.roles",
        `${refused.join(", ")} may not be given to a machine client: only ${MACHINE_CLIENT_ROLES.join(", ")}`,
      );
    const name = input.name.trim();
    if (name.length < 3) throw badUserInput("input.name", "is too short (3 characters at least)");
    requireMembers(caller, [input.agencyId], "input.agencyId");
    // A system acts for its own agency: no administrator registers one "for the police" but the
    // police's own (or the partnership's chair's).
    requireOwnAgencyOrPartnership(caller, input.agencyId, "input.agencyId", [Role.PARTNERSHIP_ADMIN]);
    return this.dataSource.transaction(async (manager) => {
      // Serialises two registrations of the same client: the partial unique index would refuse the
      // second anyway, but with a constraint error instead of an answer naming the field.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('machine_client:' || $1 || ' ' || $2))`, [
        input.issuer,
        input.clientId,
      ]);
      const active = await manager.getRepository(MachineClient).findOneBy({
        issuer: input.issuer,
        clientId: input.clientId,
        revokedAt: IsNull(),
      });
      if (active)
        throw badUserInput(
          "input.clientId",
          active.partnershipId === partnership.id
            ? `client ${input.clientId} of ${input.issuer} is already registered here (as ${active.name}); revoke it first to register it again`
            : `client ${input.clientId} of ${input.issuer} is registered in another partnership: a client acts in one partnership only`,
        );
      const roles = [...new Set(input.roles)].sort() as Role[];
      return manager.save(
        manager.create(MachineClient, {
          partnershipId: partnership.id,
          agencyId: input.agencyId,
          issuer: input.issuer,
          clientId: input.clientId,
          name,
          roles,
          registeredBy: caller.userId,
          registeredByAgencyId: caller.agencyId,
          registeredAt: this.clock.now(),
          revokedAt: null,
          revokedBy: null,
        }),
      );
    });
  }

  /** Revokes a registration: from the commit on, every gateway refuses the client's tokens. */
  revoke(caller: Caller, id: string): Promise<MachineClient> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.visible(caller, manager)
        .andWhere("client.id = :id", { id })
        .setLock("pessimistic_write")
        .getOne();
      if (!client) throw notFound(ENTITY, id);
      if (client.revokedAt)
        throw badUserInput("id", `the client was already revoked (${client.revokedAt.toISOString()})`);
      client.revokedAt = this.clock.now();
      client.revokedBy = caller.userId;
      return manager.save(client);
    });
  }

  /**
   * The gateway's question for a machine token: the client's active registration, or (so the
   * refusal can say so) its latest revoked one; null when it was never registered.
   */
  async forToken(issuer: string, clientId: string): Promise<MachineRegistration | null> {
    const repository = this.dataSource.getRepository(MachineClient);
    const registration =
      (await repository.findOneBy({ issuer, clientId, revokedAt: IsNull() })) ??
      (await repository.findOne({
        where: { issuer, clientId, revokedAt: Not(IsNull()) },
        order: { revokedAt: "DESC" },
      }));
    return registration ? { registration, active: registration.revokedAt === null } : null;
  }
}
