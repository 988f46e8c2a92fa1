import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { EARLY_SIGNAL_DEFAULTS as D, THRESHOLD_DESCRIPTIONS as T } from '../../services/earlySignalDefinitions';

@InputType({ description: 'The thresholds of the early-signal rules (EarlySignalRule); each has a default.' })
export class EarlySignalThresholds {
  @Field(() => Int, {
    defaultValue: D.absenceRisingYears,
    description: T.absenceRisingYears,
  })
  absenceRisingYears: number = D.absenceRisingYears;

  @Field(() => Float, {
    defaultValue: D.absenceMinimumRise,
    description: T.absenceMinimumRise,
  })
  absenceMinimumRise: number = D.absenceMinimumRise;

  @Field(() => Float, {
    defaultValue: D.eligibilityDrop,
    description: T.eligibilityDrop,
  })
  eligibilityDrop: number = D.eligibilityDrop;

  @Field(() => Int, {
    defaultValue: D.eligibilityYears,
    description: T.eligibilityYears,
  })
  eligibilityYears: number = D.eligibilityYears;

  @Field(() => Float, {
    defaultValue: D.salsaResidualBelow,
    description: T.salsaResidualBelow,
  })
  salsaResidualBelow: number = D.salsaResidualBelow;

  @Field(() => Int, {
    defaultValue: D.salsaYears,
    description: T.salsaYears,
  })
  salsaYears: number = D.salsaYears;
}

@ArgsType()
export class EarlySignalArgs {
  @Field(() => EarlySignalThresholds, {
    nullable: true,
    description: 'The rules’ thresholds; the documented defaults when left out.',
  })
  thresholds?: EarlySignalThresholds | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The year the rules are applied to (their windows end there). Left out: the latest year whose values of the rules' indicators number at least half of their best-covered year's, so that a year whose results are only beginning to come in is not taken.",
  })
  year?: number | null;

  @Field(() => Int, {
    defaultValue: D.trendYears,
    description: `How many years of each flagged unit’s trend to return, up to the year of the signals (1–20; default ${D.trendYears}).`,
  })
  trendYears: number = D.trendYears;
}

@ArgsType()
export class TransitionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'From this year on; from the first year with values when left out.',
  })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Up to and including this year; to the last when left out.' })
  toYear?: number | null;
}
