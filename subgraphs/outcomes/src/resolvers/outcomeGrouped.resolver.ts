import { figureAreaOf } from '@lagesbild/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, type ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { AREA_ENTITIES, type AreaEntity } from '../external/area';
import { outcomeGroupedRequest } from '../services/outcomeGrouped.service';
import { OutcomeGrouping } from '../types/outcomeGrouping';
import { OutcomeGroupedArgs } from './inputs/outcomeGroupedArgs';
import { selects } from './selection';

// Grouped outcome figures on every area (issue #16), one resolver class per area entity, as area.resolver.ts does
// for the area's other figures.

function outcomeGroupedResolver(Area: ClassType<AreaEntity>) {
  @Resolver(() => Area)
  class OutcomeGroupedResolver {
    @FieldResolver(() => OutcomeGrouping, {
      nullable: true,
      description:
        'Outcome figures grouped by one or more dimensions at once (resultat per grupp): the mean, the girls’ and boys’ means and their gap, and the pupils behind them, for each combination, each with its suppression status and school count; sortable by any figure and limited, e.g. the 10 municipalities with the lowest mean.',
    })
    async outcomeGrouped(
      @Root() root: AreaEntity,
      @Args() args: OutcomeGroupedArgs,
      @Ctx() { loaders }: OutcomesContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<OutcomeGrouping> {
      const area = figureAreaOf(Area.name, root);
      const showsPupilCount = selects(info, ['rows', 'pupilCount']);
      return loaders.outcomeGrouped.load(await outcomeGroupedRequest(area, args, loaders, showsPupilCount));
    }
  }
  return OutcomeGroupedResolver;
}

export const outcomeGroupedResolvers = AREA_ENTITIES.map(outcomeGroupedResolver);
