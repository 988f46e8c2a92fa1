import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OutcomesContext } from '../context';
import { Indicator } from '../entities/indicator.entity';
import { EquityTrend } from '../types/equityTrend';
import { SupportComparison } from '../types/supportComparison';

// The indicator of a figure about an area: figures are made only after their indicator was found in the same
// request, so the loader has it.

function figureIndicatorResolver(Figure: ClassType<{ indicatorCode: string }>) {
  @Resolver(() => Figure)
  class FigureIndicatorResolver {
    @FieldResolver(() => Indicator, { description: 'The indicator (resultatmått) the figure is of.' })
    async indicator(@Root() figure: { indicatorCode: string }, @Ctx() { loaders }: OutcomesContext) {
      return (await loaders.indicatorByCode.load(figure.indicatorCode)) as Indicator;
    }
  }
  return FigureIndicatorResolver;
}

export const figureIndicatorResolvers = [EquityTrend, SupportComparison].map(figureIndicatorResolver);
