import { DataVersions } from '@lagesbild/subgraph-kit';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OutcomeStatus } from '../entities/outcomeEnums';
import { School } from '../external/school';
import {
  EARLY_SIGNALS_DEFINITION,
  FALLING_ELIGIBILITY_RULE,
  LOW_SALSA_RESIDUAL_RULE,
  RISING_ABSENCE_RULE,
  THRESHOLD_DESCRIPTIONS as T,
} from '../services/earlySignalDefinitions';

export enum EarlySignalRule {
  RISING_ABSENCE = 'RISING_ABSENCE',
  FALLING_ELIGIBILITY = 'FALLING_ELIGIBILITY',
  LOW_SALSA_RESIDUAL = 'LOW_SALSA_RESIDUAL',
}
registerEnumType(EarlySignalRule, {
  name: 'EarlySignalRule',
  description: 'A rule that flags a school unit early (tidig signal); the thresholds are in EarlySignalThresholds.',
  valuesConfig: {
    RISING_ABSENCE: { description: RISING_ABSENCE_RULE },
    FALLING_ELIGIBILITY: { description: FALLING_ELIGIBILITY_RULE },
    LOW_SALSA_RESIDUAL: { description: LOW_SALSA_RESIDUAL_RULE },
  },
});

@ObjectType({ description: 'One year of a school unit’s values of the indicator a rule reads (group ALL).' })
export class EarlySignalValue {
  @Field(() => Int, { description: 'The year (spring term).' })
  year: number;

  @Field(() => OutcomeStatus, { description: 'REPORTED, SUPPRESSED or MISSING (also when the year has no row).' })
  status: OutcomeStatus;

  @Field(() => Float, { nullable: true, description: 'The value; null unless the status is REPORTED, never 0.' })
  value: number | null;
}

@ObjectType({ description: 'A school unit that an early-signal rule flags, with the values that flagged it.' })
export class EarlySignalFlag {
  @Field(() => EarlySignalRule, { description: 'The rule that flagged the unit.' })
  rule: EarlySignalRule;

  @Field(() => ID, { description: 'The code of the indicator the rule reads.' })
  indicatorCode: string;

  @Field(() => School, { description: 'The school unit (skolenhet); its name and area come from the register.' })
  school: School;

  @Field(() => [EarlySignalValue], {
    description:
      'The years of the rule’s window, oldest first, with the values that triggered it: every year the rule compares is REPORTED.',
  })
  values: EarlySignalValue[];

  @Field(() => Boolean, {
    description:
      'Whether a year in the window is suppressed (a year the rule does not compare): that year shows no value and did not trigger the flag.',
  })
  windowHasSuppressed: boolean;

  @Field(() => [EarlySignalValue], {
    description: 'The unit’s values of the indicator over the last trendYears years, oldest first, for a sparkline.',
  })
  trend: EarlySignalValue[];

  @Field(() => Boolean, {
    description: 'Whether the unit is already supported: it or its organiser as a whole has had a first support.',
  })
  supported: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The first day of that support (första insats).' })
  firstSupportOn: string | null;
}

@ObjectType({
  description:
    'The thresholds the early-signal rules were applied with (gränsvärden): those of the request, each left out at its default. A page says from these which rules are in use.',
})
export class EarlySignalThresholdsUsed {
  @Field(() => Int, { description: T.absenceRisingYears })
  absenceRisingYears: number;

  @Field(() => Float, { description: T.absenceMinimumRise })
  absenceMinimumRise: number;

  @Field(() => Float, { description: T.eligibilityDrop })
  eligibilityDrop: number;

  @Field(() => Int, { description: T.eligibilityYears })
  eligibilityYears: number;

  @Field(() => Float, { description: T.salsaResidualBelow })
  salsaResidualBelow: number;

  @Field(() => Int, { description: T.salsaYears })
  salsaYears: number;
}

@ObjectType({ description: EARLY_SIGNALS_DEFINITION })
export class EarlySignals {
  @Field(() => Int, {
    nullable: true,
    description:
      'The year the rules are applied to: the one asked for, or the latest year most schools have reported; null when none.',
  })
  year: number | null;

  @Field(() => EarlySignalThresholdsUsed, {
    description: 'The thresholds the rules were applied with (gränsvärden), so that the answer says which are in use.',
  })
  thresholds: EarlySignalThresholdsUsed;

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => [EarlySignalFlag], {
    description:
      'The flags, one per unit and rule, by rule then school unit; a unit flagged by two rules appears twice.',
  })
  flags: EarlySignalFlag[];
}
