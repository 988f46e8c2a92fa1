import { databaseUrlVar, readSubgraphList, repoRoot } from '@lagesbild/platform';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseUrls } from './platform';
import { spawnService } from './serviceProcess';

// `npm run seed -- --scale N`: replaces the demo data of every subgraph with the data set at scale N. Each subgraph
// loads its own part in one transaction, so a failed or interrupted reseed leaves that subgraph's data as it was.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
  const scale = Number(values.scale);
  if (!(scale > 0) || scale > 50)
    throw new Error(`--scale must be a number above 0 and at most 50, not "${values.scale}".`);
  const entries = readSubgraphList();
  const { urls, postgres } = await databaseUrls(
    {
      dataDir: process.env.LAGESBILD_DATA_DIR ?? path.join(repoRoot, '.lagesbild'),
      embeddedPgPort: Number(process.env.EMBEDDED_PG_PORT ?? 4100),
    },
    entries,
    process.env,
    console.log,
  );
  try {
    const runs = entries.map((entry) => {
      const seeder = spawnService(
        entry.name,
        path.join(repoRoot, 'packages/subgraph-kit/dist/seedCli.js'),
        { ...process.env, [databaseUrlVar(entry.name)]: urls[entry.name].owner },
        console.log,
        [path.join(repoRoot, 'subgraphs', entry.name), String(scale)],
      );
      return seeder.exited.then((code) => ({ name: entry.name, code }));
    });
    const failed = (await Promise.all(runs)).filter((run) => run.code !== 0);
    if (failed.length > 0)
      throw new Error(`Seeding failed for ${failed.map((run) => run.name).join(', ')} (see above).`);
    console.log(`Demo data reloaded at scale ${scale}.`);
  } finally {
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
