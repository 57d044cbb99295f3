import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The register of data subjects' requests (access, rectification, erasure): when each was
 * received, when its answer is due and how it ended. The checks repeat the service's rules so a
 * row written any other way cannot break them: at least one search condition, at most two months'
 * extension with a reason, and a completion day only on a request no longer open.
 */
export class SubjectRequests1766200000000 implements MigrationInterface {
  name = "SubjectRequests1766200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE subject_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE RESTRICT,
      kind text NOT NULL CHECK (kind IN ('ACCESS', 'RECTIFICATION', 'ERASURE')),
      subject text NOT NULL,
      search_name text,
      search_date_of_birth date,
      search_email text,
      search_reference text,
      received_on date NOT NULL,
      due_on date NOT NULL,
      extension_months int NOT NULL DEFAULT 0,
      extension_reason text,
      status text NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'REFUSED')),
      completed_on date,
      outcome text,
      made_to_agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      recorded_by_user_id text NOT NULL,
      recorded_by_agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT subject_request_searchable CHECK (num_nonnulls(search_name, search_date_of_birth, search_email, search_reference) > 0),
      CONSTRAINT subject_request_extension CHECK (extension_months BETWEEN 0 AND 2 AND (extension_months = 0) = (extension_reason IS NULL)),
      CONSTRAINT subject_request_due CHECK (due_on > received_on),
      CONSTRAINT subject_request_closed CHECK ((status = 'OPEN') = (completed_on IS NULL) AND (completed_on IS NULL OR completed_on >= received_on))
    )`);
    await q.query(`CREATE INDEX subject_request_partnership_due_on_idx ON subject_request (partnership_id, due_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subject_request`);
  }
}
