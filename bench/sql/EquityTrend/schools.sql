-- EquityTrend, schools database: the county's scope, each school unit with its organiser, school form and
-- socio-economic band.
-- bench: $1 = var.county
SELECT id, organiser_id, school_form, socio_economic_band
FROM school_scope
WHERE county_code = $1
