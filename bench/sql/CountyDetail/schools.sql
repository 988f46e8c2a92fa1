-- CountyDetail, schools database: the county's scope, each school unit with its organiser and municipality.
-- bench: $1 = var.county
SELECT id, organiser_id, municipality_code
FROM school_scope
WHERE county_code = $1
