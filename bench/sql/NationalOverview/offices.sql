-- NationalOverview, offices database: the 21 counties.
SELECT code, name, short_name
FROM county
ORDER BY code
