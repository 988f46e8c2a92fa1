import { bumpDataVersionSql, createPublication, syncPublishedTableSql } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SYNC_OFFICE_MAP_SQL = syncPublishedTableSql(
  'offices.municipality_office',
  ['municipality_code'],
  ['municipality_code', 'county_code', 'office_id'],
  'SELECT code AS municipality_code, county_code, office_id FROM municipality',
);

/**
 * The office map published to the subgraphs that compute figures (issue #13): which office covers each
 * municipality. publish_office_map() brings it up to date and bumps the data version; every write of the map
 * (today only seeding) calls it in its transaction.
 */
export class PublishOfficeMap1765000000000 implements MigrationInterface {
  name = 'PublishOfficeMap1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublication(queryRunner, 'offices', [SYNC_OFFICE_MAP_SQL]);
    await queryRunner.query(`
      CREATE FUNCTION publish_office_map() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        ${SYNC_OFFICE_MAP_SQL};
        ${bumpDataVersionSql('offices')};
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION publish_office_map()');
    await queryRunner.query('DROP PUBLICATION lagesbild_offices');
    await queryRunner.query('DROP SCHEMA offices CASCADE');
  }
}
