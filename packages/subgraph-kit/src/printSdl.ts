import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { loadSubgraphDefinition } from './loadDefinition';

// `node printSdl.js <subgraph folder>` prints that subgraph's federated SDL. Composition runs it once per subgraph,
// each in its own process, because type-graphql keeps its metadata in one global store per process.
async function main(): Promise<void> {
  const definition = await loadSubgraphDefinition(process.argv[2] ?? '');
  process.stdout.write(printSubgraphSchema(await definition.buildSchema()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
