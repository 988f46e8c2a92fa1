-- HighNeedNotReached, interventions database: the work list, the county's high-need school units that no
-- intervention counting in the default period (the 12 months up to today, Swedish calendar) reached, by
-- municipality and id.
-- bench: $1 = schools.id
-- bench: $2 = schools.organiser_id
-- bench: $3 = schools.municipality_code
-- bench: $4 = outcomes.high_need_id
WITH period AS (
  SELECT (today - interval '1 year')::date + 1 AS p_from, today AS p_to
  FROM (SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date AS today) t
), high_need AS (
  SELECT s.school_id, s.organiser_id, s.municipality_code
  FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS s(school_id, organiser_id, municipality_code)
  WHERE s.school_id = ANY($4::uuid[])
)
SELECT h.school_id, h.municipality_code
FROM high_need h
WHERE NOT EXISTS (
  SELECT 1 FROM intervention i CROSS JOIN period p
  WHERE i.organiser_id = h.organiser_id
    AND (i.identified_on BETWEEN p.p_from AND p.p_to OR i.offered_on BETWEEN p.p_from AND p.p_to
      OR i.accepted_on BETWEEN p.p_from AND p.p_to OR i.started_on BETWEEN p.p_from AND p.p_to
      OR i.completed_on BETWEEN p.p_from AND p.p_to OR i.followed_up_on BETWEEN p.p_from AND p.p_to)
    AND (NOT EXISTS (SELECT 1 FROM intervention_school n WHERE n.intervention_id = i.id)
      OR EXISTS (SELECT 1 FROM intervention_school n WHERE n.intervention_id = i.id AND n.school_id = h.school_id))
)
ORDER BY h.municipality_code, h.school_id
