import { DataVersions } from '@lagesbild/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OutcomeGroup } from '../entities/outcomeEnums';
import { SUPPORT_COMPARISON_DEFINITION } from '../services/figureDefinitions';
import { AggregateFigure } from './aggregateFigure';

@ObjectType({
  description:
    'One event year (händelseår) of a support comparison: supported and comparable school units in the same calendar years.',
})
export class SupportComparisonYear {
  @Field(() => Int, {
    description: 'Years from the year of first support: −3 to +3; 0 is the calendar year support began.',
  })
  yearsFromSupport: number;

  @Field(() => AggregateFigure, {
    description:
      'The supported school units’ mean this many years from their first support; its count is the supported units behind it.',
  })
  supported: AggregateFigure;

  @Field(() => AggregateFigure, {
    description:
      'The comparable unsupported units’ mean over the same calendar years, cell by cell (form, band, year) as the supported units are; its count is the distinct comparison units behind it.',
  })
  comparison: AggregateFigure;

  @Field(() => AggregateFigure, {
    description:
      'Supported minus comparison mean: positive when the supported units are ahead (for an indicator where higher is better). Its count is the units on both sides; suppressed when either side is.',
  })
  difference: AggregateFigure;
}

@ObjectType({ description: SUPPORT_COMPARISON_DEFINITION })
export class SupportComparison {
  @Field(() => ID, { description: 'The code of the indicator (resultatmått) compared.' })
  indicatorCode: string;

  @Field(() => OutcomeGroup, { description: 'The pupil group (elevgrupp): always ALL.' })
  group: OutcomeGroup;

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => [SupportComparisonYear], {
    description: 'The event years −3 to +3 in order, always all seven; a year with no pair of values is MISSING.',
  })
  years: SupportComparisonYear[];
}
