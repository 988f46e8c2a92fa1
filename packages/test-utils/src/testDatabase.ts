import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testAdminUrl, testDatabaseUrl } from './testServer';

async function asAdmin(run: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: testAdminUrl() });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database on the test server, for tests that start from nothing (migrations, seeding): `url` for
 * the owner (here the server's superuser), `runtimeUrl` for a runtime role of its own, as `npm start` provisions,
 * so that a subgraph started on it serves under row-level security.
 */
export async function createEmptyDatabase(
  prefix: string,
): Promise<{ url: string; runtimeUrl: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const runtime = `${name}_runtime`;
  const password = randomBytes(12).toString('hex');
  await asAdmin(async (admin) => {
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.query(`CREATE ROLE "${runtime}" LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${password}'`);
  });
  const url = new URL(testAdminUrl());
  url.pathname = `/${name}`;
  const runtimeUrl = new URL(url);
  runtimeUrl.username = runtime;
  runtimeUrl.password = password;
  return {
    url: url.toString(),
    runtimeUrl: runtimeUrl.toString(),
    async drop() {
      await asAdmin(async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`DROP ROLE IF EXISTS "${runtime}"`);
      });
    },
  };
}

/** Runs `work` with a client of its own on `url`, closed afterwards whatever happens. */
export async function withDatabaseClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One query on a subgraph's test database as its owner, which row-level security lets see every row. */
export async function queryTestDatabase<T>(subgraph: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withDatabaseClient(testDatabaseUrl(subgraph), async (client) => (await client.query(sql, params)).rows as T[]);
}
