import { log } from '@lagesbild/platform';
import type { SubgraphDefinition } from '@lagesbild/subgraph-kit';
import { calendarRoutes } from './calendarRoute';
import { contextFactory, type InterventionsContext } from './context';
import { createInterventionsDataSource, SUBGRAPH } from './data-source';
import { buildInterventionsSchema } from './schema';
import { interventionsSeeder } from './services/seed.service';
import { scheduleDigestMail } from './services/digestMail';
import { scheduleWeeklyDigest } from './services/weeklyDigestJob';

/** Everything the kit needs to run this subgraph: used by index.ts and by the tests. */
export const interventionsSubgraph: SubgraphDefinition<InterventionsContext> = {
  name: SUBGRAPH,
  createDataSource: createInterventionsDataSource,
  buildSchema: buildInterventionsSchema,
  createContext: contextFactory,
  seeder: interventionsSeeder,
  routes: calendarRoutes,
  // The rollups' windows move with the date: "the 12 months up to today" is another period tomorrow. Then this
  // week's digest of overdue work, unless it was built already, and its mails not yet sent (issue 15).
  startOfDay: async (dataSource, today) => {
    await dataSource.query('SELECT roll_rollup_windows($1::date)', [today]);
    scheduleDigestMail(dataSource);
    scheduleWeeklyDigest(dataSource, (error) => log.error({ err: error }, `${SUBGRAPH}: the weekly digest failed`));
  },
};
