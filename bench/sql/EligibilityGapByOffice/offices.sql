-- EligibilityGapByOffice, offices database: the office map, each office with the municipalities it covers.
SELECT o.id AS office_id, o.town, m.code AS municipality_code
FROM office o
JOIN municipality m ON m.office_id = o.id
ORDER BY o.id, m.code
