import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The register of machine clients: an agency's system that signs in with a client-credentials
 * token from its own identity provider, acting for that agency in one partnership with the roles
 * registered here. The checks repeat the service's rules so a row written any other way cannot
 * break them: operational roles only (never an administrator's, a data protection officer's or the
 * gateway's own), and one active registration per (issuer, client id) across every partnership.
 * Changes are announced on the grants channel, so every gateway drops its cached registrations
 * (a revoked client stops at once, not when the cache expires).
 */
export class MachineClients1766400000000 implements MigrationInterface {
  name = "MachineClients1766400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE machine_client (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE RESTRICT,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      issuer text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
      client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
      name text NOT NULL CHECK (length(name) BETWEEN 3 AND 200),
      roles text[] NOT NULL CHECK (
        cardinality(roles) > 0
        AND roles <@ ARRAY['COORDINATOR','CASEWORKER','TRAINING_ADMIN','PROCUREMENT_OFFICER','AUDITOR','READ_ONLY']::text[]
      ),
      registered_by_user_id text NOT NULL,
      registered_by_agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      registered_at timestamptz NOT NULL,
      revoked_at timestamptz,
      revoked_by_user_id text,
      CONSTRAINT machine_client_revocation CHECK ((revoked_at IS NULL) = (revoked_by_user_id IS NULL))
    )`);
    await q.query(
      `CREATE UNIQUE INDEX machine_client_active_idx ON machine_client (issuer, client_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX machine_client_partnership_idx ON machine_client (partnership_id, name)`);
    // The function the grants-changed migration created: one channel for everything a caller
    // profile is read from.
    await q.query(`CREATE TRIGGER machine_client_grants_changed
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON machine_client
      FOR EACH STATEMENT EXECUTE FUNCTION notify_grants_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE machine_client`);
  }
}
