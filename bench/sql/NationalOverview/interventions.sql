-- NationalOverview, interventions database: coverage and follow-up status of the nation (area '') and of each
-- county, over the default period (the 12 months up to today, by the Swedish calendar). A school unit is reached
-- by an intervention counting in the period that names it, or names none and is for its organiser; an area's
-- organisers are those running its school units; follow-ups count when their intervention counts in the period or
-- they fall due or are done within it.
-- bench: $1 = schools.id
-- bench: $2 = schools.organiser_id
-- bench: $3 = schools.county_code
-- bench: $4 = outcomes.high_need_id
WITH period AS (
  SELECT (today - interval '1 year')::date + 1 AS p_from, today AS p_to, today
  FROM (SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date AS today) t
), scope AS (
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS s(school_id, organiser_id, county_code)
), area_school AS (
  SELECT '' AS area, school_id, organiser_id FROM scope
  UNION ALL
  SELECT county_code, school_id, organiser_id FROM scope
), area_organiser AS (
  SELECT DISTINCT area, organiser_id FROM area_school
), counting AS MATERIALIZED (
  SELECT i.id, i.organiser_id, i.origin,
         ARRAY(SELECT n.school_id FROM intervention_school n WHERE n.intervention_id = i.id) AS named
  FROM intervention i CROSS JOIN period p
  WHERE i.organiser_id IN (SELECT organiser_id FROM scope)
    AND (i.identified_on BETWEEN p.p_from AND p.p_to OR i.offered_on BETWEEN p.p_from AND p.p_to
      OR i.accepted_on BETWEEN p.p_from AND p.p_to OR i.started_on BETWEEN p.p_from AND p.p_to
      OR i.completed_on BETWEEN p.p_from AND p.p_to OR i.followed_up_on BETWEEN p.p_from AND p.p_to)
), school_reach AS (
  SELECT s.school_id, bool_or(c.origin = 'OUTREACH') AS by_outreach, bool_or(c.origin = 'REQUEST') AS by_request
  FROM scope s JOIN counting c ON c.organiser_id = s.organiser_id
  WHERE cardinality(c.named) = 0 OR s.school_id = ANY(c.named)
  GROUP BY s.school_id
), school_figures AS (
  SELECT a.area, count(*) AS schools, count(r.school_id) AS schools_reached,
         count(*) FILTER (WHERE r.by_outreach) AS schools_by_outreach,
         count(*) FILTER (WHERE r.by_request) AS schools_by_request,
         count(h.school_id) AS high_need, count(h.school_id) FILTER (WHERE r.school_id IS NOT NULL) AS high_need_reached
  FROM area_school a
  LEFT JOIN school_reach r USING (school_id)
  LEFT JOIN (SELECT DISTINCT unnest($4::uuid[]) AS school_id) h USING (school_id)
  GROUP BY a.area
), organiser_figures AS (
  SELECT o.area, count(*) AS organisers,
         count(*) FILTER (WHERE o.organiser_id IN (SELECT organiser_id FROM counting)) AS organisers_reached
  FROM area_organiser o
  GROUP BY o.area
), follow_up_figures AS (
  SELECT o.area, count(*) AS total,
         count(*) FILTER (WHERE f.completed_on IS NULL AND f.due_on > p.today + 30) AS not_due,
         count(*) FILTER (WHERE f.completed_on IS NULL AND f.due_on BETWEEN p.today AND p.today + 30) AS due_soon,
         count(*) FILTER (WHERE f.completed_on IS NULL AND f.due_on < p.today) AS overdue,
         count(*) FILTER (WHERE f.completed_on IS NOT NULL) AS done
  FROM area_organiser o
  JOIN intervention i ON i.organiser_id = o.organiser_id
  JOIN follow_up f ON f.intervention_id = i.id
  CROSS JOIN period p
  WHERE i.identified_on BETWEEN p.p_from AND p.p_to OR i.offered_on BETWEEN p.p_from AND p.p_to
     OR i.accepted_on BETWEEN p.p_from AND p.p_to OR i.started_on BETWEEN p.p_from AND p.p_to
     OR i.completed_on BETWEEN p.p_from AND p.p_to OR i.followed_up_on BETWEEN p.p_from AND p.p_to
     OR f.due_on BETWEEN p.p_from AND p.p_to OR f.completed_on BETWEEN p.p_from AND p.p_to
  GROUP BY o.area
)
SELECT * FROM school_figures
JOIN organiser_figures USING (area)
LEFT JOIN follow_up_figures USING (area)
ORDER BY area
