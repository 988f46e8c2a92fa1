import { databaseUrlVar, readSubgraphList, runtimeDatabaseUrlVar } from '@lagesbild/platform';
import { freePort, provisionDatabases, startEmbeddedPostgres } from '@lagesbild/launcher';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_URL_VAR, DATA_DIR_VAR } from './testServer';

/**
 * One real PostgreSQL for the whole test run, in a fresh folder on a free port, with each subgraph's database and
 * role provisioned as `npm start` does. Test workers inherit the URLs through the environment.
 */
async function globalSetup(): Promise<void> {
  // The postgres OS user must be able to enter the folder, so it is made under the world-traversable tmp.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lagesbild-test-'));
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'pgdata'),
    port: await freePort(),
    adminPassword: 'test-admin',
  });
  const subgraphs = readSubgraphList().map((entry) => entry.name);
  const urls = await provisionDatabases(
    postgres.adminUrl,
    Object.fromEntries(
      subgraphs.flatMap((name) => [
        [name, `test-${name}`],
        [`${name}:runtime`, `test-${name}-runtime`],
      ]),
    ),
  );
  process.env[ADMIN_URL_VAR] = postgres.adminUrl;
  process.env[DATA_DIR_VAR] = dataDir;
  // The gateway and subgraphs of every test platform sign and check with this run's own secret.
  process.env.SUBGRAPH_SIGNING_SECRET = randomBytes(32).toString('base64url');
  for (const name of subgraphs) {
    process.env[databaseUrlVar(name)] = urls[name].owner;
    process.env[runtimeDatabaseUrlVar(name)] = urls[name].runtime;
  }
  (globalThis as { __lagesbildPostgres?: typeof postgres }).__lagesbildPostgres = postgres;
}

export = globalSetup;
