-- SchoolProfile, offices database: the school's municipality with its county and office, and the town of the office
-- of each of its interventions.
-- bench: $1 = schools.municipality_code
-- bench: $2 = interventions.office_id
SELECT m.code, m.name, c.name AS county_name, o.town AS office_town,
       (SELECT json_agg(json_build_object('id', io.id, 'town', io.town)) FROM office io WHERE io.id = ANY($2))
         AS intervention_offices
FROM municipality m
JOIN county c ON c.code = m.county_code
JOIN office o ON o.id = m.office_id
WHERE m.code = ANY($1)
