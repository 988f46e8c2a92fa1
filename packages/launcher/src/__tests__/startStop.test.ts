import { issueDevToken } from '@lagesbild/auth';
import { freePort } from '../ports';
import { readSubgraphList, repoRoot, subgraphPortVar } from '@lagesbild/platform';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const START = path.join(repoRoot, 'packages/launcher/dist/start.js');

/** The environment of a new user's shell: no database URLs from the test run. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.endsWith('DATABASE_URL')));
  return { ...env, ...extra };
}

function runStart(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const printed = async (text: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (child.exitCode !== null) throw new Error(`start.js exited (${child.exitCode}) before "${text}":\n${output}`);
      if (Date.now() > deadline) throw new Error(`start.js did not print "${text}" in time:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  return { child, exited, printed, output: () => output };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function platformEnv(dataDir: string): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    LAGESBILD_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    DEMO_SCALE: '0.02',
  };
  for (const { name } of readSubgraphList()) env[subgraphPortVar(name)] = String(await freePort());
  return env;
}

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'lagesbild-start-'));
  chmodSync(dataDir, 0o755);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('npm start brings everything up, stops everything on Ctrl-C, and a second start reuses the data', async () => {
  const env = await platformEnv(dataDir);
  const ports = Object.entries(env)
    .filter(([key]) => key.endsWith('PORT'))
    .map(([, port]) => Number(port));

  const first = runStart(cleanEnv(env));
  await first.printed('Lägesbild is running', 240_000);
  expect(first.output()).toContain(`http://localhost:${env.PORT}/graphql`);
  const query = JSON.stringify({ query: '{ counties { totalCount } schools(first: 1) { totalCount } }' });
  const anonymous = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: query,
  });
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  // The token `npm run token` prints: signed by the development issuer whose keys the start left in the data folder.
  // An ad-hoc query is an analyst's; `npm start` enforces trusted documents, so leadership gets only the dashboard's.
  const asRole = async (role: 'analyst' | 'leadership') =>
    fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await issueDevToken(dataDir, { role })}`,
      },
      body: query,
    });
  const refused = await asRole('leadership');
  expect(refused.status).toBe(403);
  expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED' } }] });
  const answer = await asRole('analyst');
  const body = (await answer.json()) as { data: { counties: { totalCount: number }; schools: { totalCount: number } } };
  expect(body.data.counties.totalCount).toBe(21);
  const schools = body.data.schools.totalCount;
  expect(schools).toBeGreaterThan(0);

  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  expect(first.output()).toContain('Lägesbild stopped.');
  for (const port of ports) expect({ port, free: await portIsFree(port) }).toEqual({ port, free: true });
  expect(existsSync(path.join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false);

  const second = runStart(cleanEnv(env));
  await second.printed('Lägesbild is running', 60_000);
  expect(second.output()).not.toMatch(/loaded \d+ demo rows|Creating the embedded PostgreSQL/);
  const again = await asRole('analyst');
  expect(((await again.json()) as typeof body).data.schools.totalCount).toBe(schools);
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
}, 360_000);

test('a port already in use gives a clear message, not a stack trace', async () => {
  const env = await platformEnv(dataDir);
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(Number(env.PORT), '127.0.0.1', resolve));
  try {
    const run = runStart(cleanEnv(env));
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Port ${env.PORT} is already in use, so the gateway cannot start there.`);
    expect(run.output()).not.toMatch(/\n\s+at /);
  } finally {
    blocker.close();
  }
}, 60_000);
