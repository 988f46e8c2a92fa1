import {
  databaseUrlVar,
  runtimeDatabaseUrlVar,
  localSubgraphUrl,
  readSubgraphList,
  repoRoot,
  subgraphPortVar,
  subgraphUrlVar,
  type SubgraphEntry,
} from '@lagesbild/platform';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embeddedPostgres';
import { assertPortFree } from './ports';
import { provisionDatabases, type ProvisionedUrls } from './provision';
import { databaseOfUrl, provisionReplication, waitForReplicas } from './replication';
import { loadSecrets } from './secrets';
import { spawnService, waitUntilReady, type ServiceProcess } from './serviceProcess';
import { superviseService, type RestartPolicy, type SupervisedService } from './supervisor';

export interface PlatformOptions {
  /** Where the embedded PostgreSQL keeps its data and the generated secrets. */
  dataDir: string;
  gatewayPort: number;
  /** The gateway's metrics port (METRICS_PORT, 4090 by default). */
  gatewayMetricsPort?: number;
  /** Ports of the subgraphs; by default those of schema/supergraph.yaml. */
  subgraphPorts?: Record<string, number>;
  embeddedPgPort: number;
  /** Environment for the run: DATABASE_URL or <NAME>_DATABASE_URL switch from the embedded to a real server. */
  env?: NodeJS.ProcessEnv;
  /** Loads the demo data into empty databases. */
  seedDemoData?: boolean;
  demoScale?: number;
  print?: (line: string) => void;
  /** How long a service may take to become ready; the first start seeds, which takes longest. */
  readyTimeoutMs?: number;
  /**
   * The server's superuser, to make the replication subscriptions with when every database URL is given (the
   * embedded server's and DATABASE_URL's are used otherwise). Without any, the operator provisions them.
   */
  adminUrl?: string;
  /** When a service that exits unexpectedly is started again (see supervisor.ts for the default). */
  restartPolicy?: RestartPolicy;
}

export interface RunningPlatform {
  gatewayUrl: string;
  /** Where the gateway's Prometheus metrics answer (its metrics port, not the public one). */
  gatewayMetricsUrl: string;
  subgraphs: (SubgraphEntry & { url: string; databaseUrl: string })[];
  /** Every service, supervised: one that exits without being stopped is started again. */
  services: Map<string, SupervisedService>;
  /** The embedded server's superuser URL; undefined when running against an external server. */
  adminUrl?: string;
  /** The secret subgraph requests are signed with. */
  signingSecret: string;
  /** Stops one subgraph on purpose and starts it again as it was started, with a clean record of failures. */
  restartSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

const entryOf = (workspace: string) => path.join(repoRoot, workspace, 'dist', 'index.js');

/**
 * Each subgraph's database URLs (owner and runtime role): given per subgraph (<NAME>_DATABASE_URL and
 * <NAME>_RUNTIME_DATABASE_URL), or provisioned on the server DATABASE_URL (or embedded).
 */
export async function databaseUrls(
  options: Pick<PlatformOptions, 'dataDir' | 'embeddedPgPort'>,
  entries: SubgraphEntry[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<{ urls: Record<string, ProvisionedUrls>; postgres?: EmbeddedPostgresHandle }> {
  const given: Record<string, ProvisionedUrls> = Object.fromEntries(
    entries
      .filter((e) => env[databaseUrlVar(e.name)])
      .map((e) => [
        e.name,
        { owner: env[databaseUrlVar(e.name)] as string, runtime: env[runtimeDatabaseUrlVar(e.name)] ?? '' },
      ]),
  );
  const toProvision = entries.map((e) => e.name).filter((name) => !given[name]);
  if (toProvision.length === 0) return { urls: given };
  const secrets = loadSecrets(options.dataDir, toProvision);
  let postgres: EmbeddedPostgresHandle | undefined;
  let adminUrl = env.DATABASE_URL;
  if (!adminUrl) {
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(options.dataDir, 'pgdata'),
      port: options.embeddedPgPort,
      adminPassword: secrets.adminPassword,
      log: print,
    });
    adminUrl = postgres.adminUrl;
  }
  try {
    const passwords = Object.fromEntries(
      toProvision.flatMap((name) => [name, `${name}:runtime`]).map((key) => [key, secrets.rolePasswords[key]]),
    );
    const provisioned = await provisionDatabases(adminUrl, passwords);
    return { urls: { ...given, ...provisioned }, postgres };
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
}

/**
 * Whom the services trust: the subgraph-signing secret (from the environment, or generated into the data folder),
 * and, unless an OIDC provider is configured, the development issuer whose keys live in the data folder.
 */
function trustSettings(dataDir: string, env: NodeJS.ProcessEnv) {
  return {
    SUBGRAPH_SIGNING_SECRET: env.SUBGRAPH_SIGNING_SECRET ?? loadSecrets(dataDir, []).subgraphSigningSecret,
    ...(env.OIDC_ISSUER ? {} : { DEV_ISSUER_DIR: dataDir }),
  };
}

/**
 * Starts the whole platform on one machine: PostgreSQL (embedded unless told otherwise), one database and role per
 * subgraph, the subgraphs (each running its migrations and, on an empty database, the demo seed), then the
 * gateway. Stops in the reverse order.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const print = options.print ?? console.log;
  const env = options.env ?? process.env;
  const entries = readSubgraphList().map((entry) => ({
    ...entry,
    port: options.subgraphPorts?.[entry.name] ?? entry.port,
  }));
  const gatewayMetricsPort = options.gatewayMetricsPort ?? 4090;
  await assertPortFree(options.gatewayPort, 'the gateway', 'PORT');
  await assertPortFree(gatewayMetricsPort, 'the gateway’s metrics', 'METRICS_PORT');
  for (const entry of entries)
    await assertPortFree(entry.port, `the ${entry.name} subgraph`, subgraphPortVar(entry.name));

  const { urls, postgres } = await databaseUrls(options, entries, env, print);
  const trust = trustSettings(options.dataDir, env);
  const services = new Map<string, SupervisedService>();
  const stop = async () => {
    const gateway = services.get('gateway');
    if (gateway) await gateway.stop();
    await Promise.all([...services.values()].map((service) => service.stop()));
    await postgres?.stop();
  };
  try {
    const readyTimeout = options.readyTimeoutMs ?? 300_000;
    const subgraphs = entries.map((entry) => ({
      ...entry,
      url: localSubgraphUrl(entry.port),
      databaseUrl: urls[entry.name].owner,
      runtimeDatabaseUrl: urls[entry.name].runtime,
    }));
    // Every service learns where every subgraph answers: the gateway to route, subgraphs to check references with
    // their siblings' _entities.
    const subgraphUrls = Object.fromEntries(subgraphs.map((subgraph) => [subgraphUrlVar(subgraph.name), subgraph.url]));
    const supervise = (name: string, readyUrl: string, firstReadyTimeoutMs: number, spawn: () => ServiceProcess) => {
      const service = superviseService({
        name,
        spawn,
        ready: (process, timeoutMs) => waitUntilReady(process, readyUrl, timeoutMs, name),
        firstReadyTimeoutMs,
        policy: options.restartPolicy,
        print,
      });
      services.set(name, service);
      return service.started;
    };
    const startSubgraph = (subgraph: (typeof subgraphs)[number]) =>
      supervise(subgraph.name, new URL('/readyz', subgraph.url).toString(), readyTimeout, () =>
        spawnService(
          subgraph.name,
          entryOf(`subgraphs/${subgraph.name}`),
          {
            ...env,
            ...subgraphUrls,
            PORT: String(subgraph.port),
            HOST: '127.0.0.1',
            DATABASE_URL: subgraph.databaseUrl,
            RUNTIME_DATABASE_URL: subgraph.runtimeDatabaseUrl,
            SEED_DEMO_DATA: options.seedDemoData === false ? 'false' : 'true',
            DEMO_SCALE: String(options.demoScale ?? 1),
            SUBGRAPH_SIGNING_SECRET: trust.SUBGRAPH_SIGNING_SECRET,
          },
          print,
        ),
      );
    await Promise.all(subgraphs.map(startSubgraph));
    // Every subgraph has migrated, so the publications and the replicas exist: the subscriptions can be made, and
    // the gateway opens only once the figures' replicas hold what their publishers hold.
    const adminUrl = postgres?.adminUrl ?? options.adminUrl ?? env.DATABASE_URL;
    if (adminUrl) {
      const password = loadSecrets(options.dataDir, []).replicationPassword;
      const databases = Object.fromEntries(
        subgraphs.map((subgraph) => [subgraph.name, databaseOfUrl(subgraph.databaseUrl)]),
      );
      await provisionReplication(adminUrl, { password, host: env.REPLICATION_HOST, databases });
      await waitForReplicas(adminUrl, databases);
    } else {
      print('No superuser URL: the replication subscriptions are left to provisioning (README, "Deployment").');
    }
    const gatewayEnv: NodeJS.ProcessEnv = {
      ...env,
      ...subgraphUrls,
      ...trust,
      PORT: String(options.gatewayPort),
      METRICS_PORT: String(gatewayMetricsPort),
    };
    await supervise('gateway', `http://127.0.0.1:${options.gatewayPort}/readyz`, 60_000, () =>
      spawnService('gateway', entryOf('gateway'), gatewayEnv, print),
    );
    return {
      gatewayUrl: `http://localhost:${options.gatewayPort}`,
      gatewayMetricsUrl: `http://localhost:${gatewayMetricsPort}/metrics`,
      subgraphs,
      services,
      adminUrl: postgres?.adminUrl,
      signingSecret: trust.SUBGRAPH_SIGNING_SECRET,
      async restartSubgraph(name) {
        const service = subgraphs.some((candidate) => candidate.name === name) ? services.get(name) : undefined;
        if (!service) throw new Error(`There is no subgraph named ${name}.`);
        await service.restart();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
