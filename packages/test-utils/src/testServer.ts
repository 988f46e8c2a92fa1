import { databaseUrlVar, readSubgraphList } from '@lagesbild/platform';

// What globalSetup leaves in the environment for the test workers.
export const ADMIN_URL_VAR = 'LAGESBILD_TEST_ADMIN_URL';
export const DATA_DIR_VAR = 'LAGESBILD_TEST_DATA_DIR';

/** The superuser URL of the test run's embedded PostgreSQL. */
export function testAdminUrl(): string {
  const url = process.env[ADMIN_URL_VAR];
  if (!url) throw new Error(`${ADMIN_URL_VAR} is not set: run the tests through the root jest config (npm test).`);
  return url;
}

/** The database URL of a subgraph on the test server (provisioned once per run by globalSetup). */
export function testDatabaseUrl(subgraph: string): string {
  const url = process.env[databaseUrlVar(subgraph)];
  if (!url) throw new Error(`${databaseUrlVar(subgraph)} is not set: run the tests through the root jest config.`);
  return url;
}

export function subgraphNames(): string[] {
  return readSubgraphList().map((entry) => entry.name);
}
