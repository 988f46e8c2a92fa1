import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { EARLY_SIGNAL_DEFAULTS as D } from '../../services/earlySignalDefinitions';

@InputType({ description: 'The thresholds of the early-signal rules (EarlySignalRule); each has a default.' })
export class EarlySignalThresholds {
  @Field(() => Int, {
    defaultValue: D.absenceRisingYears,
    description: `RISING_ABSENCE: the years in a row the share absent over 15 % must rise (1–10; default ${D.absenceRisingYears}).`,
  })
  absenceRisingYears: number = D.absenceRisingYears;

  @Field(() => Float, {
    defaultValue: D.absenceMinimumRise,
    description: `RISING_ABSENCE: each year’s rise must be more than this many percentage points (default ${D.absenceMinimumRise}).`,
  })
  absenceMinimumRise: number = D.absenceMinimumRise;

  @Field(() => Float, {
    defaultValue: D.eligibilityDrop,
    description: `FALLING_ELIGIBILITY: the fall in the share eligible for a national programme, in percentage points, that flags a unit (more than 0; default ${D.eligibilityDrop}).`,
  })
  eligibilityDrop: number = D.eligibilityDrop;

  @Field(() => Int, {
    defaultValue: D.eligibilityYears,
    description: `FALLING_ELIGIBILITY: over how many years the fall is measured (1–10; default ${D.eligibilityYears}).`,
  })
  eligibilityYears: number = D.eligibilityYears;

  @Field(() => Float, {
    defaultValue: D.salsaResidualBelow,
    description: `LOW_SALSA_RESIDUAL: a residual below this, in merit points, counts as low (default ${D.salsaResidualBelow}).`,
  })
  salsaResidualBelow: number = D.salsaResidualBelow;

  @Field(() => Int, {
    defaultValue: D.salsaYears,
    description: `LOW_SALSA_RESIDUAL: the years in a row the residual must be low (1–10; default ${D.salsaYears}).`,
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
