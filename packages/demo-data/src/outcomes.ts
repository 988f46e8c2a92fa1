// Outcome values per school, year, indicator and group (all, girls, boys). Counts are drawn per sex and summed, so
// girls + boys = all holds for pupils and for the values. Groups under 10 pupils are suppressed, as Skolverket does.

import { INDICATORS, type Indicator } from '@lagesbild/reference-data';
import { type MeanModel, OUTCOME_MODELS, type OutcomeModel, type PercentModel } from './outcomeModels';
import type { Random } from './random';
import type { SchoolProfile } from './schoolProfiles';
import { YEARS } from './schoolYears';
import type { DemoOutcomeValue, DemoSchool, DemoSchoolYear, OutcomeGroup, OutcomeStatus } from './types';

const SUPPRESSION_LIMIT = 10;
const GIRL_SHARE = 0.49;
// Skolverket's "." (no data): now and then a whole school year, now and then a single indicator.
const MISSING_SCHOOL_YEAR = 0.008;
const MISSING_INDICATOR = 0.01;

// Bound once: global lookups are slow under jest's sandbox, and these run tens of millions of times.
const { exp, round, min, max, sqrt } = Math;

const logistic = (x: number) => 1 / (1 + exp(-x));
const round1 = (value: number) => round(value * 10) / 10;

interface Inputs {
  schools: readonly DemoSchool[];
  profiles: readonly SchoolProfile[];
  /** In school-major, year-minor order, as buildSchoolYears returns them. */
  schoolYears: readonly DemoSchoolYear[];
  /** Same layout, from supportEffects. */
  support: Float64Array;
}

type Draw = { girls: number; boys: number; all: number };

function modelFor(indicator: Indicator): OutcomeModel {
  const model = OUTCOME_MODELS[indicator.code];
  if (!model) throw new Error(`No outcome model for indicator ${indicator.code}`);
  return model;
}

export function generateOutcomes(inputs: Inputs, random: Random): DemoOutcomeValue[] {
  const { schools, profiles, schoolYears, support } = inputs;
  const yearCount = YEARS.length;
  const advantage = new Float64Array(schoolYears.length);
  schoolYears.forEach((row, slot) => (advantage[slot] = (100 - row.socioEconomicIndex) / 15));

  const rows: DemoOutcomeValue[] = [];
  for (const form of ['GRUNDSKOLA', 'GYMNASIESKOLA'] as const) {
    const indicators = INDICATORS.filter((indicator) => indicator.schoolForm === form);
    const schoolIndices = schools.flatMap((school, index) => (school.schoolForm === form ? [index] : []));
    // The part of each school's expected level that is not the national intercept, per indicator.
    const predictor = (model: PercentModel | MeanModel, slot: number, schoolIndex: number) =>
      model.advantage * advantage[slot] + model.quality * profiles[schoolIndex].quality + model.support * support[slot];
    const intercepts = new Map<string, number[]>();
    for (const indicator of indicators) {
      const model = modelFor(indicator);
      if (model.shape === 'RESIDUAL') continue;
      intercepts.set(
        indicator.code,
        YEARS.map((_, yearIndex) => calibrate(model, yearIndex, schoolIndices, schoolYears, predictor)),
      );
    }
    // SALSA subtracts the prediction from intake alone, re-centred so that the national residual is about zero.
    const residualCentre = (model: MeanModel, yearIndex: number) => {
      let weighted = 0;
      let pupils = 0;
      for (const schoolIndex of schoolIndices) {
        const slot = schoolIndex * yearCount + yearIndex;
        const n = schoolYears[slot].pupilCount;
        weighted += n * (model.quality * profiles[schoolIndex].quality + model.support * support[slot]);
        pupils += n;
      }
      return pupils > 0 ? weighted / pupils : 0;
    };
    const centres = new Map<string, number[]>();
    for (const indicator of indicators) {
      const model = modelFor(indicator);
      if (model.shape !== 'RESIDUAL') continue;
      const of = OUTCOME_MODELS[model.of];
      if (!of || of.shape !== 'MEAN') throw new Error(`${indicator.code} must be the residual of a mean indicator`);
      centres.set(
        indicator.code,
        YEARS.map((_, yearIndex) => residualCentre(of, yearIndex)),
      );
    }

    for (const schoolIndex of schoolIndices) {
      const school = schools[schoolIndex];
      for (let yearIndex = 0; yearIndex < yearCount; yearIndex++) {
        const slot = schoolIndex * yearCount + yearIndex;
        const { year, pupilCount } = schoolYears[slot];
        const girls = random.binomial(pupilCount, GIRL_SHARE);
        const counts: Draw = { girls, boys: pupilCount - girls, all: pupilCount };
        const wholeYearMissing = random.chance(MISSING_SCHOOL_YEAR);
        const draws = new Map<string, Draw>();
        for (const indicator of indicators) {
          const model = modelFor(indicator);
          let values: Draw;
          if (model.shape === 'RESIDUAL') {
            const of = OUTCOME_MODELS[model.of] as MeanModel;
            const merit = draws.get(model.of);
            if (!merit) throw new Error(`${indicator.code} must come after ${model.of} in the catalogue`);
            const expected =
              (intercepts.get(model.of)?.[yearIndex] ?? 0) +
              of.advantage * advantage[slot] +
              (centres.get(indicator.code)?.[yearIndex] ?? 0);
            values = {
              girls: merit.girls - expected - of.girls,
              boys: merit.boys - expected + of.girls,
              all: 0,
            };
            values.all = (values.girls * counts.girls + values.boys * counts.boys) / max(1, pupilCount);
          } else {
            const level = (intercepts.get(indicator.code)?.[yearIndex] ?? 0) + predictor(model, slot, schoolIndex);
            values =
              model.shape === 'PERCENT'
                ? drawPercent(random, model, level, counts)
                : drawMean(random, model, level, counts);
          }
          draws.set(indicator.code, values);
          const missing = wholeYearMissing || random.chance(MISSING_INDICATOR);
          for (const group of ['ALL', 'GIRLS', 'BOYS'] as const) {
            rows.push(outcomeRow(school.id, year, indicator.code, group, missing, counts, values));
          }
        }
      }
    }
  }
  return rows;
}

function outcomeRow(
  schoolId: string,
  year: number,
  indicatorCode: string,
  group: OutcomeGroup,
  missing: boolean,
  counts: Draw,
  values: Draw,
): DemoOutcomeValue {
  const key = group === 'ALL' ? 'all' : group === 'GIRLS' ? 'girls' : 'boys';
  const pupils = counts[key];
  let status: OutcomeStatus = 'REPORTED';
  if (missing) status = 'MISSING';
  else if (pupils < SUPPRESSION_LIMIT) status = 'SUPPRESSED';
  return {
    schoolId,
    year,
    indicatorCode,
    group,
    value: status === 'REPORTED' ? round1(values[key]) : null,
    pupilCount: status === 'MISSING' ? null : pupils,
    status,
  };
}

function drawPercent(random: Random, model: PercentModel, level: number, counts: Draw): Draw {
  const shock = random.normal(0, model.shock);
  const girls = random.binomial(counts.girls, logistic(level + shock + model.girls));
  const boys = random.binomial(counts.boys, logistic(level + shock - model.girls));
  const share = (count: number, pupils: number) => (pupils > 0 ? (100 * count) / pupils : 0);
  return { girls: share(girls, counts.girls), boys: share(boys, counts.boys), all: share(girls + boys, counts.all) };
}

function drawMean(random: Random, model: MeanModel, level: number, counts: Draw): Draw {
  const shock = random.normal(0, model.shock);
  const mean = (offset: number, pupils: number) =>
    min(model.max, max(model.min, random.normal(level + shock + offset, model.pupilSd / sqrt(max(1, pupils)))));
  const girls = mean(model.girls, counts.girls);
  const boys = mean(-model.girls, counts.boys);
  return { girls, boys, all: (girls * counts.girls + boys * counts.boys) / max(1, counts.all) };
}

/**
 * The national intercept for one year: chosen so that the pupil-weighted expected national level equals the
 * published one, whatever the seed and scale did to the mix of schools.
 */
function calibrate(
  model: PercentModel | MeanModel,
  yearIndex: number,
  schoolIndices: readonly number[],
  schoolYears: readonly DemoSchoolYear[],
  predictor: (model: PercentModel | MeanModel, slot: number, schoolIndex: number) => number,
): number {
  const target = model.nationalLevel[yearIndex];
  const weights: number[] = [];
  const parts: number[] = [];
  for (const schoolIndex of schoolIndices) {
    const slot = schoolIndex * YEARS.length + yearIndex;
    weights.push(schoolYears[slot].pupilCount);
    parts.push(predictor(model, slot, schoolIndex));
  }
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) return 0;
  if (model.shape === 'MEAN') {
    return target - parts.reduce((sum, part, i) => sum + part * weights[i], 0) / totalWeight;
  }
  const expectedShare = (intercept: number) => {
    let sum = 0;
    for (let i = 0; i < parts.length; i++) {
      const x = intercept + parts[i];
      sum += weights[i] * (GIRL_SHARE * logistic(x + model.girls) + (1 - GIRL_SHARE) * logistic(x - model.girls));
    }
    return (100 * sum) / totalWeight;
  };
  let low = -10;
  let high = 10;
  for (let i = 0; i < 40; i++) {
    const middle = (low + high) / 2;
    if (expectedShare(middle) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
