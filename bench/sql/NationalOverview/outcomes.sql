-- NationalOverview, outcomes database, from the outcome rollups (issue #13): each county's equity gap by year, the
-- band-4 mean minus the band-1 mean of the indicator (group ALL) over the units that reported it, withheld under 3
-- units a band. A county is the sum of its municipalities' rollup rows.
-- bench: $1 = var.indicator
WITH band_mean AS (
  SELECT county_code, year, band, sum(reported) AS schools, sum(value_sum) / nullif(sum(reported), 0) AS mean
  FROM outcome_rollup
  WHERE indicator_code = $1 AND "group" = 'ALL' AND band IN (1, 4)
  GROUP BY county_code, year, band
), gap AS (
  SELECT county_code, year,
         max(mean) FILTER (WHERE band = 4) - max(mean) FILTER (WHERE band = 1) AS gap,
         coalesce(max(schools) FILTER (WHERE band = 4), 0) AS band4,
         coalesce(max(schools) FILTER (WHERE band = 1), 0) AS band1
  FROM band_mean
  GROUP BY county_code, year
)
SELECT county_code, year, band4 + band1 AS school_count,
       CASE WHEN gap IS NULL OR band4 = 0 OR band1 = 0 THEN 'MISSING'
            WHEN band4 < 3 OR band1 < 3 THEN 'SUPPRESSED' ELSE 'REPORTED' END AS status,
       CASE WHEN band4 >= 3 AND band1 >= 3 THEN gap END AS gap
FROM gap
ORDER BY county_code, year
