import { COUNTIES, MUNICIPALITIES, officeAreaById } from '@lagesbild/reference-data';
import type { User } from './user';

/**
 * What a user may read, as the municipalities it covers: everything, or a set of municipalities (a regional
 * manager's counties, an office's area). Municipalities rather than counties, because an office may cover part
 * of a county (Stockholm's is split between two offices).
 */
export type DataScope = { all: true } | { all: false; municipalities: string[]; counties: string[] };

export function dataScopeOf(user: User): DataScope {
  if (user.role === 'regional') {
    const counties = user.counties;
    const municipalities = MUNICIPALITIES.filter((m) => counties.includes(m.countyCode)).map((m) => m.code);
    return { all: false, municipalities, counties };
  }
  if (user.role === 'office') {
    const area = officeAreaById(user.officeId ?? '');
    return {
      all: false,
      municipalities: [...(area?.municipalityCodes ?? [])],
      counties: [...(area?.countyCodes ?? [])],
    };
  }
  return { all: true };
}

/** Whether a user may read figures of a county: a split county is readable by each office covering part of it. */
export function mayReadCounty(scope: DataScope, countyCode: string): boolean {
  return scope.all || scope.counties.includes(countyCode);
}

export function mayReadMunicipality(scope: DataScope, municipalityCode: string): boolean {
  return scope.all || scope.municipalities.includes(municipalityCode);
}

/** Every county code, for the scopes that see everything. */
export const ALL_COUNTIES = COUNTIES.map((county) => county.code);

/**
 * Whether a user may read an office's figures: those of an office whose whole area lies within the user's scope.
 * An office covering two counties is not readable by the manager of one of them, since its figures mix both.
 */
export function mayReadOffice(scope: DataScope, officeId: string): boolean {
  if (scope.all) return true;
  const area = officeAreaById(officeId);
  return !!area && area.municipalityCodes.every((code) => scope.municipalities.includes(code));
}
