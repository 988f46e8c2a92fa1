import type { ScopeSchool } from '@lagesbild/reporting';

/**
 * An area's scope as the representation carries it in: only the fields this subgraph's @requires asked for, so
 * that form and band are there for the figures that ask for them.
 */
export interface RequiredScope {
  schools: (Pick<ScopeSchool, 'id'> & Partial<Pick<ScopeSchool, 'schoolForm' | 'socioEconomicBand'>>)[];
}

/** The school units of several areas as parallel arrays, for `unnest` in one statement: `area` is the index. */
export interface ScopeArrays {
  area: number[];
  schoolId: string[];
  schoolForm: (string | null)[];
  band: (number | null)[];
}

export function scopeArrays(scopes: readonly RequiredScope[]): ScopeArrays {
  const arrays: ScopeArrays = { area: [], schoolId: [], schoolForm: [], band: [] };
  scopes.forEach((scope, area) => {
    for (const school of scope.schools) {
      arrays.area.push(area);
      arrays.schoolId.push(school.id);
      arrays.schoolForm.push(school.schoolForm ?? null);
      arrays.band.push(school.socioEconomicBand ?? null);
    }
  });
  return arrays;
}

/** The SQL of the scope table `alias (area, school_id, school_form, band)` from four parameters, the first $n. */
export const scopeTableSql = (first: number, alias = 'scope') =>
  `unnest($${first}::int[], $${first + 1}::uuid[], $${first + 2}::text[], $${first + 3}::int[])
     AS ${alias} (area, school_id, school_form, band)`;

export const scopeParameters = (arrays: ScopeArrays) => [arrays.area, arrays.schoolId, arrays.schoolForm, arrays.band];
