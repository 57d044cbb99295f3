import {
  badUserInput,
  chairsPartnership,
  forbidden,
  type Clock,
  actingPartnership,
  type Caller,
  requireMembers,
  isUuid,
  notFound,
  Role,
  USER_ROLES,
} from "@partnership/runtime";
import { type DataSource, In, IsNull } from "typeorm";
import { Agency, Membership, Network, NetworkMember, Partnership, PartnershipRole } from "../entities/index.js";
import { MembershipRole } from "../entities/enums.js";
import type {
  AddPartnershipMemberInput,
  CreateNetworkInput,
  CreatePartnershipInput,
  EndPartnershipMembershipInput,
  GrantPartnershipRoleInput,
} from "../inputs/partnership-inputs.js";

/** The roles a partnership can give (PLATFORM_ADMIN is the platform's; SYSTEM is the gateway's). */
const PARTNERSHIP_ROLES: readonly Role[] = USER_ROLES.filter((role) => role !== Role.PLATFORM_ADMIN);

/**
 * Partnerships as boundaries: a platform administrator creates one and its first administrator;
 * from then on its own administrators admit and release member agencies and give roles, and
 * nothing they do reaches another partnership.
 */
export class PartnershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(input: CreatePartnershipInput): Promise<Partnership> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Partnership);
      for (const [field, value] of [
        ["name", input.name],
        ["shortName", input.shortName],
        ["referencePrefix", input.referencePrefix],
      ] as const) {
        if (await repository.existsBy({ [field]: value }))
          throw badUserInput(`input.${field}`, `${value} is already used by another partnership`);
      }
      if (!(await manager.existsBy(Agency, { id: input.firstAdmin.agencyId })))
        throw badUserInput("input.firstAdmin.agencyId", `no agency has the id ${input.firstAdmin.agencyId}`);
      const today = this.clock.today();
      const partnership = await repository.save(
        repository.create({
          name: input.name,
          shortName: input.shortName,
          referencePrefix: input.referencePrefix,
          area: input.area,
          parentNetwork: input.parentNetwork ?? null,
          termsOfReference: input.termsOfReference ?? null,
        }),
      );
      await manager.insert(Membership, {
        partnershipId: partnership.id,
        agencyId: input.firstAdmin.agencyId,
        role: MembershipRole.CHAIR,
        since: today,
      });
      await manager.insert(PartnershipRole, {
        partnershipId: partnership.id,
        agencyId: input.firstAdmin.agencyId,
        userId: input.firstAdmin.userId,
        role: Role.PARTNERSHIP_ADMIN,
        grantedOn: today,
      });
      return partnership;
    });
  }

  /** An agency joins (or, having left, joins again); it may belong to other partnerships too. */
  async addMember(caller: Caller, input: AddPartnershipMemberInput): Promise<Membership> {
    const partnership = actingPartnership(caller);
    requireChair(caller, "input.agencyId", "who is a member");
    const since = input.since ?? this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Agency, { id: input.agencyId })))
        throw badUserInput("input.agencyId", `no agency has the id ${input.agencyId}`);
      const repository = manager.getRepository(Membership);
      const existing = await repository.findOne({
        where: { partnershipId: partnership.id, agencyId: input.agencyId },
        lock: { mode: "pessimistic_write" },
      });
      if (existing && (existing.until === null || existing.until >= since))
        throw badUserInput("input.agencyId", "the agency is already a member");
      if (existing) return repository.save(Object.assign(existing, { role: input.role, since, until: null }));
      return repository.save(
        repository.create({ partnershipId: partnership.id, agencyId: input.agencyId, role: input.role, since }),
      );
    });
  }

  /** A member leaves: after `until`, the partnership's grants and roles no longer reach its users. */
  async endMembership(caller: Caller, input: EndPartnershipMembershipInput): Promise<Membership> {
    const partnership = actingPartnership(caller);
    requireChair(caller, "input.agencyId", "who is a member");
    const until = input.until ?? this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Membership);
      const membership = await repository.findOne({
        where: { partnershipId: partnership.id, agencyId: input.agencyId },
        lock: { mode: "pessimistic_write" },
      });
      if (!membership || (membership.until !== null && membership.until < this.clock.today()))
        throw badUserInput("input.agencyId", "the agency is not a member");
      if (until < membership.since)
        throw badUserInput("input.until", `the membership began on ${membership.since}; it cannot end before`);
      membership.until = until;
      return repository.save(membership);
    });
  }

  async grantRole(caller: Caller, input: GrantPartnershipRoleInput): Promise<PartnershipRole> {
    const partnership = actingPartnership(caller);
    if (!PARTNERSHIP_ROLES.includes(input.role))
      throw badUserInput("input.role", `${input.role} is not held in a partnership`);
    requireMembers(caller, [input.agencyId], "input.agencyId");
    if (input.agencyId !== caller.agencyId) requireChair(caller, "input.agencyId", "another agency's roles");
    const repository = this.dataSource.getRepository(PartnershipRole);
    const userId = input.userId ?? null;
    const held = await repository.findOneBy({
      partnershipId: partnership.id,
      agencyId: input.agencyId,
      userId: userId ?? IsNull(),
      role: input.role,
    });
    if (held) return held;
    return repository.save(
      repository.create({
        partnershipId: partnership.id,
        agencyId: input.agencyId,
        userId,
        role: input.role,
        grantedOn: this.clock.today(),
      }),
    );
  }

  async revokeRole(caller: Caller, id: string): Promise<PartnershipRole> {
    const partnership = actingPartnership(caller);
    const repository = this.dataSource.getRepository(PartnershipRole);
    const held = await repository.findOneBy({ id, partnershipId: partnership.id });
    if (!held) throw notFound("PartnershipRole", id);
    if (held.agencyId !== caller.agencyId) requireChair(caller, "id", "another agency's roles");
    await repository.delete({ id: held.id });
    return held;
  }

  /** A network over existing partnerships; the platform's to create, like a partnership. */
  async createNetwork(input: CreateNetworkInput): Promise<Network> {
    return this.dataSource.transaction(async (manager) => {
      for (const [field, value] of [
        ["name", input.name],
        ["shortName", input.shortName],
      ] as const) {
        if (await manager.existsBy(Network, { [field]: value }))
          throw badUserInput(`input.${field}`, `${value} is already used by another network`);
      }
      const ids = [...new Set(input.partnershipIds)];
      const known = new Set(
        (await manager.findBy(Partnership, { id: In(ids.filter(isUuid)) })).map((partnership) => partnership.id),
      );
      input.partnershipIds.forEach((id, index) => {
        if (!known.has(id)) throw badUserInput(`input.partnershipIds[${index}]`, `no partnership has the id ${id}`);
      });
      const network = await manager.save(manager.create(Network, { name: input.name, shortName: input.shortName }));
      await manager.insert(
        NetworkMember,
        ids.map((partnershipId) => ({ networkId: network.id, partnershipId })),
      );
      return network;
    });
  }

  networksOf(partnershipId: string): Promise<Network[]> {
    return this.dataSource
      .getRepository(Network)
      .createQueryBuilder("n")
      .where(
        "EXISTS (SELECT 1 FROM network_member m WHERE m.network_id = n.id AND m.partnership_id = :partnershipId)",
        {
          partnershipId,
        },
      )
      .orderBy("n.name")
      .getMany();
  }

  rolesOf(partnershipId: string): Promise<PartnershipRole[]> {
    return this.dataSource
      .getRepository(PartnershipRole)
      .find({ where: { partnershipId }, order: { agencyId: "ASC", role: "ASC" } });
  }
}

/**
 * Refuses (FORBIDDEN naming `field`) an administrator of any agency but the partnership's chair:
 * an agency administers its own users' roles; who is a member, and other agencies' roles, are the
 * partnership's to decide, and only its chair speaks for it (an NGO's administrator does not end
 * the police's membership or take their roles).
 */
function requireChair(caller: Caller, field: string, what: string): void {
  if (!chairsPartnership(caller))
    throw forbidden(
      `${field}: ${what} is the partnership's to decide: only its chair agency's administrators do`,
      field,
    );
}
