import { rmSync } from 'node:fs';
import { DATA_DIR_VAR } from './testServer';

async function globalTeardown(): Promise<void> {
  const postgres = (globalThis as { __lagesbildPostgres?: { stop(): Promise<void> } }).__lagesbildPostgres;
  await postgres?.stop();
  const dataDir = process.env[DATA_DIR_VAR];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

export = globalTeardown;
