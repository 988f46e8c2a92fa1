-- EligibilityGapByOffice, interventions database: each office area's overdue follow-ups by kind, of the
-- interventions for the organisers running its school units, counted when their intervention counts in the default
-- period (the 12 months up to today, Swedish calendar) or they fall due or are done within it.
-- bench: $1 = schools.organiser_id
-- bench: $2 = schools.municipality_code
-- bench: $3 = offices.office_id
-- bench: $4 = offices.municipality_code
WITH period AS (
  SELECT (today - interval '1 year')::date + 1 AS p_from, today AS p_to, today
  FROM (SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date AS today) t
), office_organiser AS (
  SELECT DISTINCT m.office_id, s.organiser_id
  FROM unnest($1::uuid[], $2::text[]) AS s(organiser_id, municipality_code)
  JOIN unnest($3::text[], $4::text[]) AS m(office_id, municipality_code) USING (municipality_code)
)
SELECT o.office_id, i.kind, count(*) FILTER (WHERE f.completed_on IS NULL AND f.due_on < p.today) AS overdue
FROM office_organiser o
JOIN intervention i ON i.organiser_id = o.organiser_id
JOIN follow_up f ON f.intervention_id = i.id
CROSS JOIN period p
WHERE i.identified_on BETWEEN p.p_from AND p.p_to OR i.offered_on BETWEEN p.p_from AND p.p_to
   OR i.accepted_on BETWEEN p.p_from AND p.p_to OR i.started_on BETWEEN p.p_from AND p.p_to
   OR i.completed_on BETWEEN p.p_from AND p.p_to OR i.followed_up_on BETWEEN p.p_from AND p.p_to
   OR f.due_on BETWEEN p.p_from AND p.p_to OR f.completed_on BETWEEN p.p_from AND p.p_to
GROUP BY o.office_id, i.kind
ORDER BY o.office_id, i.kind
