import type { MigrationInterface, QueryRunner } from "typeorm";
import {
  AgeGroup,
  ConcernSource,
  ConcernStatus,
  ExploitationType,
  Gender,
  InterventionType,
  LocationType,
  NrmDecision,
  OrderKind,
  ResponseLevel,
  Town,
  VictimOutcome,
} from "../entities/enums.js";

/** `'A','B'` for an enum, so the database refuses what the API would. */
const values = (e: Record<string, string>) =>
  Object.values(e)
    .map((v) => `'${v}'`)
    .join(",");

/** Concerns, locations, people screened, NRM referrals, duty-to-notify reports, visits, interventions, offenders, orders, change history. */
export class Cases1763830000000 implements MigrationInterface {
  name = "Cases1763830000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE location (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      type text NOT NULL CONSTRAINT location_type_check CHECK (type IN (${values(LocationType)})),
      town text NOT NULL CONSTRAINT location_town_check CHECK (town IN (${values(Town)})),
      ward text NOT NULL,
      address text NOT NULL,
      postcode text NOT NULL,
      business_name text,
      company_number text CONSTRAINT location_company_number_check CHECK (company_number ~ '^[A-Z0-9]{8}$'),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE INDEX location_company_number_idx ON location (company_number) WHERE company_number IS NOT NULL`,
    );

    await q.query(`CREATE TABLE concern_reference_counter (
      year int PRIMARY KEY,
      last int NOT NULL)`);

    await q.query(`CREATE TABLE concern (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reference text NOT NULL CONSTRAINT concern_reference_key UNIQUE,
      received_on date NOT NULL,
      source text NOT NULL CONSTRAINT concern_source_check CHECK (source IN (${values(ConcernSource)})),
      referring_agency_id uuid,
      exploitation_types text[] NOT NULL
        CONSTRAINT concern_exploitation_types_check
        CHECK (cardinality(exploitation_types) > 0 AND exploitation_types <@ ARRAY[${values(ExploitationType)}]::text[]),
      status text NOT NULL CONSTRAINT concern_status_check CHECK (status IN (${values(ConcernStatus)})),
      response_level text CONSTRAINT concern_response_level_check CHECK (response_level IN (${values(ResponseLevel)})),
      lead_agency_id uuid,
      participating_agency_ids uuid[] NOT NULL DEFAULT '{}',
      location_id uuid NOT NULL REFERENCES location (id) ON DELETE RESTRICT,
      intelligence_summary text,
      crime_reference text,
      outcome text,
      closed_on date,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT concern_closed_check CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
      CONSTRAINT concern_outcome_check CHECK (status <> 'CLOSED' OR outcome IS NOT NULL))`);
    await q.query(`CREATE INDEX concern_received_on_idx ON concern (received_on, id)`);
    await q.query(`CREATE INDEX concern_location_idx ON concern (location_id)`);
    await q.query(`CREATE INDEX concern_lead_agency_idx ON concern (lead_agency_id, received_on)`);
    await q.query(`CREATE INDEX concern_referring_agency_idx ON concern (referring_agency_id)`);
    await q.query(`CREATE INDEX concern_participating_idx ON concern USING gin (participating_agency_ids)`);
    await q.query(`CREATE INDEX concern_status_idx ON concern (status)`);

    await q.query(`CREATE TABLE concern_change (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
      version int NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now(),
      changed_by_user text NOT NULL,
      changed_by_agency uuid NOT NULL,
      reason text,
      changes jsonb NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX concern_change_concern_idx ON concern_change (concern_id, version)`);
    // History is evidence: it is never rewritten.
    await q.query(`CREATE FUNCTION concern_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'concern_change is append-only'; END $$`);
    await q.query(`CREATE TRIGGER concern_change_append_only BEFORE UPDATE OR DELETE ON concern_change
      FOR EACH ROW EXECUTE FUNCTION concern_change_append_only()`);

    await q.query(`CREATE TABLE disruption_visit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      location_id uuid NOT NULL REFERENCES location (id) ON DELETE RESTRICT,
      visited_on date NOT NULL,
      agency_ids uuid[] NOT NULL CONSTRAINT disruption_visit_agencies_check CHECK (cardinality(agency_ids) > 0),
      notes text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX disruption_visit_concern_idx ON disruption_visit (concern_id)`);
    await q.query(`CREATE INDEX disruption_visit_location_idx ON disruption_visit (location_id)`);
    await q.query(`CREATE INDEX disruption_visit_visited_on_idx ON disruption_visit (visited_on)`);

    await q.query(`CREATE TABLE potential_victim (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      visit_id uuid REFERENCES disruption_visit (id) ON DELETE RESTRICT,
      screened_on date NOT NULL,
      age_group text NOT NULL CONSTRAINT potential_victim_age_group_check CHECK (age_group IN (${values(AgeGroup)})),
      gender text NOT NULL CONSTRAINT potential_victim_gender_check CHECK (gender IN (${values(Gender)})),
      nationality text,
      exploitation_type text NOT NULL
        CONSTRAINT potential_victim_exploitation_type_check CHECK (exploitation_type IN (${values(ExploitationType)})),
      full_name text,
      aliases text[] NOT NULL DEFAULT '{}',
      date_of_birth date,
      phone text,
      current_address text,
      support_needs text,
      health_needs text,
      outcome text NOT NULL CONSTRAINT potential_victim_outcome_check CHECK (outcome IN (${values(VictimOutcome)})),
      support_provider_agency_id uuid,
      accommodation text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX potential_victim_concern_idx ON potential_victim (concern_id)`);
    await q.query(`CREATE INDEX potential_victim_visit_idx ON potential_victim (visit_id)`);
    await q.query(`CREATE INDEX potential_victim_screened_on_idx ON potential_victim (screened_on)`);

    await q.query(`CREATE TABLE nrm_referral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      victim_id uuid NOT NULL REFERENCES potential_victim (id) ON DELETE RESTRICT,
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      referred_on date NOT NULL,
      referring_agency_id uuid NOT NULL,
      referrer_email text NOT NULL,
      consent_given boolean,
      minor boolean NOT NULL,
      reasonable_grounds text NOT NULL DEFAULT 'PENDING'
        CONSTRAINT nrm_referral_reasonable_grounds_check CHECK (reasonable_grounds IN (${values(NrmDecision)})),
      reasonable_grounds_on date,
      conclusive_grounds text NOT NULL DEFAULT 'PENDING'
        CONSTRAINT nrm_referral_conclusive_grounds_check CHECK (conclusive_grounds IN (${values(NrmDecision)})),
      conclusive_grounds_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT nrm_referral_consent_check CHECK (minor OR consent_given),
      CONSTRAINT nrm_referral_rg_date_check CHECK (reasonable_grounds_on IS NULL OR reasonable_grounds_on >= referred_on),
      CONSTRAINT nrm_referral_cg_date_check CHECK (conclusive_grounds_on IS NULL OR conclusive_grounds_on >= reasonable_grounds_on))`);
    await q.query(`CREATE UNIQUE INDEX nrm_referral_victim_idx ON nrm_referral (victim_id)`);
    await q.query(`CREATE INDEX nrm_referral_concern_idx ON nrm_referral (concern_id)`);
    await q.query(`CREATE INDEX nrm_referral_referred_on_idx ON nrm_referral (referred_on)`);
    await q.query(`CREATE INDEX nrm_referral_referrer_idx ON nrm_referral (referrer_email)`);
    await q.query(`CREATE INDEX nrm_referral_referring_agency_idx ON nrm_referral (referring_agency_id)`);

    await q.query(`CREATE TABLE duty_to_notify (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      victim_id uuid NOT NULL REFERENCES potential_victim (id) ON DELETE RESTRICT,
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      reported_on date NOT NULL,
      reporting_agency_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE UNIQUE INDEX duty_to_notify_victim_idx ON duty_to_notify (victim_id)`);
    await q.query(`CREATE INDEX duty_to_notify_concern_idx ON duty_to_notify (concern_id)`);
    await q.query(`CREATE INDEX duty_to_notify_reported_on_idx ON duty_to_notify (reported_on)`);

    await q.query(`CREATE TABLE intervention (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      visit_id uuid REFERENCES disruption_visit (id) ON DELETE RESTRICT,
      agency_id uuid NOT NULL,
      type text NOT NULL CONSTRAINT intervention_type_check CHECK (type IN (${values(InterventionType)})),
      carried_out_on date NOT NULL,
      outcome text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX intervention_concern_idx ON intervention (concern_id)`);
    await q.query(`CREATE INDEX intervention_visit_idx ON intervention (visit_id)`);
    await q.query(`CREATE INDEX intervention_carried_out_on_idx ON intervention (carried_out_on)`);

    await q.query(`CREATE TABLE offender (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      full_name text NOT NULL,
      date_of_birth date,
      role text,
      arrested_on date,
      charge text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX offender_concern_idx ON offender (concern_id)`);

    await q.query(`CREATE TABLE prevention_order (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      offender_id uuid REFERENCES offender (id) ON DELETE RESTRICT,
      kind text NOT NULL CONSTRAINT prevention_order_kind_check CHECK (kind IN (${values(OrderKind)})),
      subject text NOT NULL,
      granted_on date NOT NULL,
      expires_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT prevention_order_dates_check CHECK (expires_on > granted_on))`);
    await q.query(`CREATE INDEX prevention_order_concern_idx ON prevention_order (concern_id)`);
    await q.query(`CREATE INDEX prevention_order_granted_on_idx ON prevention_order (granted_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "prevention_order",
      "offender",
      "intervention",
      "duty_to_notify",
      "nrm_referral",
      "potential_victim",
      "disruption_visit",
      "concern_change",
      "concern",
      "concern_reference_counter",
      "location",
    ])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION concern_change_append_only()`);
  }
}
