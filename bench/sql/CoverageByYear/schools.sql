-- CoverageByYear, schools database: the nation's scope, each school unit with its organiser.
SELECT id, organiser_id
FROM school_scope
