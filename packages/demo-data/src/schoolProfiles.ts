// The hidden traits of each school that the visible data are drawn from: its socio-economic starting point and
// drift, how well it does beyond what its intake predicts, and its size. Nothing here is exported in the data set.

import { MUNICIPALITIES } from '@lagesbild/reference-data';
import type { Random } from './random';
import type { DemoOrganiser, DemoSchool } from './types';

export interface SchoolProfile {
  /** Socio-economic index in 2020, the middle of the period. */
  seiBase: number;
  /** Index points per year; small, so the index drifts slowly. */
  seiSlope: number;
  /** Standardised school effect: results above (positive) or below what the intake predicts. */
  quality: number;
  /** Typical cohort (year 9 for grundskola, the degree cohort for gymnasieskola, all pupils otherwise). */
  cohortBase: number;
  /** Relative change in cohort per year. */
  cohortTrend: number;
}

interface MunicipalityTraits {
  seiMean: number;
  seiSpread: number;
  quality: number;
}

function lognormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(random.normal(0, sigma));
}

function cohortBase(random: Random, school: DemoSchool, population: number): number {
  switch (school.schoolForm) {
    case 'GRUNDSKOLA': {
      // A few very small rural schools, so that suppression of small groups shows up in the reports.
      if (random.chance(0.05)) return random.int(3, 12);
      const median = population < 15_000 ? 26 : 36;
      return Math.min(170, Math.max(5, lognormal(random, median, 0.65)));
    }
    case 'GYMNASIESKOLA':
      return Math.min(420, Math.max(20, lognormal(random, 105, 0.75)));
    case 'ANPASSAD_GRUNDSKOLA':
      return random.int(3, 40);
    case 'ANPASSAD_GYMNASIESKOLA':
      return random.int(5, 60);
    case 'SPECIALSKOLA':
      return random.int(20, 120);
  }
}

export function buildSchoolProfiles(
  schools: readonly DemoSchool[],
  organisers: readonly DemoOrganiser[],
  random: Random,
): SchoolProfile[] {
  // Schools in the same municipality resemble each other: part of the index and of the school effect is shared.
  const traits = new Map<string, MunicipalityTraits>();
  for (const municipality of MUNICIPALITIES) {
    traits.set(municipality.code, {
      seiMean: random.normal(100, 8),
      // Cities are more segregated than small towns, so their schools spread wider.
      seiSpread: 10.5 + 3 * Math.log10(Math.max(1, municipality.population / 10_000)),
      quality: random.normal(0, 0.4),
    });
  }
  const organiserType = new Map(organisers.map((organiser) => [organiser.id, organiser.type]));
  const populationOf = new Map(MUNICIPALITIES.map((m) => [m.code, m.population]));

  return schools.map((school): SchoolProfile => {
    const municipality = traits.get(school.municipalityCode);
    if (!municipality) throw new Error(`Unknown municipality ${school.municipalityCode}`);
    // Independent schools draw a somewhat more advantaged intake; offsets chosen to keep the national mean near 100.
    const intakeShift = organiserType.get(school.organiserId) === 'INDEPENDENT' ? -6 : 1.2;
    const spread = school.schoolForm === 'GYMNASIESKOLA' ? municipality.seiSpread * 0.7 : municipality.seiSpread;
    return {
      seiBase: municipality.seiMean + intakeShift + random.normal(0, spread),
      seiSlope: random.normal(0, 0.5),
      quality: municipality.quality + random.normal(0, 0.9),
      cohortBase: cohortBase(random, school, populationOf.get(school.municipalityCode) ?? 0),
      cohortTrend: random.normal(0, 0.015),
    };
  });
}
