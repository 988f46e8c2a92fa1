import { registerEnumType } from 'type-graphql';

export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  POINTS = 'POINTS',
  RESIDUAL_POINTS = 'RESIDUAL_POINTS',
}
registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'Unit of an indicator’s values.',
  valuesConfig: {
    PERCENT: { description: 'Per cent of the pupils (andel, %).' },
    POINTS: { description: 'Merit points (meritpoäng).' },
    RESIDUAL_POINTS: { description: 'Merit points above (+) or below (−) the value expected from pupil background.' },
  },
});

export enum OutcomeGroup {
  ALL = 'ALL',
  GIRLS = 'GIRLS',
  BOYS = 'BOYS',
}
registerEnumType(OutcomeGroup, {
  name: 'OutcomeGroup',
  description: 'Pupil group an outcome value is for (elevgrupp).',
  valuesConfig: {
    ALL: { description: 'All pupils (samtliga).' },
    GIRLS: { description: 'Girls (flickor).' },
    BOYS: { description: 'Boys (pojkar).' },
  },
});

export enum OutcomeStatus {
  REPORTED = 'REPORTED',
  SUPPRESSED = 'SUPPRESSED',
  MISSING = 'MISSING',
}
registerEnumType(OutcomeStatus, {
  name: 'OutcomeStatus',
  description: 'Whether a value is published, following Skolverket’s markers.',
  valuesConfig: {
    REPORTED: { description: 'Published value.' },
    SUPPRESSED: {
      description:
        'Not published (Skolverket’s ".."): fewer than 10 pupils, or withheld so that another suppressed value cannot be worked out (secondary suppression), or an aggregate over fewer than 3 school units. The value is null, never 0.',
    },
    MISSING: { description: 'No data (Skolverket’s "."); the value is null.' },
  },
});
