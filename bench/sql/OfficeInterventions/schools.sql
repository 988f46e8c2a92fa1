-- OfficeInterventions, schools database: the organiser of each intervention on the page.
-- bench: $1 = interventions.organiser_id
SELECT id, name, type
FROM organiser
WHERE id = ANY($1)
