import { ADMIN, queryTestDatabase, type TestPlatform } from '@lagesbild/test-utils';

/**
 * Imports one new school unit into a county through the gateway, as an admin, run by the county's first organiser:
 * the smallest import that changes the register and, once replicated, the county's figures.
 */
export async function importSchoolUnit(
  platform: TestPlatform,
  unit: { county: string; unitCode: string; name: string },
) {
  const [organiser] = await queryTestDatabase<{ organisation_number: string; municipality_code: string }>(
    'schools',
    'SELECT organisation_number, municipality_code FROM organiser WHERE municipality_code LIKE $1 ORDER BY id LIMIT 1',
    [`${unit.county}%`],
  );
  const file = [
    'unit_code,name,school_form,municipality_code,organisation_number',
    `${unit.unitCode},${unit.name},GRUNDSKOLA,${organiser.municipality_code},${organiser.organisation_number}`,
  ].join('\n');
  const imported = await platform.queryAs<{ importSchools: { committed: boolean; inserted: number } }>(
    ADMIN,
    'mutation ($f: String!) { importSchools(fileBase64: $f) { committed inserted } }',
    { f: Buffer.from(file).toString('base64') },
  );
  return imported.data?.importSchools;
}
