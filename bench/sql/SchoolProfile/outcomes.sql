-- SchoolProfile, outcomes database: the school's merit values (MERIT_VALUE_17, all pupils) by year.
-- bench: $1 = schools.id
SELECT year, status, value
FROM outcome_value
WHERE school_id = ANY($1) AND indicator_code = 'MERIT_VALUE_17' AND "group" = 'ALL'
ORDER BY year
