// How many schools of each form each municipality gets, and which of them are independent, before any of them has
// a name or an organiser.

import { MUNICIPALITIES, type Municipality } from '@lagesbild/reference-data';
import { SPECIAL_SCHOOLS } from './chains';
import type { Random } from './random';
import type { SchoolForm } from './types';

export type NonStateForm = Exclude<SchoolForm, 'SPECIALSKOLA'>;

export interface SchoolSlot {
  municipalityCode: string;
  form: SchoolForm;
  /** Who runs it; the state runs only the specialskolor. */
  operator: 'MUNICIPAL' | 'INDEPENDENT' | 'STATE';
  /** Set for the state's specialskolor, whose names are fixed. */
  specialSchoolName?: string;
}

interface FormTarget {
  /** Units in Sweden at scale 1 (roughly Skolverket's counts). */
  count: number;
  /**
   * Schools grow slower than population (exponent < 1): sparsely populated municipalities keep many small schools.
   * Upper secondary schools follow population more closely.
   */
  populationExponent: number;
  /** Share of units run by independent organisers. */
  independentShare: number;
}

const FORM_TARGETS: Readonly<Record<NonStateForm, FormTarget>> = {
  GRUNDSKOLA: { count: 4800, populationExponent: 0.8, independentShare: 0.17 },
  GYMNASIESKOLA: { count: 1270, populationExponent: 0.95, independentShare: 0.35 },
  ANPASSAD_GRUNDSKOLA: { count: 600, populationExponent: 0.85, independentShare: 0.08 },
  ANPASSAD_GYMNASIESKOLA: { count: 250, populationExponent: 0.95, independentShare: 0.2 },
};

// Independent schools cluster in the cities: the odds of a school being independent grow with population.
function independentPropensity(municipality: Municipality): number {
  return Math.pow(municipality.population / 50_000, 0.4);
}

/** Scales the propensities so that the expected independent share over all schools of the form hits the target. */
function calibratedIndependentProbabilities(counts: number[], propensities: number[], share: number): number[] {
  const probabilities = (base: number) => propensities.map((propensity) => Math.min(0.75, base * propensity));
  const total = counts.reduce((sum, count) => sum + count, 0);
  let low = 0;
  let high = 2;
  for (let i = 0; i < 40; i++) {
    const middle = (low + high) / 2;
    const expected = probabilities(middle).reduce((sum, p, index) => sum + p * counts[index], 0);
    if (expected < share * total) low = middle;
    else high = middle;
  }
  return probabilities((low + high) / 2);
}

export function planSchoolSlots(random: Random, scale: number): SchoolSlot[] {
  const countsByForm = new Map<NonStateForm, number[]>();
  const probabilitiesByForm = new Map<NonStateForm, number[]>();
  const propensities = MUNICIPALITIES.map(independentPropensity);

  for (const [form, target] of Object.entries(FORM_TARGETS) as [NonStateForm, FormTarget][]) {
    const weights = MUNICIPALITIES.map((m) => Math.pow(m.population, target.populationExponent));
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const counts = weights.map((weight) => {
      const count = random.round((target.count * scale * weight) / totalWeight);
      // Every municipality runs at least one grundskola: compulsory schooling is its duty.
      return form === 'GRUNDSKOLA' ? Math.max(1, count) : count;
    });
    countsByForm.set(form, counts);
    probabilitiesByForm.set(form, calibratedIndependentProbabilities(counts, propensities, target.independentShare));
  }

  const slots: SchoolSlot[] = [];
  MUNICIPALITIES.forEach((municipality, index) => {
    for (const form of Object.keys(FORM_TARGETS) as NonStateForm[]) {
      const count = countsByForm.get(form)?.[index] ?? 0;
      const probability = probabilitiesByForm.get(form)?.[index] ?? 0;
      for (let i = 0; i < count; i++) {
        const operator = random.chance(probability) ? 'INDEPENDENT' : 'MUNICIPAL';
        slots.push({ municipalityCode: municipality.code, form, operator });
      }
    }
  });

  // The specialskolor are a fixed national set and do not grow with the scale.
  for (const special of SPECIAL_SCHOOLS) {
    slots.push({
      municipalityCode: special.municipalityCode,
      form: 'SPECIALSKOLA',
      operator: 'STATE',
      specialSchoolName: special.name,
    });
  }
  return slots;
}
