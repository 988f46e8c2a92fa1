import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15: two people editing one intervention. Every write to its row, by a mutation or an import, makes a new
 * version (a trigger, so that no writer can forget it), and the changing mutations may name the version they
 * started from; a stale one is refused instead of overwriting what someone else saved meanwhile. The request key
 * makes a repeated create (a double click, a retry after a lost answer) return the intervention it already made.
 */
export class InterventionVersion1765400000000 implements MigrationInterface {
  name = 'InterventionVersion1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE intervention ADD COLUMN version integer NOT NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE intervention ADD COLUMN request_key uuid UNIQUE');
    await queryRunner.query(`
      CREATE FUNCTION next_intervention_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER next_intervention_version BEFORE UPDATE ON intervention
      FOR EACH ROW EXECUTE FUNCTION next_intervention_version()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER next_intervention_version ON intervention');
    await queryRunner.query('DROP FUNCTION next_intervention_version()');
    await queryRunner.query('ALTER TABLE intervention DROP COLUMN request_key');
    await queryRunner.query('ALTER TABLE intervention DROP COLUMN version');
  }
}
