import { MAX_GROUP_COMBINATIONS, SortDirection } from '@lagesbild/subgraph-kit';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DEFAULT_EQUITY_INDICATOR } from '../../services/figureDefinitions';
import { OutcomeDimension, OutcomeGroupedFigure } from '../../types/outcomeDimension';

/** The most rows one grouping gives (every municipality for ten years and more), and how many when not told. */
export const GROUPED_ROWS = { max: 5000, default: 50 } as const;

@InputType({ description: 'How to sort grouped outcome rows (sortering).' })
export class OutcomeGroupedOrder {
  @Field(() => OutcomeGroupedFigure, { description: 'The figure to sort by.' })
  figure: OutcomeGroupedFigure;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC for the lowest first. Rows without a published figure come last either way.',
  })
  direction: SortDirection;
}

@ArgsType()
export class OutcomeGroupedArgs {
  @Field(() => ID, {
    nullable: true,
    description: `The indicator (resultatmått) by code; ${DEFAULT_EQUITY_INDICATOR} when left out.`,
  })
  indicatorCode?: string | null;

  @Field(() => [OutcomeDimension], {
    description: `One or more dimensions, each at most once: a row per combination of their values. Refused (BAD_USER_INPUT) when they could give more than ${MAX_GROUP_COMBINATIONS.toLocaleString('en-GB')} combinations, counted before \`first\` as the product of each dimension's most groups in the area (a municipality is one county's and one office's; 2 organiser types, 1 school form, 4 bands, the years asked for that the indicator's results hold, an open range from its first year held to its last).`,
  })
  groupBy: OutcomeDimension[];

  @Field(() => Int, {
    nullable: true,
    description:
      'From this year on. Without YEAR in groupBy, fromYear and toYear must name one year, so that each school unit counts once.',
  })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Up to and including this year.' })
  toYear?: number | null;

  @Field(() => OutcomeGroupedOrder, {
    nullable: true,
    description: 'The figure to sort by; by the keys, in the order of groupBy, when left out (and to break ties).',
  })
  orderBy?: OutcomeGroupedOrder | null;

  @Field(() => Int, {
    nullable: true,
    description: `At most this many rows, after sorting (1 to ${GROUPED_ROWS.max}; ${GROUPED_ROWS.default} when left out). totalCount says how many there are.`,
  })
  first?: number | null;
}
