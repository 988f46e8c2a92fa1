import 'reflect-metadata';
import { readOwnerDatabaseUrl } from './config';
import { runMigrations } from './migrations';
import { loadSubgraphDefinition } from './loadDefinition';
import { seedDemoData } from './seed';

// `node seedCli.js <subgraph folder> <scale>` replaces that subgraph's demo data, in one transaction, on the
// database its environment names, as the tables' owner: it serves nothing, so it needs no runtime role or signing
// secret. `npm run seed` runs it for every subgraph.
async function main(): Promise<void> {
  const definition = await loadSubgraphDefinition(process.argv[2] ?? '');
  const scale = Number(process.argv[3]);
  const dataSource = definition.createDataSource(readOwnerDatabaseUrl(definition.name));
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, definition.name);
    const started = Date.now();
    const result = await seedDemoData(dataSource, definition.name, definition.seeder, { scale, replace: true });
    console.log(`${definition.name}: loaded ${result.rows} rows at scale ${scale} in ${Date.now() - started} ms`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
