import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceTables1763800000000 implements MigrationInterface {
  name = 'ReferenceTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE county (
        code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name text NOT NULL UNIQUE,
        short_name text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE office (
        id text PRIMARY KEY CHECK (id ~ '^[A-Z]{3}$'),
        town text NOT NULL UNIQUE,
        name text NOT NULL,
        map_basis text NOT NULL CHECK (map_basis IN ('SOURCED', 'ASSUMED')),
        map_note text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE municipality (
        code char(4) PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
        name text NOT NULL,
        county_code char(2) NOT NULL REFERENCES county (code),
        office_id text NOT NULL REFERENCES office (id),
        population int NOT NULL CHECK (population >= 0),
        CHECK (left(code, 2) = county_code)
      )`);
    await queryRunner.query(`CREATE INDEX municipality_county_code_idx ON municipality (county_code)`);
    await queryRunner.query(`CREATE INDEX municipality_office_id_idx ON municipality (office_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE municipality`);
    await queryRunner.query(`DROP TABLE office`);
    await queryRunner.query(`DROP TABLE county`);
  }
}
