import { createScopeFunctions, protectReferenceTable, unprotectTable } from '@lagesbild/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['county', 'municipality', 'office'];

/**
 * Row-level security (issue #5). Counties, municipalities and offices are public reference data: everyone reads
 * them, only the owner writes them. Figures about them are guarded where they are computed.
 */
export class RowLevelSecurity1764200000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createScopeFunctions(queryRunner);
    for (const table of TABLES) await protectReferenceTable(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await unprotectTable(queryRunner, table);
  }
}
