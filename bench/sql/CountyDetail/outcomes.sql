-- CountyDetail, outcomes database: the county's high-need school units.
-- bench: $1 = schools.id
SELECT DISTINCT school_id AS high_need_id
FROM school_need
WHERE fifth = 1 AND school_id = ANY($1::uuid[])
