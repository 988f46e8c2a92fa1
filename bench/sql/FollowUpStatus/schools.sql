-- FollowUpStatus, schools database: the organisers in the nation's scope (those running a school unit the figures
-- count), with their names for the overdue list.
SELECT o.id AS organiser_id, o.name
FROM organiser o
WHERE o.id IN (SELECT organiser_id FROM school_scope)
