import type { DataSource, EntityManager } from 'typeorm';
import { withAdvisoryLock } from './advisoryLock';

export interface Seeder {
  /** True when the subgraph's tables hold no data yet. */
  isEmpty(manager: EntityManager): Promise<boolean>;
  /** Deletes what `load` writes, for a reseed. */
  clear(manager: EntityManager): Promise<void>;
  load(manager: EntityManager, scale: number): Promise<{ rows: number }>;
}

/**
 * Loads the demo data in one transaction: a failed or killed seed leaves the database as it was. With
 * `replace`, the old data go in the same transaction, so readers never see a half-loaded data set.
 */
export async function seedDemoData(
  dataSource: DataSource,
  subgraph: string,
  seeder: Seeder,
  options: { scale: number; replace: boolean },
): Promise<{ seeded: boolean; rows: number }> {
  return withAdvisoryLock(dataSource, `seed:${subgraph}`, () =>
    dataSource.transaction(async (manager) => {
      if (!options.replace && !(await seeder.isEmpty(manager))) return { seeded: false, rows: 0 };
      if (options.replace) await seeder.clear(manager);
      const { rows } = await seeder.load(manager, options.scale);
      // Fresh statistics for the planner at once, rather than when autovacuum gets to it: without them a first
      // import's statements were planned for empty tables, and took seconds instead of milliseconds.
      await manager.query('ANALYZE');
      return { seeded: true, rows };
    }),
  );
}
