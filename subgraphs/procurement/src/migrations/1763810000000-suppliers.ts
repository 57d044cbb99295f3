import type { MigrationInterface, QueryRunner } from "typeorm";

/** Suppliers. */
export class Suppliers1763810000000 implements MigrationInterface {
  name = "Suppliers1763810000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE supplier (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      company_number text NOT NULL CONSTRAINT supplier_company_number_key UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX supplier_name_idx ON supplier (name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supplier`);
  }
}
