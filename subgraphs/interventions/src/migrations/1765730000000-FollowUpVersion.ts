import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15: two people completing one follow-up. A follow-up gets a version as the intervention has one
 * (InterventionVersion): every write to its row, by a mutation or an import, makes the next, by the same trigger
 * function, which is renamed from the intervention's to say it serves both.
 */
export class FollowUpVersion1765730000000 implements MigrationInterface {
  name = 'FollowUpVersion1765730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER FUNCTION next_intervention_version() RENAME TO next_row_version');
    await queryRunner.query('ALTER TABLE follow_up ADD COLUMN version integer NOT NULL DEFAULT 1');
    await queryRunner.query(`
      CREATE TRIGGER next_follow_up_version BEFORE UPDATE ON follow_up
      FOR EACH ROW EXECUTE FUNCTION next_row_version()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER next_follow_up_version ON follow_up');
    await queryRunner.query('ALTER TABLE follow_up DROP COLUMN version');
    await queryRunner.query('ALTER FUNCTION next_row_version() RENAME TO next_intervention_version');
  }
}
