import type { MigrationInterface, QueryRunner } from "typeorm";

const SECTORS =
  "'POLICE','LOCAL_AUTHORITY','NGO','HEALTH','FIRE','REGULATOR','UTILITY','CHILDRENS_TRUST','FAITH_COMMUNITY','BUSINESS','ACADEMIC'";
const CATEGORIES =
  "'CASE_SUMMARY','LOCATION_ADDRESS','VICTIM_IDENTITY','VICTIM_DEMOGRAPHICS','SAFEGUARDING','HEALTH','POLICE_INTELLIGENCE','OFFENDER_IDENTITY','ENFORCEMENT','SUPPLIER_RISK','COMMERCIAL','PERSONNEL','STATISTICS'";

/** The directory (agencies, people, partnerships) and the sharing agreements between agencies. */
export class DirectoryAndAgreements1763800000000 implements MigrationInterface {
  name = "DirectoryAndAgreements1763800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agency (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      short_name text NOT NULL CONSTRAINT agency_short_name_key UNIQUE,
      sector text NOT NULL CONSTRAINT agency_sector_check CHECK (sector IN (${SECTORS})),
      first_responder boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX agency_name_idx ON agency (name, id)`);

    await q.query(`CREATE TABLE person (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      email text NOT NULL CONSTRAINT person_email_key UNIQUE CONSTRAINT person_email_lower_check CHECK (email = lower(email)),
      job_title text,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX person_agency_idx ON person (agency_id)`);
    await q.query(`CREATE INDEX person_name_idx ON person (name, id)`);

    await q.query(`CREATE TABLE partnership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CONSTRAINT partnership_name_key UNIQUE,
      area text NOT NULL,
      parent_network text,
      terms_of_reference text)`);

    await q.query(`CREATE TABLE membership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      role text NOT NULL CONSTRAINT membership_role_check CHECK (role IN ('CHAIR','CORE_MEMBER','MEMBER','ADVISORY')),
      since date NOT NULL,
      CONSTRAINT membership_partnership_agency_key UNIQUE (partnership_id, agency_id))`);

    await q.query(`CREATE TABLE sharing_agreement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reference text NOT NULL CONSTRAINT sharing_agreement_reference_key UNIQUE,
      title text NOT NULL,
      purpose text NOT NULL,
      lawful_basis text NOT NULL,
      start_date date NOT NULL,
      end_date date NOT NULL,
      review_date date,
      state text NOT NULL CONSTRAINT sharing_agreement_state_check CHECK (state IN ('DRAFT','ACTIVE','SUSPENDED')),
      suspended_reason text,
      version integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sharing_agreement_dates_check CHECK (end_date > start_date))`);

    await q.query(`CREATE TABLE agreement_party (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES sharing_agreement (id) ON DELETE CASCADE,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      signed_at timestamptz,
      signed_by text,
      CONSTRAINT agreement_party_agreement_agency_key UNIQUE (agreement_id, agency_id),
      CONSTRAINT agreement_party_signature_check CHECK ((signed_at IS NULL) = (signed_by IS NULL)))`);
    await q.query(`CREATE INDEX agreement_party_agency_idx ON agreement_party (agency_id)`);

    await q.query(`CREATE TABLE agreement_grant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES sharing_agreement (id) ON DELETE CASCADE,
      recipient_agency_id uuid REFERENCES agency (id) ON DELETE RESTRICT,
      recipient_sector text CONSTRAINT agreement_grant_sector_check CHECK (recipient_sector IN (${SECTORS})),
      categories text[] NOT NULL CONSTRAINT agreement_grant_categories_check
        CHECK (cardinality(categories) > 0 AND categories <@ ARRAY[${CATEGORIES}]::text[]),
      CONSTRAINT agreement_grant_one_recipient_check CHECK ((recipient_agency_id IS NULL) <> (recipient_sector IS NULL)))`);
    await q.query(`CREATE INDEX agreement_grant_agreement_idx ON agreement_grant (agreement_id)`);
    await q.query(`CREATE INDEX agreement_grant_recipient_agency_idx ON agreement_grant (recipient_agency_id)`);
    await q.query(`CREATE INDEX agreement_grant_recipient_sector_idx ON agreement_grant (recipient_sector)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "agreement_grant",
      "agreement_party",
      "sharing_agreement",
      "membership",
      "partnership",
      "person",
      "agency",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
