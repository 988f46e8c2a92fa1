import {
  AuditLog,
  auditEntriesResolver,
  auditLogGuards,
  auditLogReferences,
  buildFederatedSchema,
} from '@lagesbild/subgraph-kit';
import { schoolGuards } from './resolvers/school.guards';
import type { GraphQLSchema } from 'graphql';
import { Nation, Office } from './external/area';
import { CountySchoolsResolver, MunicipalitySchoolsResolver } from './resolvers/area.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { OrganiserResolver } from './resolvers/organiser.resolver';
import { schoolReferences } from './resolvers/school.reference';
import {
  CountyScopeResolver,
  MunicipalityScopeResolver,
  NationScopeResolver,
  OfficeScopeResolver,
  OrganiserScopeResolver,
} from './resolvers/scope.resolver';
import { SchoolResolver } from './resolvers/school.resolver';
import { SUBGRAPH } from './data-source';

export function buildSchoolsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        SchoolResolver,
        OrganiserResolver,
        MunicipalitySchoolsResolver,
        CountySchoolsResolver,
        ImportResolver,
        NationScopeResolver,
        CountyScopeResolver,
        MunicipalityScopeResolver,
        OfficeScopeResolver,
        OrganiserScopeResolver,
        auditEntriesResolver(SUBGRAPH),
      ],
      // Reached only through the scope this subgraph adds to them.
      orphanedTypes: [Nation, Office, AuditLog],
    },
    { ...schoolReferences, ...auditLogReferences },
    { ...schoolGuards, ...auditLogGuards },
  );
}
