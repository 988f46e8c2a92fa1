-- CountyOffices, schools database: the school units of each municipality in the county, by unit code.
-- bench: $1 = var.county
SELECT municipality_code, array_agg(id ORDER BY unit_code) AS school_ids
FROM school
WHERE county_code = $1
GROUP BY municipality_code
