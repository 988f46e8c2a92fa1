import { areaParameters, areaUnitsSql, readDataVersions, type FigureArea } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Transition } from '../types/transition';
import { applySuppression } from './suppression';

export interface TransitionRequest {
  area: FigureArea;
  fromYear: number | null;
  toYear: number | null;
}

interface TransitionRow {
  area: number;
  municipality_code: string;
  year: number;
  eligible: number | null;
  eligible_schools: number | null;
  degree: number | null;
  degree_schools: number | null;
  cohort_degree: number | null;
  cohort_degree_schools: number | null;
}

/**
 * TRANSITION_DEFINITION in SQL, for every area of a request tick in one statement: each municipality's
 * pupil-weighted share per indicator and year over its units' reported values (group ALL), then each year beside
 * the gymnasium figure of the same year and of three years later. $1, $2 the areas; $3 and $4 each area's years.
 */
const TRANSITION_SQL = `
  WITH request AS (
    SELECT (ordinal - 1)::int AS area, from_year, to_year
    FROM unnest($3::int[], $4::int[]) WITH ORDINALITY AS r (from_year, to_year, ordinal)
  ),
  scope AS MATERIALIZED (${areaUnitsSql('$1::text[]', '$2::text[]')}),
  share AS (
    SELECT scope.area, scope.municipality_code, v.indicator_code, v.year,
           (sum(v.value * v.pupil_count) / sum(v.pupil_count))::float8 AS share, count(*)::int AS schools
    FROM scope
    JOIN outcome_value v ON v.school_id = scope.school_id AND v."group" = 'ALL' AND v.status = 'REPORTED'
                        AND v.pupil_count > 0
                        AND v.indicator_code IN ('ELIGIBLE_NATIONAL_PROGRAMME', 'DEGREE_WITHIN_3_YEARS')
    GROUP BY scope.area, scope.municipality_code, v.indicator_code, v.year
  ),
  area_year AS (
    SELECT DISTINCT share.area, share.municipality_code, share.year
    FROM share JOIN request USING (area)
    WHERE share.year >= coalesce(request.from_year, share.year) AND share.year <= coalesce(request.to_year, share.year)
  )
  SELECT y.area, y.municipality_code, y.year,
         e.share AS eligible, e.schools AS eligible_schools, d.share AS degree, d.schools AS degree_schools,
         c.share AS cohort_degree, c.schools AS cohort_degree_schools
  FROM area_year y
  LEFT JOIN share e ON (e.area, e.municipality_code, e.year, e.indicator_code)
                     = (y.area, y.municipality_code, y.year, 'ELIGIBLE_NATIONAL_PROGRAMME')
  LEFT JOIN share d ON (d.area, d.municipality_code, d.year, d.indicator_code)
                     = (y.area, y.municipality_code, y.year, 'DEGREE_WITHIN_3_YEARS')
  LEFT JOIN share c ON (c.area, c.municipality_code, c.year, c.indicator_code)
                     = (y.area, y.municipality_code, y.year + 3, 'DEGREE_WITHIN_3_YEARS')
  ORDER BY y.area, y.municipality_code, y.year`;

/** The transition figures asked for in one request tick, in one statement. */
export function createTransitionLoader(dataSource: DataSource) {
  return new DataLoader<TransitionRequest, Transition>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const rows: TransitionRow[] = await dataSource.query(TRANSITION_SQL, [
        ...areaParameters(requests.map((request) => request.area)),
        requests.map((request) => request.fromYear),
        requests.map((request) => request.toYear),
      ]);
      return requests.map((_, area) => ({
        dataVersions,
        years: rows
          .filter((row) => row.area === area)
          .map((row) => ({
            municipality: { code: row.municipality_code },
            year: row.year,
            ...applySuppression({
              eligibleNationalProgramme: { value: row.eligible, schoolCounts: [row.eligible_schools ?? 0] },
              degreeWithin3Years: { value: row.degree, schoolCounts: [row.degree_schools ?? 0] },
              cohortDegreeWithin3Years: { value: row.cohort_degree, schoolCounts: [row.cohort_degree_schools ?? 0] },
            }),
          })),
      }));
    },
    // Keys are new objects with every request: batching only, nothing to cache.
    { cache: false },
  );
}
