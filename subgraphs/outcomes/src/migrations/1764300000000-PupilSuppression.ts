import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MIN_PUPILS, publishOutcomeValues } from '../services/pupilSuppression.service';

/**
 * Small-number suppression (issue #5; the rules are in services/pupilSuppression.service.ts). The figures as
 * imported move to `source_status` and `source_value`; `status` and `value` become the published figures, derived
 * from them, so that every reader (the entity, the aggregates' SQL, school_need) gets the rule without naming it.
 * The last CHECK is the backstop: the table refuses a published value behind fewer than MIN_PUPILS pupils.
 */
export class PupilSuppression1764300000000 implements MigrationInterface {
  name = 'PupilSuppression1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outcome_value
        ADD COLUMN source_status text CHECK (source_status IN ('REPORTED', 'SUPPRESSED', 'MISSING')),
        ADD COLUMN source_value numeric`);
    await queryRunner.query(`UPDATE outcome_value SET source_status = status, source_value = value`);
    await queryRunner.query(`
      ALTER TABLE outcome_value
        ALTER COLUMN source_status SET NOT NULL,
        ALTER COLUMN status SET DEFAULT 'SUPPRESSED',
        ADD CHECK ((source_status = 'REPORTED') = (source_value IS NOT NULL)),
        ADD CHECK (source_status <> 'MISSING' OR pupil_count IS NULL)`);
    await publishOutcomeValues(queryRunner.manager, null);
    await queryRunner.query(`
      ALTER TABLE outcome_value
        ADD CONSTRAINT outcome_value_published_pupils CHECK (status <> 'REPORTED' OR NOT pupil_count < ${MIN_PUPILS})`);
    await queryRunner.query(`REFRESH MATERIALIZED VIEW school_need`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outcome_value DROP CONSTRAINT outcome_value_published_pupils`);
    await queryRunner.query(`UPDATE outcome_value SET status = source_status, value = source_value`);
    await queryRunner.query(`ALTER TABLE outcome_value ALTER COLUMN status DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE outcome_value DROP COLUMN source_status, DROP COLUMN source_value`);
  }
}
