import { databaseOfUrl, publishedVersion } from '@lagesbild/launcher';
import { subscriptionName } from '@lagesbild/platform';
import {
  queryTestDatabase,
  testAdminUrl,
  testDatabaseUrl,
  useTestPlatform,
  withDatabaseClient,
} from '@lagesbild/test-utils';
import { importSchoolUnit } from './schoolUnitImport';

// The figure subgraphs' replicas (issue #13) lose nothing while a subscriber is down: its subgraph stopped and its
// subscription disabled, as when its database is unreachable, the publisher's slot keeps every change, and the
// replica catches up once it is back. Waited for by data version, never by sleeping.

const platform = useTestPlatform();

const COUNTY = '12';
const UNIT_CODE = '99120001';
const databases = () =>
  Object.fromEntries(['schools', 'interventions'].map((name) => [name, databaseOfUrl(testDatabaseUrl(name))]));
/** Turns the interventions subgraph's subscription to the register off or on, as the server's superuser must. */
async function subscriptionToRegister(state: 'ENABLE' | 'DISABLE'): Promise<void> {
  const url = new URL(testAdminUrl());
  url.pathname = `/${databases().interventions}`;
  await withDatabaseClient(url.toString(), (client) =>
    client.query(`ALTER SUBSCRIPTION ${subscriptionName(databases().interventions, 'schools')} ${state}`),
  );
}

const countyCoverage = async () => {
  const answer = await platform().query<{
    county: { coverage: { schools: number; dataVersions: { schools: number } } };
  }>(`{ county(code: "${COUNTY}") { coverage { schools dataVersions { schools } } } }`);
  expect(answer.errors).toBeUndefined();
  return answer.data!.county.coverage;
};

const replicaVersion = async () => {
  const [row] = await queryTestDatabase<{ version: number }>(
    'interventions',
    'SELECT version::int AS version FROM schools.data_version',
  );
  return row.version;
};

afterAll(async () => {
  // Whatever happened above, the subscription is left running and the unit gone from the register.
  await subscriptionToRegister('ENABLE');
  await queryTestDatabase('schools', 'DELETE FROM school WHERE unit_code = $1', [UNIT_CODE]);
  await queryTestDatabase('schools', 'SELECT refresh_school_scope()');
  await platform().replicasCaughtUp();
});

test('a subscriber that was down catches up on the changes it missed, and its figures show them', async () => {
  await platform().replicasCaughtUp();
  const before = await countyCoverage();
  await platform().services.get('interventions')!.stop();
  await subscriptionToRegister('DISABLE');
  expect(await importSchoolUnit(platform(), { county: COUNTY, unitCode: UNIT_CODE, name: 'Nyskolan' })).toEqual({
    committed: true,
    inserted: 1,
  });
  // The import started a new data version at the publisher; the stopped subscriber has not seen it.
  const published = (await publishedVersion(testAdminUrl(), 'schools', databases())) as number;
  expect(await replicaVersion()).toBeLessThan(published);

  await subscriptionToRegister('ENABLE');
  await platform().restartSubgraph('interventions');
  await platform().replicasCaughtUp();
  expect(await replicaVersion()).toBeGreaterThanOrEqual(published);
  // The figure counts the new unit, and says it was computed from the register's version that holds it.
  const after = await countyCoverage();
  expect(after.schools).toBe(before.schools + 1);
  expect(before.dataVersions.schools).toBeLessThan(published);
  expect(after.dataVersions.schools).toBeGreaterThanOrEqual(published);
});
