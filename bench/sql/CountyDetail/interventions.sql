-- CountyDetail, interventions database: coverage of the county (area '') and of each of its municipalities over
-- the default period (the 12 months up to today, by the Swedish calendar), with the county's outreach funnel: each
-- organiser at the furthest step any of its interventions counting in the period had reached by the period's end.
-- bench: $1 = schools.id
-- bench: $2 = schools.organiser_id
-- bench: $3 = schools.municipality_code
-- bench: $4 = outcomes.high_need_id
WITH period AS (
  SELECT (today - interval '1 year')::date + 1 AS p_from, today AS p_to
  FROM (SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date AS today) t
), scope AS (
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS s(school_id, organiser_id, municipality_code)
), area_school AS (
  SELECT '' AS area, school_id, organiser_id FROM scope
  UNION ALL
  SELECT municipality_code, school_id, organiser_id FROM scope
), counting AS MATERIALIZED (
  SELECT i.id, i.organiser_id, i.origin,
         CASE WHEN i.followed_up_on <= p.p_to THEN 5 WHEN i.started_on <= p.p_to THEN 4
              WHEN i.accepted_on <= p.p_to THEN 3 WHEN i.offered_on <= p.p_to THEN 2 ELSE 1 END AS step,
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
), organiser_reach AS (
  SELECT organiser_id, max(step) AS step, bool_or(origin = 'OUTREACH') AS by_outreach,
         bool_or(origin = 'REQUEST') AS by_request
  FROM counting GROUP BY organiser_id
), organiser_figures AS (
  SELECT o.area, count(*) AS organisers, count(r.organiser_id) AS organisers_reached,
         count(*) FILTER (WHERE r.by_outreach) AS organisers_by_outreach,
         count(*) FILTER (WHERE r.by_request) AS organisers_by_request,
         count(*) FILTER (WHERE r.step >= 2) AS offered, count(*) FILTER (WHERE r.step >= 3) AS accepted,
         count(*) FILTER (WHERE r.step >= 4) AS started, count(*) FILTER (WHERE r.step >= 5) AS followed_up
  FROM (SELECT DISTINCT area, organiser_id FROM area_school) o
  LEFT JOIN organiser_reach r USING (organiser_id)
  GROUP BY o.area
)
SELECT * FROM school_figures JOIN organiser_figures USING (area)
ORDER BY area
