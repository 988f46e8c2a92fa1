import { figureAreaOf } from '@lagesbild/subgraph-kit';
import { Args, type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { AREA_ENTITIES, type AreaEntity } from '../external/area';
import { earlySignalOptions } from '../services/earlySignals.service';
import { EarlySignals } from '../types/earlySignals';
import { Transition } from '../types/transition';
import { EarlySignalArgs, TransitionArgs } from './inputs/earlySignalArgs';

// Early signals and the transition to gymnasium (issue #16) on every area, beside the figures of
// area.resolver.ts and in the same way: one resolver class per area entity, the area known by its key alone.

function areaSignalResolver(Area: ClassType<AreaEntity>) {
  const areaOf = (root: AreaEntity) => figureAreaOf(Area.name, root);

  @Resolver(() => Area)
  class AreaSignalResolver {
    @FieldResolver(() => EarlySignals, {
      nullable: true,
      description:
        'Early signals (tidiga signaler): the area’s school units that a rule flags, with the values behind each flag.',
    })
    earlySignals(
      @Root() root: AreaEntity,
      @Args() args: EarlySignalArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<EarlySignals> {
      return loaders.earlySignals.load({ area: areaOf(root), options: earlySignalOptions(args) });
    }

    @FieldResolver(() => Transition, {
      nullable: true,
      description:
        'The transition to gymnasium (övergången till gymnasiet) for each of the area’s municipalities and years.',
    })
    transition(
      @Root() root: AreaEntity,
      @Args() args: TransitionArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<Transition> {
      return loaders.transition.load({
        area: areaOf(root),
        fromYear: args.fromYear ?? null,
        toYear: args.toYear ?? null,
      });
    }
  }
  return AreaSignalResolver;
}

export const areaSignalResolvers = AREA_ENTITIES.map(areaSignalResolver);
