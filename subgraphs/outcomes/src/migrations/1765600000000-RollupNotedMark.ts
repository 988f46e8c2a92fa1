import { replacingFunctions } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTCOME_ROLLUP_FUNCTIONS_SQL } from '../services/outcomeRollupRefresh';

/**
 * The rollup functions as the code has them now: the notes turn on a transaction-local mark, and the deferred
 * refresh leaves at once when it is off (the kit's TAKE_PENDING_SQL), so a write of many rows costs one refresh at
 * commit instead of a look into rollup_pending for each row.
 */
export class RollupNotedMark1765600000000 implements MigrationInterface {
  name = 'RollupNotedMark1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of replacingFunctions(OUTCOME_ROLLUP_FUNCTIONS_SQL)) await queryRunner.query(sql);
  }

  async down(): Promise<void> {
    // The functions before this migration behave the same, only slower: nothing to undo.
  }
}
