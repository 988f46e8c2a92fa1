import {
  createScopeFunctions,
  protectMaterializedView,
  protectReferenceTable,
  protectTable,
  unprotectTable,
} from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security (issue #5). An outcome value is readable when its school unit lies in the user's
 * municipalities. The schools subgraph owns where a unit lies; this subgraph keeps its own copy of that one fact
 * per unit (`school_area`), written when values for the unit are seeded or imported, so that its policies need no
 * other service. A database from before this migration learns it on the next import or `npm run seed`.
 */
export class RowLevelSecurity1764200000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createScopeFunctions(queryRunner);
    await queryRunner.query(`
      CREATE TABLE school_area (
        school_id uuid PRIMARY KEY,
        municipality_code char(4) NOT NULL CHECK (municipality_code ~ '^[0-9]{4}$')
      )`);
    await protectTable(queryRunner, 'school_area', { using: 'lagesbild_may_read(municipality_code)' });
    await protectTable(queryRunner, 'outcome_value', {
      using: `lagesbild_scope_all()
              OR EXISTS (SELECT 1 FROM school_area a WHERE a.school_id = outcome_value.school_id)`,
    });
    await protectReferenceTable(queryRunner, 'indicator');
    await protectMaterializedView(queryRunner, 'school_need', {
      name: 'visible_school_need',
      // The view runs with its owner's rights, so the scope is applied here rather than by school_area's policy.
      where: `lagesbild_scope_all() OR EXISTS (SELECT 1 FROM school_area a
                WHERE a.school_id = school_need.school_id AND lagesbild_may_read(a.municipality_code))`,
      concurrently: true,
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS refresh_school_need()');
    await queryRunner.query('DROP VIEW IF EXISTS visible_school_need');
    for (const table of ['outcome_value', 'indicator']) await unprotectTable(queryRunner, table);
    await queryRunner.query('DROP TABLE school_area');
  }
}
