-- NationalOverview, interventions database, from the rollups (issue #13): coverage and follow-up status of the
-- nation and of each county over the default period (the 12 months up to today, by the Swedish calendar), the
-- rollups' window of that period. An area is the sum of its municipalities (area_municipality); organisers are
-- counted once per area, since one may run units in several of its municipalities.
WITH win AS (
  SELECT w.window_key
  FROM rollup_window w, (SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date AS today) t
  WHERE w.period_from = (t.today - interval '1 year')::date + 1 AND w.period_to = t.today
), area AS (
  SELECT area_kind, area_code, municipality_code
  FROM area_municipality
  WHERE area_kind IN ('nation', 'county')
), school_figures AS (
  SELECT a.area_kind, a.area_code, sum(u.schools) AS schools, sum(u.high_need) AS high_need
  FROM area a JOIN unit_rollup u USING (municipality_code)
  GROUP BY a.area_kind, a.area_code
), reach_figures AS (
  SELECT a.area_kind, a.area_code, sum(x.schools_reached) AS schools_reached,
         sum(x.schools_by_outreach) AS schools_by_outreach, sum(x.schools_by_request) AS schools_by_request,
         sum(x.high_need_reached) AS high_need_reached
  FROM area a
  JOIN coverage_rollup x ON x.municipality_code = a.municipality_code
  JOIN win ON x.window_key = win.window_key
  WHERE x.kind = '' AND x.origin = ''
  GROUP BY a.area_kind, a.area_code
), area_organiser AS (
  SELECT DISTINCT a.area_kind, a.area_code, p.organiser_id
  FROM area a JOIN organiser_presence p USING (municipality_code)
), organiser_figures AS (
  SELECT o.area_kind, o.area_code, count(*) AS organisers, count(r.organiser_id) AS organisers_reached
  FROM area_organiser o
  LEFT JOIN (organiser_reach r JOIN win ON r.window_key = win.window_key AND r.kind = '' AND r.origin = '')
    ON r.organiser_id = o.organiser_id
  GROUP BY o.area_kind, o.area_code
), follow_up_figures AS (
  SELECT o.area_kind, o.area_code, sum(f.follow_ups) AS total,
         coalesce(sum(f.follow_ups) FILTER (WHERE f.status = 'NOT_DUE'), 0) AS not_due,
         coalesce(sum(f.follow_ups) FILTER (WHERE f.status = 'DUE_SOON'), 0) AS due_soon,
         coalesce(sum(f.follow_ups) FILTER (WHERE f.status = 'OVERDUE'), 0) AS overdue,
         coalesce(sum(f.follow_ups) FILTER (WHERE f.status = 'DONE'), 0) AS done
  FROM area_organiser o
  JOIN follow_up_rollup f ON f.organiser_id = o.organiser_id
  JOIN win ON f.window_key = win.window_key
  GROUP BY o.area_kind, o.area_code
)
SELECT s.area_kind, s.area_code, s.schools, coalesce(r.schools_reached, 0) AS schools_reached,
       coalesce(r.schools_by_outreach, 0) AS schools_by_outreach,
       coalesce(r.schools_by_request, 0) AS schools_by_request, s.high_need,
       coalesce(r.high_need_reached, 0) AS high_need_reached, o.organisers, o.organisers_reached,
       coalesce(f.total, 0) AS follow_ups, f.not_due, f.due_soon, f.overdue, f.done
FROM school_figures s
LEFT JOIN reach_figures r USING (area_kind, area_code)
LEFT JOIN organiser_figures o USING (area_kind, area_code)
LEFT JOIN follow_up_figures f USING (area_kind, area_code)
ORDER BY s.area_kind DESC, s.area_code
