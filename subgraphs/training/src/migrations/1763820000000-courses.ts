import type { MigrationInterface, QueryRunner } from "typeorm";

export class Courses1763820000000 implements MigrationInterface {
  name = "Courses1763820000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE course (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE course`);
  }
}
