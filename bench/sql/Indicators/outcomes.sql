-- Indicators, outcomes database: the first page (50) of indicators, by code.
SELECT code, name_sv, name_en, unit, school_form, higher_is_better, source
FROM indicator
ORDER BY code
LIMIT 50
