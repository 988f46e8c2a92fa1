import { buildFederatedSchema } from '@lagesbild/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { CountySchoolsResolver, MunicipalitySchoolsResolver } from './resolvers/area.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { OrganiserResolver } from './resolvers/organiser.resolver';
import { schoolReferences } from './resolvers/school.reference';
import { SchoolResolver } from './resolvers/school.resolver';

export function buildSchoolsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        SchoolResolver,
        OrganiserResolver,
        MunicipalitySchoolsResolver,
        CountySchoolsResolver,
        ImportResolver,
      ],
    },
    schoolReferences as never,
  );
}
