import {
  bumpDataVersionSql,
  createPublication,
  oncePerTransactionSql,
  syncPublishedTableSql,
} from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Support (första insats) starts when an intervention starts, or is accepted when it has not started; the outcomes
// subgraph's definition of first support says the same to its readers.
const SUPPORTED = `SELECT i.id, i.organiser_id, coalesce(i.started_on, i.accepted_on) AS day
  FROM intervention i WHERE coalesce(i.started_on, i.accepted_on) IS NOT NULL`;

const SYNC_ORGANISER_SUPPORT_SQL = syncPublishedTableSql(
  'interventions.organiser_support',
  ['organiser_id'],
  ['organiser_id', 'first_support_on'],
  `SELECT s.organiser_id, min(s.day) AS first_support_on FROM (${SUPPORTED}) s
   WHERE NOT EXISTS (SELECT 1 FROM intervention_school n WHERE n.intervention_id = s.id)
   GROUP BY s.organiser_id`,
);

const SYNC_UNIT_SUPPORT_SQL = syncPublishedTableSql(
  'interventions.unit_support',
  ['school_id', 'organiser_id'],
  ['school_id', 'organiser_id', 'first_support_on'],
  `SELECT n.school_id, s.organiser_id, min(s.day) AS first_support_on
   FROM (${SUPPORTED}) s JOIN intervention_school n ON n.intervention_id = s.id
   GROUP BY n.school_id, s.organiser_id`,
);

/**
 * When support began, published to the outcomes subgraph, which compares supported schools with comparable ones
 * (issue #13). Interventions change through mutations, imports and seeding, so the published tables are kept by a
 * trigger rather than by each writer: a deferred one, which runs at commit, in the writer's transaction, once per
 * transaction however many rows it wrote (the later firings find the transaction's mark and return).
 */
export class PublishSupport1765000000000 implements MigrationInterface {
  name = 'PublishSupport1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createPublication(queryRunner, 'interventions', [SYNC_ORGANISER_SUPPORT_SQL, SYNC_UNIT_SUPPORT_SQL]);
    await queryRunner.query(`
      CREATE FUNCTION publish_support() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        ${oncePerTransactionSql('support_published')}
        ${SYNC_ORGANISER_SUPPORT_SQL};
        ${SYNC_UNIT_SUPPORT_SQL};
        ${bumpDataVersionSql('interventions')};
        RETURN NULL;
      END $$`);
    for (const table of ['intervention', 'intervention_school']) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER publish_support AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION publish_support()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['intervention', 'intervention_school']) {
      await queryRunner.query(`DROP TRIGGER publish_support ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION publish_support()');
    await queryRunner.query('DROP PUBLICATION lagesbild_interventions');
    await queryRunner.query('DROP SCHEMA interventions CASCADE');
  }
}
