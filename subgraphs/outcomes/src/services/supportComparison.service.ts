import { areaParameters, areaUnitsSql, readDataVersions, type FigureArea } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { OutcomeGroup } from '../entities/outcomeEnums';
import type { SupportComparison, SupportComparisonYear } from '../types/supportComparison';
import { EVENT_YEARS } from './figureDefinitions';
import { applySuppression } from './suppression';

export interface SupportComparisonRequest {
  area: FigureArea;
  indicatorCode: string;
}

interface EventYearRow {
  area: number;
  event_year: number;
  supported_schools: number;
  supported_mean: number;
  comparison_schools: number;
  comparison_mean: number;
  difference: number;
}

/**
 * SUPPORT_COMPARISON_DEFINITION in SQL, for every area of a request tick in one statement. A cell is one area's
 * units of one form and band in one calendar year; its comparison mean is over the cell's unsupported units. A
 * supported unit's reported value k years from its first support is paired with its cell's comparison mean (a
 * window over the cell, so no join), and event year k averages the pairs, so that both means rest on the same
 * supported units and calendar years. Supported units whose cell has no comparable value are left out of both
 * sides. The comparison count is of the distinct unsupported units in the cells that event year k used.
 */
const COMPARISON_SQL = `
  WITH request AS (
    SELECT * FROM unnest($1::int[], $2::text[]) AS request (area, indicator_code)
  ),
  scope AS MATERIALIZED (${areaUnitsSql('$3::text[]', '$4::text[]')}),
  -- SUPPORT_START_DEFINITION: the earlier of the unit's own first support and its organiser's as a whole, from the
  -- replica of what the interventions subgraph publishes.
  support AS (
    SELECT scope.area, scope.school_id,
      least(unit.first_support_on, organiser.first_support_on) AS first_support_on
    FROM scope
    LEFT JOIN interventions.unit_support unit
      ON unit.school_id = scope.school_id AND unit.organiser_id = scope.organiser_id
    LEFT JOIN interventions.organiser_support organiser ON organiser.organiser_id = scope.organiser_id
    WHERE unit.school_id IS NOT NULL OR organiser.organiser_id IS NOT NULL
  ),
  unit_value AS (
    SELECT scope.area, scope.school_id, scope.school_form, scope.band, v.year, v.value,
           support.school_id IS NOT NULL AS supported,
           v.year - extract(year FROM support.first_support_on)::int AS event_year
    FROM request
    JOIN indicator ON indicator.code = request.indicator_code
    JOIN scope ON scope.area = request.area AND scope.school_form = indicator.school_form
    LEFT JOIN support ON support.area = scope.area AND support.school_id = scope.school_id
    JOIN outcome_value v ON v.school_id = scope.school_id AND v.indicator_code = request.indicator_code
                        AND v."group" = 'ALL' AND v.status = 'REPORTED'
    WHERE scope.band IS NOT NULL
  ),
  pair AS (
    SELECT area, event_year, value,
           avg(value) FILTER (WHERE NOT supported) OVER cell AS comparison_mean
    FROM unit_value
    WINDOW cell AS (PARTITION BY area, school_form, band, year)
  ),
  event_year_mean AS (
    SELECT area, event_year, count(*)::int AS supported_schools, avg(value)::float8 AS supported_mean,
           avg(comparison_mean)::float8 AS comparison_mean, avg(value - comparison_mean)::float8 AS difference
    FROM pair
    WHERE event_year BETWEEN $5 AND $6 AND comparison_mean IS NOT NULL
    GROUP BY area, event_year
  ),
  cell AS (
    SELECT area, array_agg(school_id) FILTER (WHERE NOT supported) AS comparison_units,
           array_agg(DISTINCT event_year) FILTER (WHERE event_year BETWEEN $5 AND $6) AS event_years
    FROM unit_value
    GROUP BY area, school_form, band, year
  ),
  comparison_count AS (
    SELECT area, event_year, count(DISTINCT comparison_unit)::int AS comparison_schools
    FROM cell, unnest(cell.event_years) AS event_year, unnest(cell.comparison_units) AS comparison_unit
    GROUP BY area, event_year
  )
  SELECT * FROM event_year_mean JOIN comparison_count USING (area, event_year)
  ORDER BY area, event_year`;

const EVENT_YEAR_RANGE = Array.from(
  { length: EVENT_YEARS.before + EVENT_YEARS.after + 1 },
  (_, i) => i - EVENT_YEARS.before,
);

/** One event year from its row (none: no pair), through the suppression hook. */
function comparisonYear(yearsFromSupport: number, row: EventYearRow | undefined): SupportComparisonYear {
  const supportedCount = row?.supported_schools ?? 0;
  const comparisonCount = row?.comparison_schools ?? 0;
  return {
    yearsFromSupport,
    ...applySuppression({
      supported: { value: row?.supported_mean ?? null, schoolCounts: [supportedCount] },
      comparison: { value: row?.comparison_mean ?? null, schoolCounts: [comparisonCount] },
      difference: { value: row?.difference ?? null, schoolCounts: [supportedCount, comparisonCount] },
    }),
  };
}

/** The support comparisons asked for in one request tick (any areas, any indicators), in one statement. */
export function createSupportComparisonLoader(dataSource: DataSource) {
  return new DataLoader<SupportComparisonRequest, SupportComparison>(
    async (requests) => {
      const dataVersions = await readDataVersions(dataSource);
      const rows: EventYearRow[] = await dataSource.query(COMPARISON_SQL, [
        requests.map((_, area) => area),
        requests.map((request) => request.indicatorCode),
        ...areaParameters(requests.map((request) => request.area)),
        -EVENT_YEARS.before,
        EVENT_YEARS.after,
      ]);
      return requests.map((request, area) => {
        const ofArea = new Map(rows.filter((row) => row.area === area).map((row) => [row.event_year, row]));
        return {
          indicatorCode: request.indicatorCode,
          group: OutcomeGroup.ALL,
          dataVersions,
          years: EVENT_YEAR_RANGE.map((k) => comparisonYear(k, ofArea.get(k))),
        };
      });
    },
    // Keys are new objects with every request: batching only, nothing to cache.
    { cache: false },
  );
}
