import type { SubgraphDefinition } from '@lagesbild/subgraph-kit';
import { contextFactory, type SchoolsContext } from './context';
import { createSchoolsDataSource, SUBGRAPH } from './data-source';
import { buildSchoolsSchema } from './schema';
import { schoolsSeeder } from './services/seed.service';

/** Everything the kit needs to run this subgraph: used by index.ts and by the tests. */
export const schoolsSubgraph: SubgraphDefinition<SchoolsContext> = {
  name: SUBGRAPH,
  createDataSource: createSchoolsDataSource,
  buildSchema: buildSchoolsSchema,
  createContext: contextFactory,
  seeder: schoolsSeeder,
};
