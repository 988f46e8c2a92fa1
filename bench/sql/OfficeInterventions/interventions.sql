-- OfficeInterventions, interventions database: the office's ongoing interventions, the first page by id with its
-- total count, each with its follow-ups and their status (by the Swedish calendar, as the subgraph judges it).
-- bench: $1 = var.office
-- bench: $2 = var.first
WITH matching AS (
  SELECT id, kind, origin, identified_on, started_on, organiser_id
  FROM intervention
  WHERE office_id = $1 AND status = 'ONGOING'
), page AS (
  SELECT * FROM matching ORDER BY id LIMIT $2::int + 1
)
SELECT p.*, (SELECT count(*) FROM matching) AS total_count,
  (SELECT coalesce(json_agg(json_build_object('dueOn', f.due_on, 'status',
            CASE WHEN f.completed_on IS NOT NULL THEN 'DONE'
                 WHEN f.due_on < (now() AT TIME ZONE 'Europe/Stockholm')::date THEN 'OVERDUE'
                 WHEN f.due_on <= (now() AT TIME ZONE 'Europe/Stockholm')::date + 30 THEN 'DUE_SOON'
                 ELSE 'NOT_DUE' END) ORDER BY f.due_on), '[]')
   FROM follow_up f WHERE f.intervention_id = p.id) AS follow_ups
FROM page p
ORDER BY p.id
