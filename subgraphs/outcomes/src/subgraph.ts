import type { SubgraphDefinition } from '@lagesbild/subgraph-kit';
import { contextFactory, type OutcomesContext } from './context';
import { createOutcomesDataSource, SUBGRAPH } from './data-source';
import { buildOutcomesSchema } from './schema';
import { outcomesSeeder } from './services/seed.service';

/** Everything the kit needs to run this subgraph: used by index.ts and by the tests. */
export const outcomesSubgraph: SubgraphDefinition<OutcomesContext> = {
  name: SUBGRAPH,
  createDataSource: createOutcomesDataSource,
  buildSchema: buildOutcomesSchema,
  createContext: contextFactory,
  seeder: outcomesSeeder,
};
