import type { FigureArea } from '@lagesbild/subgraph-kit';
import { CELLS_WITH_GAP_SQL } from './trendCells';

// Equity trends from the outcome rollups (issue #13), for areas made of whole municipalities; an organiser's area
// is computed live (equityTrend.service.ts). The statement takes the live statement's parameters and gives its rows:
// the same cells, with the mean and the spread computed from the sums the way PostgreSQL's avg and stddev_pop
// compute them over numeric, so that the two agree to the last digit.

/** Whether the rollups hold a trend of `area`: any area but an organiser's (a trend is always whole years). */
export const trendRollupCovers = (area: FigureArea) => area.kind !== 'organiser';

/**
 * SQL: stddev_pop over the sums of CTE `summed`, as numeric_stddev_internal computes it: (n·Σx² − (Σx)²) / n² at
 * the division's scale, and its square root at that same scale (numeric's sqrt would take more digits); 0 when
 * nothing varies.
 */
const SPREAD = `CASE
    WHEN n = 0 THEN NULL
    WHEN n * square_sum - value_sum * value_sum <= 0 THEN 0
    ELSE round(sqrt((n * square_sum - value_sum * value_sum) / (n * n)),
               scale((n * square_sum - value_sum * value_sum) / (n * n)))
  END::float8`;

/**
 * The rollup rows of each request's area, indicator, group and years, each branch a range of the primary key; over
 * a CTE `request (area, indicator_code, "group", from_year, to_year, area_kind, area_code)`.
 */
export const AREA_ROWS = `
    SELECT r.area, r.from_year, r.to_year, x.* FROM request r
    JOIN outcome_rollup x ON x.indicator_code = r.indicator_code AND x."group" = r."group"
    WHERE r.area_kind = 'nation'
    UNION ALL
    SELECT r.area, r.from_year, r.to_year, x.* FROM request r
    JOIN outcome_rollup x ON x.indicator_code = r.indicator_code AND x."group" = r."group"
      AND x.county_code = r.area_code
    WHERE r.area_kind = 'county'
    UNION ALL
    SELECT r.area, r.from_year, r.to_year, x.* FROM request r
    JOIN outcome_rollup x ON x.indicator_code = r.indicator_code AND x."group" = r."group"
      AND x.county_code = left(r.area_code, 2) AND x.municipality_code = r.area_code
    WHERE r.area_kind = 'municipality'
    UNION ALL
    -- An office's municipalities by the replica of the office map, as the live statement finds its units.
    SELECT r.area, r.from_year, r.to_year, x.* FROM request r
    JOIN offices.municipality_office m ON m.office_id = r.area_code
    JOIN outcome_rollup x ON x.indicator_code = r.indicator_code AND x."group" = r."group"
      AND x.county_code = left(m.municipality_code, 2) AND x.municipality_code = m.municipality_code
    WHERE r.area_kind = 'office'`;

/** Every cell of every request in one statement, with the live statement's parameters and columns. */
export const TREND_ROLLUP_SQL = `
  WITH request AS (
    SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[])
      AS request (area, indicator_code, "group", from_year, to_year, area_kind, area_code)
  ),
  area_row AS (${AREA_ROWS}),
  summed AS (
    SELECT area, year, nullif(band, 0) AS band, grouping(band) = 1 AS whole_area, sum(reported) AS n,
           sum(value_sum) AS value_sum, sum(value_square_sum) AS square_sum,
           sum(suppressed)::int AS suppressed, sum(missing)::int AS missing
    FROM area_row
    WHERE year >= coalesce(from_year, year) AND year <= coalesce(to_year, year)
    GROUP BY GROUPING SETS ((area, year, band), (area, year))
  ),
  cell AS (
    SELECT area, year, band, whole_area, n::int AS schools, (value_sum / nullif(n, 0))::float8 AS mean,
           ${SPREAD} AS spread, suppressed, missing
    FROM summed
  )
  ${CELLS_WITH_GAP_SQL}`;
