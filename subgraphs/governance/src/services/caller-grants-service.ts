import {
  type ActingPartnership,
  type Clock,
  type DataCategory,
  type MemberAgency,
  type NetworkRef,
  Role,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Agency } from "../entities/index.js";

/** A partnership a caller could act in. */
export interface PartnershipChoice {
  id: string;
  name: string;
}

export interface CallerGrants {
  agency: Agency;
  /** The partnership the caller acts in; null when none could be chosen (see `choices`). */
  partnership: (ActingPartnership & { networks: NetworkRef[]; memberAgencies: MemberAgency[] }) | null;
  /** The partnerships the agency is a member of today, for a caller who must choose. */
  choices: PartnershipChoice[];
  /** The roles the directory gives this user in that partnership, and PLATFORM_ADMIN where held. */
  roles: Role[];
  /** Each category the partnership's agreements grant the agency today, with the agreement (the first by reference). */
  grants: Array<{ category: DataCategory; agreementId: string }>;
}

/**
 * Who a caller is in a partnership: the partnership they act in (the one asked for, which their
 * agency must be a member of today; or, when none is asked for, the only one they hold roles in, or
 * their agency's only one), the roles the directory gives them there, and the categories granted to
 * their agency, by name or through its sector, by that partnership's agreements in force today that
 * it is a signed party to.
 * Grants of one partnership never reach another's records, nor an agency that is not its member.
 */
export class CallerGrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async forCaller(agencyId: string, userId: string, askedFor: string | null): Promise<CallerGrants | null> {
    const agency = await this.dataSource.getRepository(Agency).findOneBy({ id: agencyId });
    if (!agency) return null;
    const today = this.clock.today();
    const memberships: Array<{ id: string; name: string; held: boolean }> = await this.dataSource.query(
      `SELECT p.id, p.name,
              EXISTS (SELECT 1 FROM partnership_role r
                       WHERE r.partnership_id = p.id AND r.agency_id = m.agency_id
                         AND (r.user_id IS NULL OR r.user_id = $3)) AS held
         FROM membership m JOIN partnership p ON p.id = m.partnership_id
        WHERE m.agency_id = $1 AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2)
        ORDER BY p.name`,
      [agency.id, today, userId],
    );
    const choices = memberships.map(({ id, name }) => ({ id, name }));
    const held = memberships.filter((m) => m.held);
    const chosen =
      askedFor !== null
        ? memberships.find((m) => m.id === askedFor)
        : held.length === 1
          ? held[0]
          : memberships.length === 1
            ? memberships[0]
            : undefined;
    const platformRoles: Array<{ role: Role }> = await this.dataSource.query(
      `SELECT role FROM partnership_role WHERE partnership_id IS NULL AND agency_id = $1 AND user_id = $2`,
      [agency.id, userId],
    );
    if (!chosen) return { agency, partnership: null, choices, roles: platformRoles.map((r) => r.role), grants: [] };

    // The members today, each with what other subgraphs need of the directory, in this one statement
    // however many members the partnership has.
    const [partnership]: Array<{
      reference_prefix: string;
      members: MemberAgency[];
      chairs: string[];
    }> = await this.dataSource.query(
      `SELECT p.reference_prefix,
              COALESCE((SELECT json_agg(json_build_object('id', a.id, 'shortName', a.short_name, 'sector', a.sector,
                                                          'firstResponder', a.first_responder) ORDER BY a.id)
                          FROM membership m JOIN agency a ON a.id = m.agency_id
                         WHERE m.partnership_id = p.id AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2)),
                       '[]'::json) AS members,
              ARRAY(SELECT m.agency_id FROM membership m
                     WHERE m.partnership_id = p.id AND m.role = 'CHAIR' AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2)
                     ORDER BY m.agency_id)::text[] AS chairs
         FROM partnership p WHERE p.id = $1`,
      [chosen.id, today],
    );
    const networks: Array<{ id: string; partnership_ids: string[] }> = await this.dataSource.query(
      `SELECT n.network_id AS id,
              ARRAY(SELECT m.partnership_id FROM network_member m WHERE m.network_id = n.network_id ORDER BY 1)::text[] AS partnership_ids
         FROM network_member n WHERE n.partnership_id = $1 ORDER BY n.network_id`,
      [chosen.id],
    );
    const roles: Array<{ role: Role }> = await this.dataSource.query(
      `SELECT DISTINCT role FROM partnership_role
        WHERE partnership_id = $1 AND agency_id = $2 AND (user_id IS NULL OR user_id = $3) ORDER BY role`,
      [chosen.id, agency.id, userId],
    );
    const grants: Array<{ category: DataCategory; agreement_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (category) category, a.id AS agreement_id
         FROM agreement_grant g
         JOIN sharing_agreement a ON a.id = g.agreement_id
         CROSS JOIN LATERAL unnest(g.categories) AS category
        WHERE a.partnership_id = $4 AND a.state = 'ACTIVE' AND a.start_date <= $1 AND a.end_date >= $1
          AND (g.recipient_agency_id = $2 OR g.recipient_sector = $3)
          -- Every recipient is a party that signed: a sector's grant reaches only the agreement's
          -- parties of that sector, never the sector's other (or newly joined) members.
          AND EXISTS (SELECT 1 FROM agreement_party p
                       WHERE p.agreement_id = a.id AND p.agency_id = $2 AND p.signed_at IS NOT NULL)
        ORDER BY category, a.reference`,
      [today, agency.id, agency.sector, chosen.id],
    );
    return {
      agency,
      partnership: {
        id: chosen.id,
        referencePrefix: partnership!.reference_prefix,
        memberAgencyIds: partnership!.members.map((member) => member.id),
        memberAgencies: partnership!.members,
        chairAgencyIds: partnership!.chairs,
        networks: networks.map((n) => ({ id: n.id, partnershipIds: n.partnership_ids })),
      },
      choices,
      roles: [...roles.map((r) => r.role), ...platformRoles.map((r) => r.role)],
      grants: grants.map((row) => ({ category: row.category, agreementId: row.agreement_id })),
    };
  }
}
