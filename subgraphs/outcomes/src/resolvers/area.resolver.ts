import { Args, type ClassType, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { AREA_ENTITIES, type AreaEntity } from '../external/area';
import { equityTrendRequest } from '../services/equityTrend.service';
import { indicatorArgument } from '../services/indicatorArgument';
import { EquityTrend } from '../types/equityTrend';
import { SupportComparison } from '../types/supportComparison';
import { EquityTrendArgs, SupportComparisonArgs } from './inputs/areaFigureArgs';
import { requiredScope, SCOPE, SCOPE_AND_SUPPORT } from './requiredScope';

// The equity figures this subgraph adds to every area (Nation, County, Municipality, Office, Organiser; high need is
// in highNeed.resolver.ts, since what it requires differs by area): the same fields on each, so one resolver class
// is made per entity from this one definition. Nullable like every field added to another subgraph's entity, and
// null when the schools (or, for supportEffect, the interventions) subgraph could not give what the figure requires.

function areaOutcomeResolver(Area: ClassType<AreaEntity>) {
  @Resolver(() => Area)
  class AreaOutcomeResolver {
    @FieldResolver(() => EquityTrend, {
      nullable: true,
      description:
        'Equity trend (likvärdighet över tid): results by socio-economic band, the gap and the spread, per year.',
    })
    @Directive(SCOPE)
    async equityTrend(
      @Root() area: AreaEntity,
      @Args() args: EquityTrendArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<EquityTrend | null> {
      const scope = requiredScope(area);
      if (!scope) return null;
      return loaders.equityTrend.load(await equityTrendRequest(scope, args, loaders.indicatorByCode));
    }

    @FieldResolver(() => SupportComparison, {
      nullable: true,
      description:
        'Supported vs comparable schools (stödda och jämförbara skolor): results from 3 years before to 3 years after first support.',
    })
    @Directive(SCOPE_AND_SUPPORT)
    async supportEffect(
      @Root() area: AreaEntity,
      @Args() args: SupportComparisonArgs,
      @Ctx() { loaders }: OutcomesContext,
    ): Promise<SupportComparison | null> {
      const scope = requiredScope(area);
      if (!scope || !area.firstSupport) return null;
      const indicatorCode = await indicatorArgument(args.indicatorCode, loaders.indicatorByCode);
      return loaders.supportComparison.load({ scope, firstSupport: area.firstSupport, indicatorCode });
    }
  }
  return AreaOutcomeResolver;
}

export const areaOutcomeResolvers = AREA_ENTITIES.map(areaOutcomeResolver);
