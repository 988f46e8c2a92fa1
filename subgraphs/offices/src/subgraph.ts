import type { SubgraphDefinition } from '@lagesbild/subgraph-kit';
import { contextFactory, type OfficesContext } from './context';
import { createOfficesDataSource, SUBGRAPH } from './data-source';
import { buildOfficesSchema } from './schema';
import { officesSeeder } from './services/seed.service';

/** Everything the kit needs to run this subgraph: used by index.ts and by the tests. */
export const officesSubgraph: SubgraphDefinition<OfficesContext> = {
  name: SUBGRAPH,
  createDataSource: createOfficesDataSource,
  buildSchema: buildOfficesSchema,
  createContext: contextFactory,
  seeder: officesSeeder,
};
