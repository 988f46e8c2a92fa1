-- SchoolProfile, schools database: the school unit by unit code, its organiser and its years.
-- bench: $1 = var.unitCode
SELECT s.id, s.unit_code, s.name, s.school_form, s.municipality_code,
       o.name AS organiser_name, o.type AS organiser_type, o.organisation_number,
       (SELECT json_agg(json_build_object('year', y.year, 'pupilCount', y.pupil_count,
                                          'socioEconomicIndex', y.socio_economic_index) ORDER BY y.year)
        FROM school_year y WHERE y.school_id = s.id) AS years
FROM school s
JOIN organiser o ON o.id = s.organiser_id
WHERE s.unit_code = $1
