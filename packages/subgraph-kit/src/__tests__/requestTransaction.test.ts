import 'reflect-metadata';
import { SUBGRAPH_MUTATION_TIMEOUT_MS, SUBGRAPH_QUERY_TIMEOUT_MS } from '@lagesbild/platform';
import { createEmptyDatabase } from '@lagesbild/test-utils';
import { DataSource } from 'typeorm';
import type { RequestIdentity } from '../identity';
import { operationKind } from '../operationKind';
import { beginScopedRequest } from '../rowLevelSecurity';

// Each GraphQL request runs in one transaction that carries the user's scope and a statement timeout. Every way a
// service reaches the database through the request's data source must land in that transaction, the settings must
// end with it, and a statement that outlives the gateway's wait must be stopped.

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createEmptyDatabase('request_transaction');
  dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 } });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const REGIONAL = {
  user: { id: 'manager', role: 'regional', officeId: null },
  scope: { all: false, municipalities: ['0180', '0114'] },
} as unknown as RequestIdentity;

const settings = `SELECT current_setting('lagesbild.municipalities', true) AS municipalities,
  current_setting('statement_timeout') AS timeout, pg_backend_pid() AS pid`;

test('every entry point of the request’s data source runs in its transaction, with its scope and timeout', async () => {
  const request = await beginScopedRequest(dataSource, REGIONAL, SUBGRAPH_QUERY_TIMEOUT_MS);
  try {
    const [byQuery] = await request.dataSource.query(settings);
    expect(byQuery).toMatchObject({ municipalities: '0180,0114', timeout: `${SUBGRAPH_QUERY_TIMEOUT_MS / 1000}s` });
    const [byManager] = await request.dataSource.manager.query(settings);
    const byBuilder = await request.dataSource
      .createQueryBuilder()
      .select('pg_backend_pid()', 'pid')
      .from('pg_class', 'c')
      .limit(1)
      .getRawOne();
    const [inTransaction] = await request.dataSource.transaction((manager) => manager.query(settings));
    for (const other of [byManager, byBuilder, inTransaction]) expect(other.pid).toBe(byQuery.pid);
  } finally {
    await request.finish(true);
  }
  // The settings ended with the transaction: the pooled connection does not carry them on.
  const [after] = await dataSource.query(settings);
  expect(after.municipalities ?? '').toBe('');
  expect(after.timeout).not.toBe(`${SUBGRAPH_QUERY_TIMEOUT_MS / 1000}s`);
});

test('a statement that outlives the call’s timeout is stopped, and the connection goes back to the pool', async () => {
  const request = await beginScopedRequest(dataSource, REGIONAL, 200);
  await expect(request.dataSource.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
  await request.finish(false);
  const [{ ok }] = await dataSource.query('SELECT 1 AS ok');
  expect(ok).toBe(1);
});

test('a mutation’s statements get the mutation timeout, a query’s the query timeout', async () => {
  expect(operationKind({ query: 'mutation M { a }' })).toBe('mutation');
  expect(operationKind({ query: '{ a }' })).toBe('query');
  expect(operationKind({ query: 'query A { a } mutation B { b }', operationName: 'B' })).toBe('mutation');
  expect(operationKind({ query: 'not graphql' })).toBeUndefined();
  expect(operationKind(undefined)).toBeUndefined();
  const request = await beginScopedRequest(dataSource, REGIONAL, SUBGRAPH_MUTATION_TIMEOUT_MS);
  try {
    const [row] = await request.dataSource.query(settings);
    expect(row.timeout).toBe(`${SUBGRAPH_MUTATION_TIMEOUT_MS / 60_000}min`);
  } finally {
    await request.finish(true);
  }
});
