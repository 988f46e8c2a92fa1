import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index by indicator and year on the outcome rollup, so that the years of results held for an indicator (the
 * bound on grouped combinations, services/resultYears.service.ts) are two index probes rather than a scan of the
 * indicator's rows, which the primary key orders by group, county and municipality before the year.
 */
export class OutcomeRollupYearIndex1765780000000 implements MigrationInterface {
  name = 'OutcomeRollupYearIndex1765780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX outcome_rollup_year_idx ON outcome_rollup (indicator_code, year)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX outcome_rollup_year_idx');
  }
}
