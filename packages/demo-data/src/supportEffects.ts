// How far support has lifted each school in each year, from 0 (none) to 1 (full effect). Effects show up with a
// lag: half a year after the start year, in full from the second year on.

import { yearOf } from './dates';
import type { GeneratedIntervention } from './interventions';
import { YEARS } from './schoolYears';
import type { DemoSchool } from './types';

/** Flat array indexed `school * YEARS.length + yearIndex`, like the school-year rows. */
export function supportEffects(
  schools: readonly DemoSchool[],
  generated: readonly GeneratedIntervention[],
): Float64Array {
  const effects = new Float64Array(schools.length * YEARS.length);
  const indexById = new Map(schools.map((school, index) => [school.id, index]));
  const indicesByOrganiser = new Map<string, number[]>();
  schools.forEach((school, index) => {
    const list = indicesByOrganiser.get(school.organiserId);
    if (list) list.push(index);
    else indicesByOrganiser.set(school.organiserId, [index]);
  });

  for (const { intervention } of generated) {
    if (intervention.startedOn === null) continue;
    // Work that was cancelled half-way still did some good; support to the organiser as a whole reaches each of
    // its schools more thinly than support aimed at named schools.
    const strength = intervention.status === 'CANCELLED' ? 0.5 : 1;
    const targets =
      intervention.schoolIds.length > 0
        ? intervention.schoolIds.map((id) => [indexById.get(id) ?? -1, strength] as const)
        : (indicesByOrganiser.get(intervention.organiserId) ?? []).map((index) => [index, strength * 0.5] as const);
    const startYear = yearOf(intervention.startedOn);
    YEARS.forEach((year, yearIndex) => {
      const lag = year - startYear;
      const ramp = lag >= 2 ? 1 : lag === 1 ? 0.5 : 0;
      if (ramp === 0) return;
      for (const [schoolIndex, weight] of targets) {
        if (schoolIndex < 0) continue;
        const slot = schoolIndex * YEARS.length + yearIndex;
        effects[slot] = Math.max(effects[slot], weight * ramp);
      }
    });
  }
  return effects;
}
