import { DataVersions } from '@lagesbild/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OutcomeGroup } from '../entities/outcomeEnums';
import {
  EQUITY_TREND_DEFINITION,
  GAP_DEFINITION,
  SCHOOL_MEAN_DEFINITION,
  SPREAD_DEFINITION,
} from '../services/figureDefinitions';
import { AggregateFigure } from './aggregateFigure';

@ObjectType({
  description: `The mean of one socio-economic band’s school units (medelvärde per kvartil). ${SCHOOL_MEAN_DEFINITION}`,
})
export class BandMean {
  @Field(() => Int, {
    description: 'Socio-economic band (socioekonomisk kvartil), 1 (easiest conditions) to 4 (toughest).',
  })
  band: number;

  @Field(() => AggregateFigure, { description: 'The mean of the band’s school units’ values, unweighted.' })
  mean: AggregateFigure;
}

@ObjectType({ description: 'One year of an equity trend (ett läsår i likvärdighetstrenden).' })
export class EquityYear {
  @Field(() => Int, { description: 'The year (spring term) the values are for.' })
  year: number;

  @Field(() => AggregateFigure, {
    description: 'The mean over all the area’s school units with a reported value, with or without a band, unweighted.',
  })
  mean: AggregateFigure;

  @Field(() => [BandMean], { description: 'The mean per socio-economic band, bands 1 to 4 in order, always all four.' })
  bands: BandMean[];

  @Field(() => AggregateFigure, { description: GAP_DEFINITION })
  gap: AggregateFigure;

  @Field(() => AggregateFigure, { description: SPREAD_DEFINITION })
  spread: AggregateFigure;

  @Field(() => Int, {
    description: 'The area’s school units whose value this year is suppressed by Skolverket ("..", too few pupils).',
  })
  suppressedSchools: number;

  @Field(() => Int, { description: 'The area’s school units whose value this year is missing (".", no data).' })
  missingSchools: number;
}

@ObjectType({ description: EQUITY_TREND_DEFINITION })
export class EquityTrend {
  @Field(() => ID, { description: 'The code of the indicator (resultatmått) the trend is of.' })
  indicatorCode: string;

  @Field(() => OutcomeGroup, { description: 'The pupil group (elevgrupp) the values are for.' })
  group: OutcomeGroup;

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => [EquityYear], {
    description: 'The years in the range that the area’s school units have values (reported or not) for, in order.',
  })
  years: EquityYear[];
}
