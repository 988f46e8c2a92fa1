// One row per school and year: the cohort and the socio-economic index, both moving slowly around the profile.

import type { Random } from './random';
import type { SchoolProfile } from './schoolProfiles';
import type { DemoSchool, DemoSchoolYear } from './types';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2025;
export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Rows come school by school, year by year: row `school * YEARS.length + yearIndex`. */
export function buildSchoolYears(
  schools: readonly DemoSchool[],
  profiles: readonly SchoolProfile[],
  random: Random,
): DemoSchoolYear[] {
  const rows: DemoSchoolYear[] = [];
  schools.forEach((school, index) => {
    const profile = profiles[index];
    for (const year of YEARS) {
      const fromMiddle = year - 2020;
      const sei = profile.seiBase + profile.seiSlope * fromMiddle + random.normal(0, 1.2);
      const cohort = profile.cohortBase * Math.exp(profile.cohortTrend * fromMiddle + random.normal(0, 0.08));
      rows.push({
        schoolId: school.id,
        year,
        pupilCount: Math.max(school.schoolForm === 'GRUNDSKOLA' ? 2 : 1, Math.round(cohort)),
        socioEconomicIndex: round1(Math.min(170, Math.max(40, sei))),
      });
    }
  });
  return rows;
}
