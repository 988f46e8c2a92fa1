import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InterventionsContext } from '../context';
import { Intervention } from '../entities/intervention.entity';
import { Organiser, School } from '../external/targets';

// The fields this subgraph adds to the schools subgraph's entities. They are nullable so that
// when this subgraph is down the rest of an answer survives, with an error naming this subgraph.

@Resolver(() => School)
export class SchoolInterventionsResolver {
  @FieldResolver(() => [Intervention], {
    nullable: true,
    description: 'Interventions (insatser) that target this school unit.',
  })
  interventions(@Root() school: School, @Ctx() { loaders }: InterventionsContext): Promise<Intervention[]> {
    return loaders.interventionsBySchool.load(school.id);
  }
}

@Resolver(() => Organiser)
export class OrganiserInterventionsResolver {
  @FieldResolver(() => [Intervention], {
    nullable: true,
    description: 'Interventions (insatser) for this organiser (huvudman).',
  })
  interventions(@Root() organiser: Organiser, @Ctx() { loaders }: InterventionsContext): Promise<Intervention[]> {
    return loaders.interventionsByOrganiser.load(organiser.id);
  }
}
