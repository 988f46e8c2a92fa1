-- NationalOverview, schools database: the nation's scope, every school unit the figures count with its organiser,
-- county, school form and socio-economic band (what the other databases need to compute their figures by county).
SELECT id, organiser_id, county_code, school_form, socio_economic_band
FROM school_scope
