-- CountyOffices, offices database: the county, and each of its municipalities with the office that covers it (the
-- county's offices are the distinct offices of these rows).
-- bench: $1 = var.county
SELECT c.code, c.name, m.code AS municipality_code, m.name AS municipality_name,
       o.id AS office_id, o.town AS office_town, o.map_basis
FROM county c
JOIN municipality m ON m.county_code = c.code
JOIN office o ON o.id = m.office_id
WHERE c.code = $1
ORDER BY m.code
