-- EligibilityGapByOffice, schools database: the offices' scopes, each school unit of their municipalities with its
-- organiser, school form and socio-economic band.
-- bench: $1 = offices.municipality_code
SELECT id, organiser_id, municipality_code, school_form, socio_economic_band
FROM school_scope
WHERE municipality_code = ANY($1)
