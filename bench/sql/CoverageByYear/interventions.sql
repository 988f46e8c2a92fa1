-- CoverageByYear, interventions database: for each calendar year of the period (clipped to it), the organisers in
-- the nation's scope and those reached (through outreach, through a request) by interventions counting in that
-- year, and the high-need school units reached.
-- bench: $1 = schools.id
-- bench: $2 = schools.organiser_id
-- bench: $3 = outcomes.high_need_id
-- bench: $4 = var.period.from
-- bench: $5 = var.period.to
WITH cell AS (
  SELECT y AS year, greatest($4::date, make_date(y, 1, 1)) AS p_from, least($5::date, make_date(y, 12, 31)) AS p_to
  FROM generate_series(extract(year FROM $4::date)::int, extract(year FROM $5::date)::int) AS y
), scope AS (
  SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS s(school_id, organiser_id)
), high_need AS (
  SELECT * FROM scope WHERE school_id = ANY($3::uuid[])
), counting AS MATERIALIZED (
  SELECT c.year, i.id, i.organiser_id, i.origin,
         ARRAY(SELECT n.school_id FROM intervention_school n WHERE n.intervention_id = i.id) AS named
  FROM cell c
  JOIN intervention i ON i.organiser_id IN (SELECT organiser_id FROM scope)
  WHERE i.identified_on BETWEEN c.p_from AND c.p_to OR i.offered_on BETWEEN c.p_from AND c.p_to
     OR i.accepted_on BETWEEN c.p_from AND c.p_to OR i.started_on BETWEEN c.p_from AND c.p_to
     OR i.completed_on BETWEEN c.p_from AND c.p_to OR i.followed_up_on BETWEEN c.p_from AND c.p_to
), high_need_reached AS (
  SELECT k.year, count(DISTINCT h.school_id) AS high_need_reached
  FROM high_need h
  JOIN counting k ON k.organiser_id = h.organiser_id AND (cardinality(k.named) = 0 OR h.school_id = ANY(k.named))
  GROUP BY k.year
)
SELECT c.year,
       (SELECT count(DISTINCT organiser_id) FROM scope) AS organisers,
       count(DISTINCT k.organiser_id) AS organisers_reached,
       count(DISTINCT k.organiser_id) FILTER (WHERE k.origin = 'OUTREACH') AS organisers_by_outreach,
       count(DISTINCT k.organiser_id) FILTER (WHERE k.origin = 'REQUEST') AS organisers_by_request,
       (SELECT count(*) FROM high_need) AS high_need,
       coalesce(max(r.high_need_reached), 0) AS high_need_reached
FROM cell c
LEFT JOIN counting k USING (year)
LEFT JOIN high_need_reached r USING (year)
GROUP BY c.year
ORDER BY c.year
