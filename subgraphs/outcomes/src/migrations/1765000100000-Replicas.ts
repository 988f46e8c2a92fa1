import { createReplica } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read-only replicas this subgraph computes its figures over (issue #13), of what the other subgraphs publish:
 * schools, offices, interventions. Filled and kept in step by the subscriptions that provisioning makes once both sides have
 * migrated; nothing here writes them.
 */
export class Replicas1765000100000 implements MigrationInterface {
  name = 'Replicas1765000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The register first: the others' policies look their units up in it.
    await createReplica(queryRunner, 'schools');
    await createReplica(queryRunner, 'offices');
    await createReplica(queryRunner, 'interventions');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA schools CASCADE');
    await queryRunner.query('DROP SCHEMA offices CASCADE');
    await queryRunner.query('DROP SCHEMA interventions CASCADE');
  }
}
