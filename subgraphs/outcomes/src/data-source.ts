import { createDataSource } from '@lagesbild/subgraph-kit';
import { Indicator } from './entities/indicator.entity';
import { OutcomeValue } from './entities/outcomeValue.entity';
import { OutcomeTables1763800000000 } from './migrations/1763800000000-OutcomeTables';

export const SUBGRAPH = 'outcomes';

export function createOutcomesDataSource(url: string) {
  return createDataSource({
    url,
    entities: [Indicator, OutcomeValue],
    migrations: [OutcomeTables1763800000000],
    applicationName: `lagesbild-${SUBGRAPH}`,
  });
}
