import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SubgraphDefinition } from './runSubgraph';

// `node printSdl.js <subgraph folder>` prints that subgraph's federated SDL. Composition runs it once per subgraph,
// each in its own process, because type-graphql keeps its metadata in one global store per process.
async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? '');
  const exported = Object.values(
    (await import(pathToFileURL(require.resolve(folder)).href)) as Record<string, unknown>,
  );
  const definition = exported.find(
    (value): value is SubgraphDefinition<never> =>
      typeof value === 'object' && value !== null && 'buildSchema' in value && 'name' in value,
  );
  if (!definition) throw new Error(`${folder} exports no subgraph definition`);
  process.stdout.write(printSubgraphSchema(await definition.buildSchema()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
