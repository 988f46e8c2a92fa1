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
 * pupil-weighted share per indicator and year over its units' reported values (group ALL), both indicators in one
 * grouping, and the gymnasium figure of three years later beside each year by a window frame over the year (a year
 * without gymnasium values is no row to count past). The years asked for are chosen after the window, so that a
 * year's cohort figure can lie beyond them. $1, $2 the areas; $3 and $4 each area's years.
 */
const TRANSITION_SQL = `
  WITH request AS (
    SELECT (ordinal - 1)::int AS area, from_year, to_year
    FROM unnest($3::int[], $4::int[]) WITH ORDINALITY AS r (from_year, to_year, ordinal)
  ),
  scope AS MATERIALIZED (${areaUnitsSql('$1::text[]', '$2::text[]')}),
  share AS (
    SELECT scope.area, scope.municipality_code, v.year,
           (sum(v.value * v.pupil_count) FILTER (WHERE v.indicator_code = 'ELIGIBLE_NATIONAL_PROGRAMME')
             / sum(v.pupil_count) FILTER (WHERE v.indicator_code = 'ELIGIBLE_NATIONAL_PROGRAMME'))::float8 AS eligible,
           count(*) FILTER (WHERE v.indicator_code = 'ELIGIBLE_NATIONAL_PROGRAMME')::int AS eligible_schools,
           (sum(v.value * v.pupil_count) FILTER (WHERE v.indicator_code = 'DEGREE_WITHIN_3_YEARS')
             / sum(v.pupil_count) FILTER (WHERE v.indicator_code = 'DEGREE_WITHIN_3_YEARS'))::float8 AS degree,
           count(*) FILTER (WHERE v.indicator_code = 'DEGREE_WITHIN_3_YEARS')::int AS degree_schools
    FROM scope
    JOIN outcome_value v ON v.school_id = scope.school_id AND v."group" = 'ALL' AND v.status = 'REPORTED'
                        AND v.pupil_count > 0
                        AND v.indicator_code IN ('ELIGIBLE_NATIONAL_PROGRAMME', 'DEGREE_WITHIN_3_YEARS')
    GROUP BY scope.area, scope.municipality_code, v.year
  ),
  with_cohort AS (
    SELECT share.*,
           first_value(degree) OVER three_years_on AS cohort_degree,
           first_value(degree_schools) OVER three_years_on AS cohort_degree_schools
    FROM share
    WINDOW three_years_on AS (PARTITION BY area, municipality_code ORDER BY year
                              RANGE BETWEEN 3 FOLLOWING AND 3 FOLLOWING)
  )
  SELECT with_cohort.* FROM with_cohort JOIN request USING (area)
  WHERE year >= coalesce(request.from_year, year) AND year <= coalesce(request.to_year, year)
  ORDER BY area, municipality_code, year`;

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
