-- HighNeedNotReached, schools database: the county's scope, each school unit with what the work list shows of it
-- and of its organiser (the list itself is these rows for the ids interventions.sql answers).
-- bench: $1 = var.county
SELECT s.id, s.organiser_id, s.municipality_code, sc.unit_code, sc.name, sc.school_form,
       o.name AS organiser_name, o.type AS organiser_type
FROM school_scope s
JOIN school sc ON sc.id = s.id
JOIN organiser o ON o.id = s.organiser_id
WHERE s.county_code = $1
