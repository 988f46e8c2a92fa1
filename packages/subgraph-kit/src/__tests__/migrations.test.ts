import { freePort, spawnService, waitUntilReady } from '@lagesbild/launcher';
import { databaseUrlVar, readSubgraphList, repoRoot } from '@lagesbild/platform';
import { createEmptyDatabase } from '@lagesbild/test-utils';
import path from 'node:path';
import { Client } from 'pg';

const subgraphs = readSubgraphList().map((entry) => entry.name);

async function startOn(subgraph: string, databaseUrl: string) {
  const port = await freePort();
  let output = '';
  const service = spawnService(
    subgraph,
    path.join(repoRoot, 'subgraphs', subgraph, 'dist', 'index.js'),
    { ...process.env, [databaseUrlVar(subgraph)]: databaseUrl, PORT: String(port), SEED_DEMO_DATA: 'false' },
    (line) => (output += `${line}\n`),
  );
  await waitUntilReady(service, `http://127.0.0.1:${port}/readyz`, 60_000, subgraph);
  return { service, output: () => output };
}

test.each(subgraphs)(
  'the %s subgraph migrates an empty database at start-up, once',
  async (subgraph) => {
    const database = await createEmptyDatabase(`migrate_${subgraph}`);
    try {
      const first = await startOn(subgraph, database.url);
      await first.service.stop();
      expect(first.output()).toMatch(/applied migrations \w+/);

      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows: migrations } = await client.query('SELECT name FROM migrations');
      const { rows: tables } = await client.query(
        `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      await client.end();
      expect(migrations.length).toBeGreaterThan(0);
      expect(tables[0].count).toBeGreaterThan(0);

      // A second start finds nothing to apply.
      const second = await startOn(subgraph, database.url);
      await second.service.stop();
      expect(second.output()).not.toMatch(/applied migrations/);
    } finally {
      await database.drop();
    }
  },
  120_000,
);
