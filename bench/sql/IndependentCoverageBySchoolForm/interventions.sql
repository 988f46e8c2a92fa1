-- IndependentCoverageBySchoolForm, interventions database: per school form, the independent organisers' school
-- units and those reached by an intervention counting in the period (naming the unit, or naming none and for its
-- organiser), and the same for the high-need units.
-- bench: $1 = schools.id
-- bench: $2 = schools.organiser_id
-- bench: $3 = schools.school_form
-- bench: $4 = outcomes.high_need_id
-- bench: $5 = var.period.from
-- bench: $6 = var.period.to
WITH scope AS (
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS s(school_id, organiser_id, school_form)
), counting AS MATERIALIZED (
  SELECT i.organiser_id, ARRAY(SELECT n.school_id FROM intervention_school n WHERE n.intervention_id = i.id) AS named
  FROM intervention i
  WHERE i.organiser_id IN (SELECT organiser_id FROM scope)
    AND (i.identified_on BETWEEN $5::date AND $6::date OR i.offered_on BETWEEN $5::date AND $6::date
      OR i.accepted_on BETWEEN $5::date AND $6::date OR i.started_on BETWEEN $5::date AND $6::date
      OR i.completed_on BETWEEN $5::date AND $6::date OR i.followed_up_on BETWEEN $5::date AND $6::date)
), reached AS (
  SELECT DISTINCT s.school_id
  FROM scope s JOIN counting c ON c.organiser_id = s.organiser_id
  WHERE cardinality(c.named) = 0 OR s.school_id = ANY(c.named)
)
SELECT s.school_form, count(*) AS schools, count(r.school_id) AS schools_reached,
       count(*) FILTER (WHERE s.school_id = ANY($4::uuid[])) AS high_need,
       count(r.school_id) FILTER (WHERE s.school_id = ANY($4::uuid[])) AS high_need_reached
FROM scope s LEFT JOIN reached r USING (school_id)
GROUP BY s.school_form
ORDER BY s.school_form
