import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { OutcomeValue } from '../entities/outcomeValue.entity';
import { School } from '../external/school';
import { OutcomeSelection } from './inputs/outcomeSelection';

/**
 * The field this subgraph adds to the schools subgraph's School: nullable, so that when this subgraph is down the
 * rest of an answer survives, with an error naming this subgraph.
 */
@Resolver(() => School)
export class SchoolOutcomesResolver {
  @FieldResolver(() => [OutcomeValue], {
    nullable: true,
    description: 'Outcome values (resultat) of the school unit, by indicator, year and group.',
  })
  outcomes(
    @Root() school: School,
    @Args() selection: OutcomeSelection,
    @Ctx() { loaders }: OutcomesContext,
  ): Promise<OutcomeValue[]> {
    return loaders.outcomesOfSchool(school.id, { ...selection });
  }
}
