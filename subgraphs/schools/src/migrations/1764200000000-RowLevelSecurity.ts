import { createScopeFunctions, protectMaterializedView, protectTable, unprotectTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security (issue #5): a user reads the school units of their municipalities, their years, and the
 * organisers seated there or running a unit there. The scope view is read through `visible_school_scope`.
 */
export class RowLevelSecurity1764200000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createScopeFunctions(queryRunner);
    await protectTable(queryRunner, 'school', { using: 'lagesbild_may_read(municipality_code)' });
    await protectTable(queryRunner, 'school_year', {
      using: 'EXISTS (SELECT 1 FROM school s WHERE s.id = school_year.school_id)',
    });
    await protectTable(queryRunner, 'organiser', {
      using: `lagesbild_may_read(municipality_code)
              OR EXISTS (SELECT 1 FROM school s WHERE s.organiser_id = organiser.id)`,
      // A new organiser is written before its schools, so writing one needs its seat in scope.
      check: 'lagesbild_may_read(municipality_code)',
    });
    await protectMaterializedView(queryRunner, 'school_scope', {
      name: 'visible_school_scope',
      where: 'lagesbild_may_read(municipality_code)',
      concurrently: true,
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS refresh_school_scope()');
    await queryRunner.query('DROP VIEW IF EXISTS visible_school_scope');
    for (const table of ['school', 'school_year', 'organiser']) await unprotectTable(queryRunner, table);
  }
}
