import {
  areaGuards,
  auditEntriesResolver,
  auditLogGuards,
  auditLogReferences,
  AuditLogQueryResolver,
  buildFederatedSchema,
  publicReferenceData,
} from '@lagesbild/subgraph-kit';
import { SUBGRAPH } from './data-source';
import { ExportResolver } from './resolvers/export.resolver';
import type { GraphQLSchema } from 'graphql';
import { areaReferences } from './resolvers/area.reference';
import { CountyResolver } from './resolvers/county.resolver';
import { MunicipalityResolver } from './resolvers/municipality.resolver';
import { NationResolver } from './resolvers/nation.resolver';
import { OfficeResolver } from './resolvers/office.resolver';

export function buildOfficesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CountyResolver,
        MunicipalityResolver,
        OfficeResolver,
        NationResolver,
        // The audit log's root field and the exports the dashboard reports live here, beside this subgraph's own
        // entries: it owns no pupil data, so nothing else competes for it (issue #5).
        AuditLogQueryResolver,
        auditEntriesResolver(SUBGRAPH),
        ExportResolver,
      ],
    },
    { ...areaReferences, ...auditLogReferences },
    // The offices' names and areas are public reference data; their figures are guarded where they are computed.
    { ...areaGuards, Office: publicReferenceData, ...auditLogGuards },
  );
}
