import { buildFederatedSchema } from '@lagesbild/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { ImportResolver } from './resolvers/import.resolver';
import { IndicatorResolver } from './resolvers/indicator.resolver';
import { outcomeReferences } from './resolvers/outcome.reference';
import { OutcomeValueResolver } from './resolvers/outcomeValue.resolver';
import { SchoolOutcomesResolver } from './resolvers/school.resolver';
import { School } from './external/school';

export function buildOutcomesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    // School is reached only through the field this subgraph adds to it, so it is named here.
    {
      resolvers: [IndicatorResolver, OutcomeValueResolver, SchoolOutcomesResolver, ImportResolver],
      orphanedTypes: [School],
    },
    outcomeReferences as never,
  );
}
