import { ArgsType, Field, ID, Int } from 'type-graphql';
import { OutcomeGroup } from '../../entities/outcomeEnums';
import { DEFAULT_EQUITY_INDICATOR } from '../../services/figureDefinitions';

@ArgsType()
export class EquityTrendArgs {
  @Field(() => ID, {
    nullable: true,
    description: `The indicator (resultatmått) by code; ${DEFAULT_EQUITY_INDICATOR} when left out.`,
  })
  indicatorCode?: string | null;

  @Field(() => OutcomeGroup, { nullable: true, description: 'The pupil group (elevgrupp); ALL when left out.' })
  group?: OutcomeGroup | null;

  @Field(() => Int, {
    nullable: true,
    description: 'From this year on; from the first year with values when left out.',
  })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Up to and including this year; to the last when left out.' })
  toYear?: number | null;
}

@ArgsType()
export class SupportComparisonArgs {
  @Field(() => ID, {
    nullable: true,
    description: `The indicator (resultatmått) by code; ${DEFAULT_EQUITY_INDICATOR} when left out. Group ALL.`,
  })
  indicatorCode?: string | null;
}
