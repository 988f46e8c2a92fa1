/**
 * The end of both equity trend statements (the live one and the rollups'), over a CTE `cell (area, year, band,
 * whole_area, schools, mean, spread, suppressed, missing)`: the cells in order, the whole area's with its gap,
 * band 4's mean less band 1's, taken by a window over the area's year.
 */
export const CELLS_WITH_GAP_SQL = `
  SELECT area, year, band, whole_area, schools, mean, spread, suppressed, missing,
         CASE WHEN whole_area THEN
           max(mean) FILTER (WHERE band = 4 AND NOT whole_area) OVER same_year
             - max(mean) FILTER (WHERE band = 1 AND NOT whole_area) OVER same_year
         END AS gap
  FROM cell
  WINDOW same_year AS (PARTITION BY area, year)
  ORDER BY area, year, band`;
