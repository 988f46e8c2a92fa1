-- FollowUpStatus, offices database: the offices' towns (for the figures by office and the overdue list).
SELECT id, town
FROM office
