-- SchoolProfile, interventions database: the school's interventions, each with its follow-ups and their status.
-- bench: $1 = schools.id
SELECT i.id, i.kind, i.origin, i.status, i.identified_on, i.office_id,
  (SELECT coalesce(json_agg(json_build_object('dueOn', f.due_on, 'status',
            CASE WHEN f.completed_on IS NOT NULL THEN 'DONE'
                 WHEN f.due_on < (now() AT TIME ZONE 'Europe/Stockholm')::date THEN 'OVERDUE'
                 WHEN f.due_on <= (now() AT TIME ZONE 'Europe/Stockholm')::date + 30 THEN 'DUE_SOON'
                 ELSE 'NOT_DUE' END) ORDER BY f.due_on), '[]')
   FROM follow_up f WHERE f.intervention_id = i.id) AS follow_ups
FROM intervention i
JOIN intervention_school t ON t.intervention_id = i.id
WHERE t.school_id = ANY($1)
ORDER BY i.identified_on
