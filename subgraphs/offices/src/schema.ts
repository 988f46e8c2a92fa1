import { areaGuards, buildFederatedSchema, publicReferenceData } from '@lagesbild/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { areaReferences } from './resolvers/area.reference';
import { CountyResolver } from './resolvers/county.resolver';
import { MunicipalityResolver } from './resolvers/municipality.resolver';
import { NationResolver } from './resolvers/nation.resolver';
import { OfficeResolver } from './resolvers/office.resolver';

export function buildOfficesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [CountyResolver, MunicipalityResolver, OfficeResolver, NationResolver] },
    areaReferences,
    // The offices' names and areas are public reference data; their figures are guarded where they are computed.
    { ...areaGuards, Office: publicReferenceData },
  );
}
