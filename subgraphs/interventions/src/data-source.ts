import { createDataSource } from '@lagesbild/subgraph-kit';
import { FollowUp } from './entities/followUp.entity';
import { Intervention } from './entities/intervention.entity';
import { InterventionSchool } from './entities/interventionSchool.entity';
import { InterventionTables1763800000000 } from './migrations/1763800000000-InterventionTables';

export const SUBGRAPH = 'interventions';

export function createInterventionsDataSource(url: string) {
  return createDataSource({
    url,
    entities: [Intervention, InterventionSchool, FollowUp],
    migrations: [InterventionTables1763800000000],
    applicationName: `lagesbild-${SUBGRAPH}`,
  });
}
