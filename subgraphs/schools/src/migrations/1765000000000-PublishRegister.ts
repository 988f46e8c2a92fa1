import { bumpDataVersionSql, createPublication, syncPublishedTableSql } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SQL: `schools.school_unit` made to hold what `school_scope` holds, writing only what changed. */
export const SYNC_SCHOOL_UNIT_SQL = syncPublishedTableSql(
  'schools.school_unit',
  ['id'],
  ['id', 'organiser_id', 'organiser_type', 'school_form', 'municipality_code', 'socio_economic_band'],
  'SELECT * FROM school_scope',
);

/**
 * The register published to the subgraphs that compute figures (issue #13): every school unit with its organiser,
 * organiser type, form, municipality and band, as `school_scope` has them. Every write of this subgraph ends in
 * refresh_school_scope() (seeding, both imports), so that function now also brings the published table up to date
 * and bumps the data version, in the writer's transaction.
 */
export class PublishRegister1765000000000 implements MigrationInterface {
  name = 'PublishRegister1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublication(queryRunner, 'schools', [SYNC_SCHOOL_UNIT_SQL]);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION refresh_school_scope() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        REFRESH MATERIALIZED VIEW CONCURRENTLY school_scope;
        ${SYNC_SCHOOL_UNIT_SQL};
        ${bumpDataVersionSql('schools')};
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION refresh_school_scope() RETURNS void LANGUAGE sql SECURITY DEFINER
      SET search_path = public AS $$ REFRESH MATERIALIZED VIEW CONCURRENTLY school_scope $$`);
    await queryRunner.query('DROP PUBLICATION lagesbild_schools');
    await queryRunner.query('DROP SCHEMA schools CASCADE');
  }
}
