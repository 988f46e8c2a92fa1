import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SchoolTables1763800000000 implements MigrationInterface {
  name = 'SchoolTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organiser (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('MUNICIPAL', 'INDEPENDENT')),
        organisation_number text NOT NULL UNIQUE CHECK (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
        municipality_code char(4) NOT NULL CHECK (municipality_code ~ '^[0-9]{4}$')
      )`);
    await queryRunner.query(`
      CREATE TABLE school (
        id uuid PRIMARY KEY,
        unit_code text NOT NULL UNIQUE CHECK (unit_code ~ '^[0-9]{8}$'),
        name text NOT NULL,
        school_form text NOT NULL CHECK (school_form IN
          ('GRUNDSKOLA', 'GYMNASIESKOLA', 'ANPASSAD_GRUNDSKOLA', 'ANPASSAD_GYMNASIESKOLA', 'SPECIALSKOLA')),
        municipality_code char(4) NOT NULL CHECK (municipality_code ~ '^[0-9]{4}$'),
        county_code char(2) GENERATED ALWAYS AS (left(municipality_code, 2)) STORED,
        organiser_id uuid NOT NULL REFERENCES organiser (id)
      )`);
    await queryRunner.query(`CREATE INDEX school_municipality_code_idx ON school (municipality_code)`);
    await queryRunner.query(`CREATE INDEX school_county_code_idx ON school (county_code)`);
    await queryRunner.query(`CREATE INDEX school_organiser_id_idx ON school (organiser_id)`);
    await queryRunner.query(`CREATE INDEX organiser_municipality_code_idx ON organiser (municipality_code)`);
    await queryRunner.query(`
      CREATE TABLE school_year (
        school_id uuid NOT NULL REFERENCES school (id) ON DELETE CASCADE,
        year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        pupil_count int NOT NULL CHECK (pupil_count >= 0),
        socio_economic_index numeric(6, 2) NOT NULL,
        PRIMARY KEY (school_id, year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE school_year`);
    await queryRunner.query(`DROP TABLE school`);
    await queryRunner.query(`DROP TABLE organiser`);
  }
}
