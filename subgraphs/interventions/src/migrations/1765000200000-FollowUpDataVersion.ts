import { bumpDataVersionSql, oncePerTransactionSql } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-ups are not published, but figures say which data version they were computed from (issue #13), and the
 * follow-up status is one of them: every transaction that writes follow-ups starts a new data version too, once
 * however many rows it wrote, as publish_support does for interventions.
 */
export class FollowUpDataVersion1765000200000 implements MigrationInterface {
  name = 'FollowUpDataVersion1765000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION bump_follow_up_version() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        ${oncePerTransactionSql('follow_ups_versioned')}
        ${bumpDataVersionSql('interventions')};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER bump_follow_up_version AFTER INSERT OR UPDATE OR DELETE ON follow_up
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_follow_up_version()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER bump_follow_up_version ON follow_up');
    await queryRunner.query('DROP FUNCTION bump_follow_up_version()');
  }
}
