import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome_value CHECKs get names that say what they hold, so that an import refused by one can name the column
 * and the rule (import/outcomeValueConstraints.ts), and the published "no data" rule is restated on the imported
 * figure, where it belongs.
 *
 * `status <> 'MISSING' OR pupil_count IS NULL` was written before the published status was derived from the
 * imported one (1764300000000). It then tied the published status of the old figure to the pupil count of the new
 * one, and a "." revised to a number with its pupil count was refused. The imported figure keeps that rule
 * (source_status, below); the published status is tied to the imported one instead: "no data" exactly when the
 * source says "no data", since suppression only ever withholds a reported value.
 */
export class OutcomeValueConstraintNames1765100000000 implements MigrationInterface {
  name = 'OutcomeValueConstraintNames1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outcome_value RENAME CONSTRAINT outcome_value_check TO outcome_value_published_value`);
    await queryRunner.query(`
      ALTER TABLE outcome_value RENAME CONSTRAINT outcome_value_check2 TO outcome_value_source_value`);
    await queryRunner.query(`
      ALTER TABLE outcome_value RENAME CONSTRAINT outcome_value_check3 TO outcome_value_source_missing_pupils`);
    await queryRunner.query(`ALTER TABLE outcome_value DROP CONSTRAINT outcome_value_check1`);
    await queryRunner.query(`
      ALTER TABLE outcome_value
        ADD CONSTRAINT outcome_value_published_missing CHECK ((status = 'MISSING') = (source_status = 'MISSING'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outcome_value DROP CONSTRAINT outcome_value_published_missing`);
    await queryRunner.query(`
      ALTER TABLE outcome_value ADD CONSTRAINT outcome_value_check1 CHECK (status <> 'MISSING' OR pupil_count IS NULL)`);
    await queryRunner.query(`
      ALTER TABLE outcome_value RENAME CONSTRAINT outcome_value_source_missing_pupils TO outcome_value_check3`);
    await queryRunner.query(`
      ALTER TABLE outcome_value RENAME CONSTRAINT outcome_value_source_value TO outcome_value_check2`);
    await queryRunner.query(`
      ALTER TABLE outcome_value RENAME CONSTRAINT outcome_value_published_value TO outcome_value_check`);
  }
}
