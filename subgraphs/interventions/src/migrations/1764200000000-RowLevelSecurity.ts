import { createScopeFunctions, protectTable, unprotectTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security (issue #5). An intervention is readable by the national roles, by its own office, and by
 * whoever may read a municipality its organiser is active in (`organiser_area`, this subgraph's copy of where
 * organisers are active; see services/organiserArea.ts). Targets and follow-ups follow their intervention. A
 * database from before this migration learns the areas on the next import or `npm run seed`.
 */
export class RowLevelSecurity1764200000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createScopeFunctions(queryRunner);
    await queryRunner.query(`
      CREATE TABLE organiser_area (
        organiser_id uuid NOT NULL,
        municipality_code char(4) NOT NULL CHECK (municipality_code ~ '^[0-9]{4}$'),
        PRIMARY KEY (organiser_id, municipality_code)
      )`);
    await protectTable(queryRunner, 'organiser_area', { using: 'lagesbild_may_read(municipality_code)' });
    await protectTable(queryRunner, 'intervention', {
      using: `lagesbild_scope_all() OR office_id = lagesbild_office()
              OR EXISTS (SELECT 1 FROM organiser_area a WHERE a.organiser_id = intervention.organiser_id)`,
    });
    for (const table of ['intervention_school', 'follow_up']) {
      await protectTable(queryRunner, table, {
        using: `EXISTS (SELECT 1 FROM intervention i WHERE i.id = ${table}.intervention_id)`,
      });
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['follow_up', 'intervention_school', 'intervention']) await unprotectTable(queryRunner, table);
    await queryRunner.query('DROP TABLE organiser_area');
  }
}
