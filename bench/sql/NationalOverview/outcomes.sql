-- NationalOverview, outcomes database, in one statement: each county's equity gap by year (band-4 mean minus
-- band-1 mean of the indicator, group ALL, over its units of the indicator's school form, withheld under 3 units
-- a band), and the nation's high-need units (rows with only high_need_id set).
-- bench: $1 = schools.id
-- bench: $2 = schools.county_code
-- bench: $3 = schools.school_form
-- bench: $4 = schools.socio_economic_band
-- bench: $5 = var.indicator
WITH scope AS (
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS s(school_id, county_code, school_form, band)
), band_mean AS (
  SELECT s.county_code, v.year, s.band,
         count(*) FILTER (WHERE v.status = 'REPORTED') AS schools,
         avg(v.value) FILTER (WHERE v.status = 'REPORTED') AS mean
  FROM scope s
  JOIN indicator ind ON ind.code = $5 AND ind.school_form = s.school_form
  JOIN outcome_value v ON v.school_id = s.school_id AND v.indicator_code = ind.code AND v."group" = 'ALL'
  GROUP BY s.county_code, v.year, s.band
), gap AS (
  SELECT county_code, year,
         max(mean) FILTER (WHERE band = 4) - max(mean) FILTER (WHERE band = 1) AS gap,
         coalesce(max(schools) FILTER (WHERE band = 4), 0) AS band4,
         coalesce(max(schools) FILTER (WHERE band = 1), 0) AS band1
  FROM band_mean
  GROUP BY county_code, year
)
SELECT NULL::uuid AS high_need_id, county_code, year, band4 + band1 AS school_count,
       CASE WHEN gap IS NULL OR band4 = 0 OR band1 = 0 THEN 'MISSING'
            WHEN band4 < 3 OR band1 < 3 THEN 'SUPPRESSED' ELSE 'REPORTED' END AS status,
       CASE WHEN band4 >= 3 AND band1 >= 3 THEN gap END AS gap
FROM gap
UNION ALL
SELECT DISTINCT school_id, NULL::text, NULL::smallint, NULL::bigint, NULL::text, NULL::numeric
FROM school_need
WHERE fifth = 1 AND school_id = ANY($1::uuid[])
