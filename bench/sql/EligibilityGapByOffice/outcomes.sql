-- EligibilityGapByOffice, outcomes database: each office area's gap by year from fromYear on (band-4 mean minus
-- band-1 mean of the indicator, group ALL, over its units of the indicator's school form, withheld under 3 units a
-- band).
-- bench: $1 = schools.id
-- bench: $2 = schools.municipality_code
-- bench: $3 = schools.school_form
-- bench: $4 = schools.socio_economic_band
-- bench: $5 = offices.office_id
-- bench: $6 = offices.municipality_code
-- bench: $7 = var.indicator
-- bench: $8 = var.fromYear
WITH office_map AS (
  SELECT * FROM unnest($5::text[], $6::text[]) AS m(office_id, municipality_code)
), scope AS (
  SELECT m.office_id, s.school_id, s.school_form, s.band
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS s(school_id, municipality_code, school_form, band)
  JOIN office_map m USING (municipality_code)
), band_mean AS (
  SELECT s.office_id, v.year, s.band,
         count(*) FILTER (WHERE v.status = 'REPORTED') AS schools,
         avg(v.value) FILTER (WHERE v.status = 'REPORTED') AS mean
  FROM scope s
  JOIN indicator ind ON ind.code = $7 AND ind.school_form = s.school_form
  JOIN outcome_value v ON v.school_id = s.school_id AND v.indicator_code = ind.code AND v."group" = 'ALL'
  WHERE v.year >= $8::int
  GROUP BY s.office_id, v.year, s.band
), gap AS (
  SELECT office_id, year,
         max(mean) FILTER (WHERE band = 4) - max(mean) FILTER (WHERE band = 1) AS gap,
         coalesce(max(schools) FILTER (WHERE band = 4), 0) AS band4,
         coalesce(max(schools) FILTER (WHERE band = 1), 0) AS band1
  FROM band_mean
  GROUP BY office_id, year
)
SELECT office_id, year, band4 + band1 AS school_count,
       CASE WHEN gap IS NULL OR band4 = 0 OR band1 = 0 THEN 'MISSING'
            WHEN band4 < 3 OR band1 < 3 THEN 'SUPPRESSED' ELSE 'REPORTED' END AS status,
       CASE WHEN band4 >= 3 AND band1 >= 3 THEN gap END AS gap
FROM gap
ORDER BY office_id, year
