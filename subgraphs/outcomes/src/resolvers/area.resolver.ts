import { HighNeedSet } from '@lagesbild/reporting';
import { Args, type ClassType, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { AREA_ENTITIES, type AreaEntity } from '../external/area';
import { equityTrendRequest } from '../services/equityTrend.service';
import { HIGH_NEED_DEFINITION } from '../services/figureDefinitions';
import { indicatorArgument } from '../services/indicatorArgument';
import { EquityTrend } from '../types/equityTrend';
import { SupportComparison } from '../types/supportComparison';
import { EquityTrendArgs, SupportComparisonArgs } from './inputs/areaFigureArgs';

// The figures this subgraph adds to every area (Nation, County, Municipality, Office, Organiser): the same fields
// on each, so one resolver class is made per entity from this one definition. Nullable like every field added to
// another subgraph's entity, and null when the schools (or, for supportEffect, the interventions) subgraph could not
// give what the figure requires.

const UNITS = '@requires(fields: "scope { schools { id } }")';
const UNITS_WITH_BANDS = '@requires(fields: "scope { schools { id schoolForm socioEconomicBand } }")';
const UNITS_WITH_BANDS_AND_SUPPORT =
  '@requires(fields: "scope { schools { id schoolForm socioEconomicBand } } firstSupport { schoolId firstSupportOn }")';

function areaOutcomeResolver(Area: ClassType<AreaEntity>) {
  @Resolver(() => Area)
  class AreaOutcomeResolver {
    @FieldResolver(() => HighNeedSet, {
      nullable: true,
      description: `The area’s high-need school units (skolor med störst behov). ${HIGH_NEED_DEFINITION}`,
    })
    @Directive(UNITS)
    highNeed(@Root() area: AreaEntity, @Ctx() { loaders }: OutcomesContext): Promise<HighNeedSet> | null {
      return area.scope ? loaders.highNeed.load(area.scope) : null;
    }

    @FieldResolver(() => EquityTrend, {
      nullable: true,
      description:
        'Equity trend (likvärdighet över tid): results by socio-economic band, the gap and the spread, per year.',
    })
    @Directive(UNITS_WITH_BANDS)
    async equityTrend(
      @Root() area: AreaEntity,
      @Args() args: EquityTrendArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<EquityTrend | null> {
      if (!area.scope) return null;
      return loaders.equityTrend.load(await equityTrendRequest(area.scope, args, loaders.indicatorByCode));
    }

    @FieldResolver(() => SupportComparison, {
      nullable: true,
      description:
        'Supported vs comparable schools (stödda och jämförbara skolor): results from 3 years before to 3 years after first support.',
    })
    @Directive(UNITS_WITH_BANDS_AND_SUPPORT)
    async supportEffect(
      @Root() area: AreaEntity,
      @Args() args: SupportComparisonArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<SupportComparison | null> {
      if (!area.scope || !area.firstSupport) return null;
      const indicatorCode = await indicatorArgument(args.indicatorCode, loaders.indicatorByCode);
      return loaders.supportComparison.load({ scope: area.scope, firstSupport: area.firstSupport, indicatorCode });
    }
  }
  return AreaOutcomeResolver;
}

export const areaOutcomeResolvers = AREA_ENTITIES.map(areaOutcomeResolver);
