-- EquityTrend, outcomes database, in one statement: the county's equity trend (row_kind 'year': per year the mean
-- and spread of its units of the indicator's school form, band NULL, and each band's mean, with the gap band 4 minus
-- band 1), and the support effect (row_kind 'effect': per year from first support, -3 to 3, the supported units'
-- mean against comparable unsupported units of the same form, band and calendar year). Means are over REPORTED
-- values, group ALL; withholding a figure under 3 units is a comparison of the counts given.
-- bench: $1 = schools.id
-- bench: $2 = schools.school_form
-- bench: $3 = schools.socio_economic_band
-- bench: $4 = var.indicator
-- bench: $5 = interventions.school_id
-- bench: $6 = interventions.first_support_on
WITH scope AS (
  SELECT s.* FROM unnest($1::uuid[], $2::text[], $3::int[]) AS s(school_id, school_form, band)
  JOIN indicator ind ON ind.code = $4 AND ind.school_form = s.school_form
), unit_value AS (
  SELECT s.school_id, s.school_form, s.band, v.year, v.status, v.value,
         support.school_id IS NOT NULL AS supported,
         v.year - extract(year FROM support.first_support_on)::int AS event_year
  FROM scope s
  JOIN outcome_value v ON v.school_id = s.school_id AND v.indicator_code = $4 AND v."group" = 'ALL'
  LEFT JOIN unnest($5::uuid[], $6::date[]) AS support(school_id, first_support_on) ON support.school_id = s.school_id
), trend AS (
  SELECT year, band, grouping(band) = 1 AS whole_area,
         count(*) FILTER (WHERE status = 'REPORTED') AS schools,
         avg(value) FILTER (WHERE status = 'REPORTED')::float8 AS mean,
         stddev_pop(value) FILTER (WHERE status = 'REPORTED')::float8 AS spread
  FROM unit_value
  GROUP BY GROUPING SETS ((year, band), (year))
), comparable AS (
  SELECT * FROM unit_value WHERE status = 'REPORTED' AND band IS NOT NULL
), pair AS (
  SELECT event_year, value, avg(value) FILTER (WHERE NOT supported) OVER cell AS comparison_mean
  FROM comparable
  WINDOW cell AS (PARTITION BY school_form, band, year)
), effect AS (
  SELECT event_year, count(*) AS supported_schools, avg(value)::float8 AS supported_mean,
         avg(comparison_mean)::float8 AS comparison_mean, avg(value - comparison_mean)::float8 AS difference
  FROM pair
  WHERE event_year BETWEEN -3 AND 3 AND comparison_mean IS NOT NULL
  GROUP BY event_year
), cell AS (
  SELECT array_agg(school_id) FILTER (WHERE NOT supported) AS comparison_units,
         array_agg(DISTINCT event_year) FILTER (WHERE event_year BETWEEN -3 AND 3) AS event_years
  FROM comparable
  GROUP BY school_form, band, year
), comparison_count AS (
  SELECT event_year, count(DISTINCT unit) AS comparison_schools
  FROM cell, unnest(cell.event_years) AS event_year, unnest(cell.comparison_units) AS unit
  GROUP BY event_year
)
SELECT 'year' AS row_kind, year, band, whole_area, schools, mean, spread,
       CASE WHEN whole_area THEN max(mean) FILTER (WHERE band = 4 AND NOT whole_area) OVER same_year
                               - max(mean) FILTER (WHERE band = 1 AND NOT whole_area) OVER same_year END AS gap,
       NULL::int AS event_year, NULL::bigint AS supported_schools, NULL::float8 AS supported_mean,
       NULL::bigint AS comparison_schools, NULL::float8 AS comparison_mean, NULL::float8 AS difference
FROM trend
WINDOW same_year AS (PARTITION BY year)
UNION ALL
SELECT 'effect', NULL, NULL, NULL, NULL, NULL, NULL, NULL, event_year, supported_schools, supported_mean,
       comparison_schools, comparison_mean, difference
FROM effect JOIN comparison_count USING (event_year)
