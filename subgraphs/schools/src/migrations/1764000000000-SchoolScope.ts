import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The school units as the reporting figures count them, with each unit's socio-economic band: the quartile of its
 * latest socio-economic index among units of its school form nationally (issue #4). A materialized view, refreshed
 * after seeding and imports, so that the scope of the whole nation is one index scan per request.
 */
export class SchoolScope1764000000000 implements MigrationInterface {
  name = 'SchoolScope1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE MATERIALIZED VIEW school_scope AS
      WITH latest AS (
        SELECT DISTINCT ON (school_id) school_id, socio_economic_index
        FROM school_year ORDER BY school_id, year DESC
      )
      SELECT s.id, s.organiser_id, o.type AS organiser_type, s.school_form, s.municipality_code, s.county_code,
             CASE WHEN latest.school_id IS NULL THEN NULL
                  ELSE ntile(4) OVER (PARTITION BY s.school_form, latest.school_id IS NULL
                                      ORDER BY latest.socio_economic_index, s.id)
             END::int AS socio_economic_band
      FROM school s
      JOIN organiser o ON o.id = s.organiser_id
      LEFT JOIN latest ON latest.school_id = s.id`);
    await queryRunner.query(`CREATE UNIQUE INDEX school_scope_id_idx ON school_scope (id)`);
    await queryRunner.query(`CREATE INDEX school_scope_county_idx ON school_scope (county_code)`);
    await queryRunner.query(`CREATE INDEX school_scope_municipality_idx ON school_scope (municipality_code)`);
    await queryRunner.query(`CREATE INDEX school_scope_organiser_idx ON school_scope (organiser_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW school_scope`);
  }
}
