-- EquityTrend, interventions database: each school unit's first support, the earliest day an intervention reaching
-- it (naming it, or naming none and for its organiser) started, or was accepted when it has not started.
-- bench: $1 = schools.id
-- bench: $2 = schools.organiser_id
WITH supported AS MATERIALIZED (
  SELECT i.organiser_id, coalesce(i.started_on, i.accepted_on) AS support_start,
         ARRAY(SELECT n.school_id FROM intervention_school n WHERE n.intervention_id = i.id) AS named
  FROM intervention i
  WHERE i.organiser_id = ANY($2::uuid[]) AND coalesce(i.started_on, i.accepted_on) IS NOT NULL
)
SELECT s.school_id, min(i.support_start) AS first_support_on
FROM unnest($1::uuid[], $2::uuid[]) AS s(school_id, organiser_id)
JOIN supported i ON i.organiser_id = s.organiser_id
WHERE cardinality(i.named) = 0 OR s.school_id = ANY(i.named)
GROUP BY s.school_id
