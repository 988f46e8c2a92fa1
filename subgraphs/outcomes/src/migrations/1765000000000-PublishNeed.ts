import { bumpDataVersionSql, createPublication, syncPublishedTableSql } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SYNC_NEED_SQL = syncPublishedTableSql(
  'outcomes.school_need',
  ['school_id', 'indicator_code'],
  ['school_id', 'indicator_code', 'fifth'],
  'SELECT school_id, indicator_code, fifth FROM school_need',
);

/**
 * Each unit's need published to the interventions subgraph, whose coverage counts the high-need units reached
 * (issue #13). Every write of outcome values ends in refresh_school_need() (seeding, imports), so that function
 * now also brings the published table up to date and bumps the data version, in the writer's transaction.
 */
export class PublishNeed1765000000000 implements MigrationInterface {
  name = 'PublishNeed1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublication(queryRunner, 'outcomes', [SYNC_NEED_SQL]);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION refresh_school_need() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        REFRESH MATERIALIZED VIEW CONCURRENTLY school_need;
        ${SYNC_NEED_SQL};
        ${bumpDataVersionSql('outcomes')};
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION refresh_school_need() RETURNS void LANGUAGE sql SECURITY DEFINER
      SET search_path = public AS $$ REFRESH MATERIALIZED VIEW CONCURRENTLY school_need $$`);
    await queryRunner.query('DROP PUBLICATION lagesbild_outcomes');
    await queryRunner.query('DROP SCHEMA outcomes CASCADE');
  }
}
