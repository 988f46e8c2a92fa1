import type { ScopeSchool } from '@lagesbild/reporting';

/** An area's school units, unpacked from the scope table its representation carries in. */
export interface RequiredScope {
  schools: readonly ScopeSchool[];
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
      arrays.schoolForm.push(school.schoolForm);
      arrays.band.push(school.socioEconomicBand);
    }
  });
  return arrays;
}

/** The SQL of the scope table `alias (area, school_id, school_form, band)` from four parameters, the first $n. */
export const scopeTableSql = (first: number, alias = 'scope') =>
  `unnest($${first}::int[], $${first + 1}::uuid[], $${first + 2}::text[], $${first + 3}::int[])
     AS ${alias} (area, school_id, school_form, band)`;

export const scopeParameters = (arrays: ScopeArrays) => [arrays.area, arrays.schoolId, arrays.schoolForm, arrays.band];
