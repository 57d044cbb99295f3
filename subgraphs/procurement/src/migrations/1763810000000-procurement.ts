import type { MigrationInterface, QueryRunner } from "typeorm";

const SECTORS =
  "'CAR_WASH','WASTE_RECYCLING','FOOD_PROCESSING','CLEANING','CONSTRUCTION','AGRICULTURE','HOSPITALITY','SOCIAL_CARE','TEXTILES','LOGISTICS','FACILITIES_MANAGEMENT','PROFESSIONAL_SERVICES','IT_SERVICES','OTHER'";
const TURNOVER = "'UNDER_36M','FROM_36M_TO_60M','FROM_60M_TO_100M','FROM_100M_TO_500M','OVER_500M','UNKNOWN'";
const TRAITS = "'AGENCY_LABOUR','MIGRANT_WORKERS','SEASONAL','LOW_SKILLED','SUBCONTRACTED'";
const COMMODITIES =
  "'TEXTILES_COTTON','ELECTRONICS','PPE_GLOVES','SOLAR_PANELS','FOOD_PRODUCE','CONSTRUCTION_MATERIALS'";
const AREAS = "'STRUCTURE_AND_SUPPLY_CHAINS','POLICIES','DUE_DILIGENCE','RISK_ASSESSMENT','KPIS','TRAINING'";

/** Suppliers, contracts, modern slavery statements, due-diligence assessments, audits, findings and corrective actions. */
export class Procurement1763810000000 implements MigrationInterface {
  name = "Procurement1763810000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE supplier (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CONSTRAINT supplier_name_check CHECK (length(trim(name)) > 0),
      company_number text NOT NULL CONSTRAINT supplier_company_number_key UNIQUE
        CONSTRAINT supplier_company_number_check CHECK (company_number ~ '^[A-Z0-9]{8}$'),
      sector text NOT NULL CONSTRAINT supplier_sector_check CHECK (sector IN (${SECTORS})),
      turnover_band text NOT NULL CONSTRAINT supplier_turnover_band_check CHECK (turnover_band IN (${TURNOVER})),
      financial_year_end text NOT NULL DEFAULT '03-31'
        CONSTRAINT supplier_financial_year_end_check CHECK (financial_year_end ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
      website text,
      workforce_traits text[] NOT NULL DEFAULT '{}'
        CONSTRAINT supplier_workforce_traits_check CHECK (workforce_traits <@ ARRAY[${TRAITS}]::text[]),
      location text NOT NULL DEFAULT 'UK'
        CONSTRAINT supplier_location_check CHECK (location IN ('UK','OVERSEAS_LOWER_RISK','OVERSEAS_HIGHER_RISK')),
      commodities text[] NOT NULL DEFAULT '{}'
        CONSTRAINT supplier_commodities_check CHECK (commodities <@ ARRAY[${COMMODITIES}]::text[]),
      statement_status text NOT NULL
        CONSTRAINT supplier_statement_status_check CHECK (statement_status IN ('COMPLIANT','PARTIAL','MISSING','OVERDUE','NOT_REQUIRED')),
      risk_rating text NOT NULL CONSTRAINT supplier_risk_rating_check CHECK (risk_rating IN ('LOW','MEDIUM','HIGH')),
      assessed_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX supplier_name_idx ON supplier (name, id)`);
    await q.query(`CREATE INDEX supplier_assessed_on_idx ON supplier (assessed_on)`);

    await q.query(`CREATE TABLE contract (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reference text NOT NULL CONSTRAINT contract_reference_key UNIQUE,
      supplier_id uuid NOT NULL REFERENCES supplier (id) ON DELETE RESTRICT,
      agency_id uuid NOT NULL,
      department text NOT NULL,
      category text NOT NULL,
      value numeric(14, 2) NOT NULL CONSTRAINT contract_value_check CHECK (value >= 0),
      start_date date NOT NULL,
      end_date date NOT NULL,
      modern_slavery_clause boolean NOT NULL,
      code_of_conduct boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT contract_dates_check CHECK (end_date >= start_date))`);
    await q.query(`CREATE INDEX contract_supplier_idx ON contract (supplier_id)`);
    await q.query(`CREATE INDEX contract_reference_idx ON contract (reference, id)`);

    await q.query(`CREATE TABLE modern_slavery_statement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      supplier_id uuid NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
      period_start date NOT NULL,
      period_end date NOT NULL,
      url text NOT NULL CONSTRAINT statement_url_check CHECK (url ~ '^https?://'),
      published_on date,
      approved_on date,
      signed_by text,
      signer_role text,
      signed_by_director boolean NOT NULL DEFAULT false,
      linked_from_home_page boolean NOT NULL DEFAULT false,
      submitted_to_registry boolean NOT NULL DEFAULT false,
      areas text[] NOT NULL DEFAULT '{}' CONSTRAINT statement_areas_check CHECK (areas <@ ARRAY[${AREAS}]::text[]),
      source text NOT NULL CONSTRAINT statement_source_check CHECK (source IN ('MANUAL','REGISTRY')),
      registry_year int,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT statement_supplier_period_key UNIQUE (supplier_id, period_end),
      CONSTRAINT statement_period_check CHECK (period_end > period_start AND period_end - period_start <= 550),
      CONSTRAINT statement_director_check CHECK (NOT signed_by_director OR signed_by IS NOT NULL))`);

    await q.query(`CREATE TABLE assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      supplier_id uuid NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
      agency_id uuid NOT NULL,
      assessed_on date NOT NULL,
      score int NOT NULL CONSTRAINT assessment_score_check CHECK (score BETWEEN 0 AND 100),
      outcome text NOT NULL CONSTRAINT assessment_outcome_check CHECK (outcome IN ('SATISFACTORY','NEEDS_IMPROVEMENT','UNSATISFACTORY')),
      notes text)`);
    await q.query(`CREATE INDEX assessment_supplier_idx ON assessment (supplier_id)`);

    await q.query(`CREATE TABLE audit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      supplier_id uuid NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
      agency_id uuid NOT NULL,
      kind text NOT NULL CONSTRAINT audit_kind_check CHECK (kind IN ('SITE_VISIT','DOCUMENT_REVIEW','WORKER_INTERVIEWS')),
      audited_on date NOT NULL,
      auditor text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX audit_supplier_idx ON audit (supplier_id)`);

    await q.query(`CREATE TABLE audit_finding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      audit_id uuid NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
      supplier_id uuid NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
      agency_id uuid NOT NULL,
      severity text NOT NULL CONSTRAINT audit_finding_severity_check CHECK (severity IN ('LOW','MEDIUM','HIGH','CRITICAL')),
      description text NOT NULL,
      open boolean NOT NULL DEFAULT true)`);
    await q.query(`CREATE INDEX audit_finding_audit_idx ON audit_finding (audit_id)`);
    await q.query(`CREATE INDEX audit_finding_supplier_idx ON audit_finding (supplier_id) WHERE open`);

    await q.query(`CREATE TABLE corrective_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      finding_id uuid NOT NULL REFERENCES audit_finding (id) ON DELETE CASCADE,
      supplier_id uuid NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
      description text NOT NULL,
      due_on date NOT NULL,
      status text NOT NULL CONSTRAINT corrective_action_status_check CHECK (status IN ('OPEN','IN_PROGRESS','DONE')),
      completed_on date,
      CONSTRAINT corrective_action_completed_check CHECK ((status = 'DONE') = (completed_on IS NOT NULL)))`);
    await q.query(`CREATE INDEX corrective_action_finding_idx ON corrective_action (finding_id)`);
    await q.query(`CREATE INDEX corrective_action_due_idx ON corrective_action (due_on, id) WHERE status <> 'DONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "corrective_action",
      "audit_finding",
      "audit",
      "assessment",
      "modern_slavery_statement",
      "contract",
      "supplier",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
