import type { DataSource } from 'typeorm';
import { withAdvisoryLock } from './advisoryLock';

/** Applies pending migrations, each in its own transaction, under a lock shared by all replicas. */
export async function runMigrations(dataSource: DataSource, subgraph: string): Promise<string[]> {
  return withAdvisoryLock(dataSource, `migrations:${subgraph}`, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}
