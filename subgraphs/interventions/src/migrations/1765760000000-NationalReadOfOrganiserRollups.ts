import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORGANISER_ROLLUPS = ['organiser_reach', 'follow_up_rollup'];
const PRESENT = (table: string) =>
  `EXISTS (SELECT 1 FROM organiser_presence p WHERE p.organiser_id = ${table}.organiser_id)`;

/**
 * Issue #13: a national reader (leadership, analysts) reads the organiser-keyed rollups without a lookup per row.
 * Their policy asked, for every row, whether the organiser runs a unit the reader may see (organiser_presence, itself
 * under its policy), which for a reader of the whole country is always so: the national overview's coverage and
 * follow-up statements spent about 40 % of their buffer reads on those lookups (3,700 of 9,700 and 9,100 of 23,400
 * on the demo data). Asking `lagesbild_scope_all()` first answers them at once; a reader with a county scope is
 * checked exactly as before. The rows a national reader now sees beyond them are those of organisers with no unit
 * left in the register, which no figure reads: every statement reaches these rollups from an area's organisers.
 */
export class NationalReadOfOrganiserRollups1765760000000 implements MigrationInterface {
  name = 'NationalReadOfOrganiserRollups1765760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ORGANISER_ROLLUPS) {
      await queryRunner.query(`ALTER POLICY in_scope ON ${table} USING (lagesbild_scope_all() OR ${PRESENT(table)})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ORGANISER_ROLLUPS) {
      await queryRunner.query(`ALTER POLICY in_scope ON ${table} USING (${PRESENT(table)})`);
    }
  }
}
