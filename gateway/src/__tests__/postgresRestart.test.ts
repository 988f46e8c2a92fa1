import { issueDevToken } from '@lagesbild/auth';
import {
  databaseOfUrl,
  freePort,
  publishedVersion,
  startPlatform,
  waitForReplicas,
  type RunningPlatform,
} from '@lagesbild/launcher';
import { readSubgraphList } from '@lagesbild/platform';
import { postGraphQL, startOwnPostgres, withDatabaseClient, type OwnPostgres } from '@lagesbild/test-utils';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Issue #14: PostgreSQL restarted under a running platform. The gateway's /readyz goes 503 while no subgraph can
// reach its database and 200 again once it is back, with no manual step; no request hangs meanwhile; the subgraphs'
// pools and the logical-replication subscriptions recover by themselves. This file runs the platform the way
// `npm start` does against a server DATABASE_URL names, on an embedded PostgreSQL of its own, since stopping the test run's shared server would disturb
// every other test file, so the server is this file's own (ownPostgres.ts).

/** The gateway's whole-request limit (QUERY_TIMEOUT_SECONDS' default), and a margin for the answer to arrive. */
const REQUEST_LIMIT_MS = 30_000 + 5_000;

let dataDir: string;
let platform: RunningPlatform;
let postgres: OwnPostgres;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'lagesbild-pg-restart-'));
  chmodSync(dataDir, 0o755); // the postgres OS user must be able to enter it
  // A new user's environment: none of the test run's database URLs, so the platform makes its own server.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.endsWith('DATABASE_URL')));
  const subgraphPorts: Record<string, number> = {};
  for (const { name } of readSubgraphList()) subgraphPorts[name] = await freePort();
  postgres = await startOwnPostgres(path.join(dataDir, 'pgdata'), await freePort());
  // The platform provisions its databases on it as on any server DATABASE_URL names.
  platform = await startPlatform({
    dataDir,
    gatewayPort: await freePort(),
    // Not the default 4090, which another platform on the machine (a developer's `npm start`) may hold.
    gatewayMetricsPort: await freePort(),
    embeddedPgPort: 0, // unused: DATABASE_URL names the server
    subgraphPorts,
    env: { ...env, DATABASE_URL: postgres.adminUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    seedDemoData: true,
    demoScale: 0.02,
    print: process.env.LOG_LEVEL === 'debug' ? console.log : () => undefined,
  });
}, 300_000);

afterAll(async () => {
  await platform?.stop();
  await postgres?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const readiness = async () => {
  const response = await fetch(`${platform.gatewayUrl}/readyz`, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: (await response.json()) as { subgraphsReady: number } };
};

async function within(limitMs: number, what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${limitMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const as = async <TData = Record<string, unknown>>(
  role: 'analyst' | 'admin',
  query: string,
  variables: Record<string, unknown> = {},
) =>
  postGraphQL<TData>(`${platform.gatewayUrl}/graphql`, query, variables, {
    authorization: `Bearer ${await issueDevToken(dataDir, { role, subject: `pg-restart-${role}` })}`,
  });

test('with PostgreSQL restarted, /readyz goes 503 and back to 200 by itself, no request hangs, and replication resumes', async () => {
  expect((await readiness()).status).toBe(200);
  const pids = new Map([...platform.services].map(([name, service]) => [name, service.child.pid]));
  const ALL_FOUR =
    '{ counties(first: 1) { nodes { name } } schools(first: 1) { totalCount } interventions(first: 1) { totalCount } indicators { totalCount } }';

  // Two clients keep asking, each request bounded by the gateway's own limit: an answer of any kind must come.
  let loading = true;
  const outcomes: ('answered' | 'no answer in time')[] = [];
  const clients = Array.from({ length: 2 }, async () => {
    while (loading) {
      const answer = await fetch(`${platform.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await issueDevToken(dataDir, { role: 'leadership', subject: 'pg-restart-load' })}`,
        },
        body: JSON.stringify({ query: ALL_FOUR }),
        signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
      }).then(
        (response) => response.text().then(() => 'answered' as const),
        () => 'no answer in time' as const,
      );
      outcomes.push(answer);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  try {
    await postgres.stop();
    await within(30_000, '/readyz answering 503', async () => (await readiness()).status === 503);
    expect((await readiness()).body).toMatchObject({ ready: false, supergraphLoaded: true, subgraphsReady: 0 });
    const whileDown = await as('analyst', '{ counties(first: 1) { nodes { name } } }');
    expect(whileDown.data?.counties ?? null).toBeNull();
    expect(whileDown.errors?.length).toBeGreaterThan(0);

    await postgres.start();
    await within(60_000, '/readyz answering 200 again', async () => (await readiness()).status === 200);
    await within(60_000, 'Every subgraph ready again', async () => (await readiness()).body.subgraphsReady === 4);
  } finally {
    loading = false;
    await Promise.all(clients);
  }
  expect(outcomes.length).toBeGreaterThan(0);
  expect(outcomes.filter((outcome) => outcome !== 'answered')).toEqual([]);

  // The subgraphs rode it out (their pools made new connections) rather than being restarted.
  expect(new Map([...platform.services].map(([name, service]) => [name, service.child.pid]))).toEqual(pids);
  const after = await as('analyst', ALL_FOUR);
  expect(after.errors).toBeUndefined();
  expect(after.data).toMatchObject({
    counties: { nodes: [{ name: expect.any(String) }] },
    indicators: { totalCount: expect.any(Number) },
  });

  // The subscriptions resume: a write after the restart reaches every replica of its publisher.
  const databases = Object.fromEntries(
    platform.subgraphs.map((subgraph) => [subgraph.name, databaseOfUrl(subgraph.databaseUrl)]),
  );
  const adminUrl = postgres.adminUrl;
  const before = (await publishedVersion(adminUrl, 'schools', databases)) as number;
  const schools = platform.subgraphs.find((subgraph) => subgraph.name === 'schools')!;
  const [organiser] = await withDatabaseClient(schools.databaseUrl, async (client) => {
    const { rows } = await client.query<{ organisation_number: string; municipality_code: string }>(
      'SELECT organisation_number, municipality_code FROM organiser ORDER BY id LIMIT 1',
    );
    return rows;
  });
  const file = [
    'unit_code,name,school_form,municipality_code,organisation_number',
    `99990001,Omstartsskolan,GRUNDSKOLA,${organiser.municipality_code},${organiser.organisation_number}`,
  ].join('\n');
  const imported = await as<{ importSchools: { committed: boolean; inserted: number } }>(
    'admin',
    'mutation ($f: String!) { importSchools(fileBase64: $f) { committed inserted } }',
    { f: Buffer.from(file).toString('base64') },
  );
  expect(imported.data?.importSchools).toEqual({ committed: true, inserted: 1 });
  expect(await publishedVersion(adminUrl, 'schools', databases)).toBeGreaterThan(before);
  // Resolves once every subscriber's replica holds each publisher's version now, the new unit's included.
  await expect(waitForReplicas(adminUrl, databases)).resolves.toBeUndefined();
}, 300_000);
