-- IndependentCoverageBySchoolForm, schools database: the nation's school units run by independent organisers,
-- each with its organiser and school form.
SELECT id, organiser_id, school_form
FROM school_scope
WHERE organiser_type = 'INDEPENDENT'
