import 'reflect-metadata';
import { SUBGRAPH_MUTATION_TIMEOUT_MS, SUBGRAPH_QUERY_TIMEOUT_MS } from '@lagesbild/platform';
import { createEmptyDatabase } from '@lagesbild/test-utils';
import { DataSource } from 'typeorm';
import type { RequestIdentity } from '../identity';
import { operationKind } from '../operationKind';
import { beginScopedRequest, CLIENT_CHECK_INTERVAL_MS } from '../rowLevelSecurity';

// Each GraphQL request runs in one transaction that carries the user's scope and a statement timeout. Every way a
// service reaches the database through the request's data source must land in that transaction, the settings must
// end with it, and a statement that outlives the gateway's wait, or whose caller left, must be stopped.

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

/** The backend with this process id, if it still runs a statement. */
async function runningStatement(pid: number): Promise<string | undefined> {
  const rows: { query: string }[] = await dataSource.query(
    `SELECT query FROM pg_stat_activity WHERE pid = $1 AND state = 'active'`,
    [pid],
  );
  return rows[0]?.query;
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

test('a request whose caller leaves stops the statement it runs, and nothing of it is committed', async () => {
  await dataSource.query('CREATE TABLE IF NOT EXISTS abandon_probe (id int PRIMARY KEY)');
  const request = await beginScopedRequest(dataSource, REGIONAL, SUBGRAPH_QUERY_TIMEOUT_MS);
  const [{ pid }] = await request.dataSource.query('SELECT pg_backend_pid() AS pid');
  await request.dataSource.query('INSERT INTO abandon_probe VALUES (1)');
  const sleeping = request.dataSource.query('SELECT pg_sleep(30)').catch((error: Error) => error);
  expect(await waitFor(async () => (await runningStatement(pid)) === 'SELECT pg_sleep(30)', 5_000)).toBe(true);
  expect(request.abandoned).toBe(false);

  const started = Date.now();
  await request.abandon();
  expect(request.abandoned).toBe(true);
  expect(await sleeping).toBeInstanceOf(Error);
  // PostgreSQL notices the ended connection at its next client check, not after the thirty seconds.
  expect(await waitFor(async () => (await runningStatement(pid)) === undefined, 5_000)).toBe(true);
  expect(Date.now() - started).toBeLessThan(10_000);
  // A commit attempted after the caller left does nothing and throws nothing.
  await expect(request.finish(true)).resolves.toBeUndefined();

  const rows = await dataSource.query('SELECT id FROM abandon_probe');
  expect(rows).toEqual([]);
  // The pool lends working connections afterwards, both of them (max: 2).
  const answers = await Promise.all([dataSource.query('SELECT 1 AS ok'), dataSource.query('SELECT 2 AS ok')]);
  expect(answers.map(([row]) => row.ok)).toEqual([1, 2]);
});

test('a request left between statements is rolled back, and one that finished is not touched', async () => {
  await dataSource.query('CREATE TABLE IF NOT EXISTS abandon_probe (id int PRIMARY KEY)');
  const left = await beginScopedRequest(dataSource, REGIONAL, SUBGRAPH_QUERY_TIMEOUT_MS);
  await left.dataSource.query('INSERT INTO abandon_probe VALUES (2)');
  await left.abandon();

  const finished = await beginScopedRequest(dataSource, REGIONAL, SUBGRAPH_QUERY_TIMEOUT_MS);
  await finished.dataSource.query('INSERT INTO abandon_probe VALUES (3)');
  await finished.finish(true);
  // The closed connection of an answered request reports itself after the answer: too late to undo anything.
  await finished.abandon();
  expect(finished.abandoned).toBe(false);

  const rows: { id: number }[] = await dataSource.query('SELECT id FROM abandon_probe WHERE id IN (2, 3)');
  expect(rows.map((row) => row.id)).toEqual([3]);
});

test('a request’s statements check, while they run, that their caller is still there', async () => {
  const request = await beginScopedRequest(dataSource, REGIONAL, SUBGRAPH_QUERY_TIMEOUT_MS);
  try {
    const [row] = await request.dataSource.query(`SELECT current_setting('client_connection_check_interval') AS every`);
    expect(row.every).toBe(`${CLIENT_CHECK_INTERVAL_MS / 1000}s`);
  } finally {
    await request.finish(true);
  }
});
