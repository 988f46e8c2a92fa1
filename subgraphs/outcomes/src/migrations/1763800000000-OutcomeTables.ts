import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomeTables1763800000000 implements MigrationInterface {
  name = 'OutcomeTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
        name_sv text NOT NULL,
        name_en text NOT NULL,
        unit text NOT NULL CHECK (unit IN ('PERCENT', 'POINTS', 'RESIDUAL_POINTS')),
        school_form text NOT NULL,
        higher_is_better boolean NOT NULL,
        source text NOT NULL,
        min_value numeric NOT NULL,
        max_value numeric NOT NULL CHECK (max_value > min_value)
      )`);
    // A reported value has a value and a count; a suppressed one never shows its value; a missing one has neither.
    await queryRunner.query(`
      CREATE TABLE outcome_value (
        school_id uuid NOT NULL,
        indicator_code text NOT NULL REFERENCES indicator (code),
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        "group" text NOT NULL CHECK ("group" IN ('ALL', 'GIRLS', 'BOYS')),
        status text NOT NULL CHECK (status IN ('REPORTED', 'SUPPRESSED', 'MISSING')),
        value numeric,
        pupil_count int CHECK (pupil_count >= 0),
        PRIMARY KEY (school_id, indicator_code, year, "group"),
        CHECK ((status = 'REPORTED') = (value IS NOT NULL)),
        CHECK (status <> 'MISSING' OR pupil_count IS NULL)
      )`);
    await queryRunner.query(`CREATE INDEX outcome_value_indicator_year_idx ON outcome_value (indicator_code, year)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outcome_value`);
    await queryRunner.query(`DROP TABLE indicator`);
  }
}
