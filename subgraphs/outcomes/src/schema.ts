import {
  AuditLog,
  auditEntriesResolver,
  auditLogGuards,
  auditLogReferences,
  buildFederatedSchema,
} from '@lagesbild/subgraph-kit';
import { outcomeGuards } from './resolvers/outcome.guards';
import type { GraphQLSchema } from 'graphql';
import { SUBGRAPH } from './data-source';
import { AREA_ENTITIES } from './external/area';
import { School } from './external/school';
import { areaReferences } from './resolvers/area.reference';
import { areaOutcomeResolvers } from './resolvers/area.resolver';
import { areaSignalResolvers } from './resolvers/areaSignals.resolver';
import { figureIndicatorResolvers } from './resolvers/figureIndicator.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { IndicatorResolver } from './resolvers/indicator.resolver';
import { outcomeReferences } from './resolvers/outcome.reference';
import { outcomeGroupedResolvers } from './resolvers/outcomeGrouped.resolver';
import { OutcomeValueResolver } from './resolvers/outcomeValue.resolver';
import { SchoolOutcomesResolver } from './resolvers/school.resolver';

export function buildOutcomesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    // School and the areas are reached only through the fields this subgraph adds to them, so they are named here.
    {
      resolvers: [
        IndicatorResolver,
        OutcomeValueResolver,
        SchoolOutcomesResolver,
        ImportResolver,
        ...figureIndicatorResolvers,
        ...areaOutcomeResolvers,
        ...areaSignalResolvers,
        ...outcomeGroupedResolvers,
        auditEntriesResolver(SUBGRAPH),
      ],
      orphanedTypes: [School, ...AREA_ENTITIES, AuditLog],
    },
    { ...outcomeReferences, ...areaReferences, ...auditLogReferences },
    { ...outcomeGuards, ...auditLogGuards },
  );
}
