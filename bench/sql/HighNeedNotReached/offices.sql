-- HighNeedNotReached, offices database: the county, and its municipalities' names with the town of the office
-- that covers each (for the municipalities of the work list).
-- bench: $1 = var.county
SELECT c.code, c.name, m.code AS municipality_code, m.name AS municipality_name, o.town AS office_town
FROM county c
JOIN municipality m ON m.county_code = c.code
JOIN office o ON o.id = m.office_id
WHERE c.code = $1
