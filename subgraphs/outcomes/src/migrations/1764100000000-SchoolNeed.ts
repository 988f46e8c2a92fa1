import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which school units have high need (issue #4; the words are HIGH_NEED_DEFINITION in services/figureDefinitions.ts):
 * a unit's mean over its latest three years with a reported value, of the indicator that measures need in its
 * school form, ranked into fifths nationally; fifth 1 is high need. Need is national, so it is computed once for
 * every unit, here, and refreshed after seeding and after every outcome import (services/schoolNeed.service.ts);
 * an area's high-need units are then a lookup of its units.
 *
 * The indicator's school form says which form a unit is (this subgraph does not read the schools subgraph's
 * tables). Fifths are ntile(5) over (mean, school_id), as the socio-economic bands are ntile(4): equal-sized
 * groups, ties at a boundary broken by id so that the split is stable.
 */
export class SchoolNeed1764100000000 implements MigrationInterface {
  name = 'SchoolNeed1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE MATERIALIZED VIEW school_need AS
      WITH need_indicator (indicator_code) AS (VALUES ('SALSA_RESIDUAL'), ('DEGREE_WITHIN_3_YEARS')),
      recent AS (
        SELECT v.school_id, v.indicator_code, v.year, v.value,
               row_number() OVER (PARTITION BY v.school_id, v.indicator_code ORDER BY v.year DESC) AS recency
        FROM outcome_value v
        JOIN need_indicator USING (indicator_code)
        WHERE v."group" = 'ALL' AND v.status = 'REPORTED'
      ),
      school_mean AS (
        SELECT school_id, indicator_code, avg(value) AS mean_value, count(*)::int AS years,
               min(year) AS first_year, max(year) AS last_year
        FROM recent
        WHERE recency <= 3
        GROUP BY school_id, indicator_code
      )
      SELECT m.school_id, m.indicator_code, i.school_form, m.mean_value, m.years, m.first_year, m.last_year,
             ntile(5) OVER (PARTITION BY m.indicator_code ORDER BY m.mean_value, m.school_id)::int AS fifth
      FROM school_mean m
      JOIN indicator i ON i.code = m.indicator_code`);
    // Unique, so that an import can refresh it CONCURRENTLY, without blocking the readers of the old contents.
    await queryRunner.query(`CREATE UNIQUE INDEX school_need_school_idx ON school_need (school_id, indicator_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW school_need`);
  }
}
