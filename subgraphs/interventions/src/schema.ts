import { buildFederatedSchema } from '@lagesbild/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { FollowUpResolver } from './resolvers/followUp.resolver';
import { FollowUpMutationResolver } from './resolvers/followUpMutation.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { interventionReferences } from './resolvers/intervention.reference';
import { InterventionResolver } from './resolvers/intervention.resolver';
import { InterventionMutationResolver } from './resolvers/interventionMutation.resolver';
import { OrganiserInterventionsResolver, SchoolInterventionsResolver } from './resolvers/target.resolver';
import { Office } from './external/targets';

export function buildInterventionsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        InterventionResolver,
        FollowUpResolver,
        SchoolInterventionsResolver,
        OrganiserInterventionsResolver,
        InterventionMutationResolver,
        FollowUpMutationResolver,
        ImportResolver,
      ],
      // Office is reached only as a field's type here, and named so that the office link is always in the SDL.
      orphanedTypes: [Office],
    },
    interventionReferences as never,
  );
}
