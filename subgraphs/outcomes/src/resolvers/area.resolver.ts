import { figureAreaOf } from '@lagesbild/subgraph-kit';
import { Args, type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { AREA_ENTITIES, type AreaEntity } from '../external/area';
import { equityTrendRequest } from '../services/equityTrend.service';
import { indicatorArgument } from '../services/indicatorArgument';
import { HIGH_NEED_DEFINITION } from '../services/figureDefinitions';
import { EquityTrend } from '../types/equityTrend';
import { HighNeedSet } from '../types/highNeedSet';
import { SupportComparison } from '../types/supportComparison';
import { EquityTrendArgs, SupportComparisonArgs } from './inputs/areaFigureArgs';

// The figures this subgraph adds to every area (Nation, County, Municipality, Office, Organiser): the same fields on
// each, so one resolver class is made per entity from this one definition. Each area is known by its key alone:
// its school units come from this subgraph's replicas of the register and the office map, read under the
// request's county scope. Nullable like every field added to another subgraph's entity.

function areaOutcomeResolver(Area: ClassType<AreaEntity>) {
  const areaOf = (root: AreaEntity) => figureAreaOf(Area.name, root);

  @Resolver(() => Area)
  class AreaOutcomeResolver {
    @FieldResolver(() => HighNeedSet, {
      nullable: true,
      description: `The area’s high-need school units (skolor med störst behov). ${HIGH_NEED_DEFINITION}`,
    })
    highNeed(@Root() root: AreaEntity, @Ctx() { loaders }: OutcomesContext): Promise<HighNeedSet> {
      return loaders.highNeed.load(areaOf(root));
    }

    @FieldResolver(() => EquityTrend, {
      nullable: true,
      description:
        'Equity trend (likvärdighet över tid): results by socio-economic band, the gap and the spread, per year.',
    })
    async equityTrend(
      @Root() root: AreaEntity,
      @Args() args: EquityTrendArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<EquityTrend> {
      return loaders.equityTrend.load(await equityTrendRequest(areaOf(root), args, loaders.indicatorByCode));
    }

    @FieldResolver(() => SupportComparison, {
      nullable: true,
      description:
        'Supported vs comparable schools (stödda och jämförbara skolor): results from 3 years before to 3 years after first support.',
    })
    async supportEffect(
      @Root() root: AreaEntity,
      @Args() args: SupportComparisonArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<SupportComparison> {
      const indicatorCode = await indicatorArgument(args.indicatorCode, loaders.indicatorByCode);
      return loaders.supportComparison.load({ area: areaOf(root), indicatorCode });
    }
  }
  return AreaOutcomeResolver;
}

export const areaOutcomeResolvers = AREA_ENTITIES.map(areaOutcomeResolver);
