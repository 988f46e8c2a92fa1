-- FollowUpStatus, interventions database, in one statement: the nation's follow-ups by status, with the ageing of
-- the overdue ones, in total, by kind and by office (row_kind 'figure'; grouping 3, 1 and 2), counted when their
-- intervention counts in the default period (the 12 months up to today, Swedish calendar) or they fall due or are
-- done within it; and the first page of all overdue follow-ups, oldest due date first (row_kind 'overdue').
-- bench: $1 = schools.organiser_id
-- bench: $2 = var.first
WITH period AS (
  SELECT (today - interval '1 year')::date + 1 AS p_from, today AS p_to, today
  FROM (SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date AS today) t
), counted AS (
  SELECT i.kind, i.office_id, p.today - f.due_on AS days_overdue,
         CASE WHEN f.completed_on IS NOT NULL THEN 'DONE' WHEN f.due_on < p.today THEN 'OVERDUE'
              WHEN f.due_on <= p.today + 30 THEN 'DUE_SOON' ELSE 'NOT_DUE' END AS status
  FROM intervention i
  JOIN follow_up f ON f.intervention_id = i.id
  CROSS JOIN period p
  WHERE i.organiser_id = ANY($1::uuid[])
    AND (i.identified_on BETWEEN p.p_from AND p.p_to OR i.offered_on BETWEEN p.p_from AND p.p_to
      OR i.accepted_on BETWEEN p.p_from AND p.p_to OR i.started_on BETWEEN p.p_from AND p.p_to
      OR i.completed_on BETWEEN p.p_from AND p.p_to OR i.followed_up_on BETWEEN p.p_from AND p.p_to
      OR f.due_on BETWEEN p.p_from AND p.p_to OR f.completed_on BETWEEN p.p_from AND p.p_to)
), overdue AS (
  SELECT f.id, f.due_on, p.today - f.due_on AS days_overdue, i.reference, i.kind, i.office_id, i.organiser_id
  FROM intervention i
  JOIN follow_up f ON f.intervention_id = i.id
  CROSS JOIN period p
  WHERE i.organiser_id = ANY($1::uuid[]) AND f.completed_on IS NULL AND f.due_on < p.today
)
SELECT 'figure' AS row_kind, kind, office_id, GROUPING(kind, office_id) AS grouping, count(*) AS total,
       count(*) FILTER (WHERE status = 'NOT_DUE') AS not_due, count(*) FILTER (WHERE status = 'DUE_SOON') AS due_soon,
       count(*) FILTER (WHERE status = 'OVERDUE') AS overdue, count(*) FILTER (WHERE status = 'DONE') AS done,
       count(*) FILTER (WHERE status = 'OVERDUE' AND days_overdue <= 30) AS days1_to30,
       count(*) FILTER (WHERE status = 'OVERDUE' AND days_overdue > 30 AND days_overdue <= 90) AS days31_to90,
       count(*) FILTER (WHERE status = 'OVERDUE' AND days_overdue > 90 AND days_overdue <= 180) AS days91_to180,
       count(*) FILTER (WHERE status = 'OVERDUE' AND days_overdue > 180) AS over180_days,
       NULL::uuid AS follow_up_id, NULL::date AS due_on, NULL::int AS days_overdue, NULL::text AS reference,
       NULL::uuid AS organiser_id
FROM counted
GROUP BY GROUPING SETS ((), (kind), (office_id))
UNION ALL
SELECT * FROM (
  SELECT 'overdue', kind, office_id, NULL::int, (SELECT count(*) FROM overdue), NULL::bigint, NULL::bigint,
         NULL::bigint, NULL::bigint, NULL::bigint, NULL::bigint, NULL::bigint, NULL::bigint,
         id, due_on, days_overdue, reference, organiser_id
  FROM overdue
  ORDER BY due_on, id
  LIMIT $2::int + 1
) page
