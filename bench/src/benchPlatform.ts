import { startPlatform, spawnService, waitUntilReady, type ServiceProcess } from '@lagesbild/launcher';
import { readSubgraphList, repoRoot, subgraphUrlVar } from '@lagesbild/platform';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchPorts } from './ports';
import { FetchRecorder, startRecordingProxy, type RecordingProxy } from './recordingProxy';
import { benchToken } from './benchUser';
import { sendWithEveryRequest } from './httpClient';

export interface BenchPlatform {
  scale: number;
  /** The platform's own Hive gateway, straight to the subgraphs: the one measured. */
  hiveUrl: string;
  apolloUrl: string;
  /** A third Hive gateway, the same build, straight to the subgraphs, with the response cache on. */
  cachedUrl: string;
  /** A second Hive gateway, the same build, whose subgraph requests go through the recording proxies. */
  recordingUrl: string;
  recorder: FetchRecorder;
  subgraphs: { name: string; url: string; databaseUrl: string }[];
  startSeconds: number;
  /** From the launch of the platform until every service of it answered ready (the bench's own gateways after). */
  platformSeconds: number;
  /** Process ids of everything started, for the report and for anyone who must clean up by hand. */
  pids: Record<string, number | undefined>;
  /** A service that stopped by itself (it crashed), with its exit code and last words; undefined while all run. */
  crashed(): string | undefined;
  stop(): Promise<void>;
}

export const dataDirOf = (scale: number) => path.join(repoRoot, 'bench', `.data-scale-${scale}`);

/**
 * The environment of the benchmark's services: the caller's, less whatever would point them elsewhere (an external
 * PostgreSQL, other subgraph URLs or ports). The benchmark always runs on its own embedded PostgreSQL.
 */
function benchEnv(): NodeJS.ProcessEnv {
  const names = readSubgraphList().map((entry) => entry.name.toUpperCase());
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const key of Object.keys(env)) {
    const [prefix] = key.split('_');
    if (
      key === 'DATABASE_URL' ||
      key === 'PORT' ||
      (names.includes(prefix) && /_(DATABASE_URL|SUBGRAPH_URL|PORT)$/.test(key))
    )
      delete env[key];
  }
  // The benchmark sends thousands of requests a second as one analyst; the per-user rate limit would measure itself.
  env.RATE_LIMIT_REQUESTS ??= String(1_000_000_000);
  // The platform's gateway and the recording one run without their response cache, since each operation is sent
  // again and again with the same variables; the cache-on measures have a gateway of their own (issue #13 reports
  // cache-off and cache-on apart).
  env.RESPONSE_CACHE = 'off';
  return env;
}

/**
 * Starts the platform at one demo scale on the benchmark's ports, with its data in bench/.data-scale-N (seeded on
 * first use and reused after), then the recording proxies, the recording gateway and @apollo/gateway. Whatever
 * started is stopped again if a later step fails.
 */
export async function startBenchPlatform(
  scale: number,
  ports: BenchPorts,
  options: { log: (line: string) => void },
): Promise<BenchPlatform> {
  const started = performance.now();
  const dataDir = dataDirOf(scale);
  const env = benchEnv();
  const platform = await startPlatform({
    dataDir,
    gatewayPort: ports.hiveGateway,
    gatewayMetricsPort: ports.metrics.hiveGateway,
    embeddedPgPort: ports.embeddedPostgres,
    subgraphPorts: ports.subgraphs,
    env,
    seedDemoData: true,
    demoScale: scale,
    print: options.log,
    // Seeding scale 10 on the 2-core machine takes minutes.
    readyTimeoutMs: 45 * 60_000,
  });
  const platformSeconds = (performance.now() - started) / 1000;
  // The bench analyst's sign-in for every gateway request, and the secret to sign replayed subgraph requests with.
  process.env.SUBGRAPH_SIGNING_SECRET = platform.signingSecret;
  sendWithEveryRequest({ authorization: `Bearer ${await benchToken(dataDir)}` });
  const proxies: RecordingProxy[] = [];
  const services: ServiceProcess[] = [];
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      for (const service of [...services].reverse()) await service.stop();
      await Promise.all(proxies.map((proxy) => proxy.stop()));
      await platform.stop();
    })());
  try {
    const recorder = new FetchRecorder();
    for (const subgraph of platform.subgraphs) {
      proxies.push(await startRecordingProxy(subgraph.name, subgraph.url, ports.proxies[subgraph.name], recorder));
    }
    const direct = Object.fromEntries(platform.subgraphs.map((s) => [subgraphUrlVar(s.name), s.url]));
    const proxied = Object.fromEntries(platform.subgraphs.map((s, i) => [subgraphUrlVar(s.name), proxies[i].url]));

    // A second Hive gateway of the same build: through the recording proxies, cache off; and a third: straight
    // to the subgraphs, cache on. Both with the same trust as the platform's own gateway: its signing secret and
    // the development issuer.
    const hiveGateway = async (
      name: string,
      port: number,
      metricsPort: number,
      subgraphUrls: Record<string, string>,
      cache: string,
    ) => {
      const gateway = spawnService(
        name,
        path.join(repoRoot, 'gateway', 'dist', 'index.js'),
        {
          ...env,
          ...subgraphUrls,
          PORT: String(port),
          METRICS_PORT: String(metricsPort),
          HOST: '127.0.0.1',
          RESPONSE_CACHE: cache,
          SUBGRAPH_SIGNING_SECRET: platform.signingSecret,
          DEV_ISSUER_DIR: dataDir,
        },
        options.log,
      );
      services.push(gateway);
      await waitUntilReady(gateway, `http://127.0.0.1:${port}/readyz`, 60_000, 'gateway');
    };
    await hiveGateway('recording-gateway', ports.recordingGateway, ports.metrics.recordingGateway, proxied, 'off');
    await hiveGateway('cached-gateway', ports.cachedGateway, ports.metrics.cachedGateway, direct, 'on');

    const apollo = spawnService(
      'apollo-gateway',
      path.join(__dirname, 'apolloGateway.js'),
      { ...env, ...direct, PORT: String(ports.apolloGateway), SUBGRAPH_SIGNING_SECRET: platform.signingSecret },
      options.log,
    );
    services.push(apollo);
    const apolloUrl = `http://127.0.0.1:${ports.apolloGateway}/graphql`;
    await waitUntilReady(apollo, `${apolloUrl}?query=%7B__typename%7D`, 60_000);

    let crash: string | undefined;
    let stopping = false;
    for (const service of [...platform.services.values(), ...services]) {
      void service.exited.then((code) => {
        if (stopping || crash) return;
        const fatal = service
          .recentOutput()
          .split('\n')
          .find((line) => /FATAL|out of memory|Error:/.test(line));
        crash = `${service.name} (pid ${service.child.pid}) exited with code ${code}${fatal ? `: ${fatal.trim()}` : ''}`;
      });
    }
    return {
      scale,
      crashed: () => crash,
      hiveUrl: `http://127.0.0.1:${ports.hiveGateway}/graphql`,
      apolloUrl,
      cachedUrl: `http://127.0.0.1:${ports.cachedGateway}/graphql`,
      recordingUrl: `http://127.0.0.1:${ports.recordingGateway}/graphql`,
      recorder,
      subgraphs: platform.subgraphs.map(({ name, url, databaseUrl }) => ({ name, url, databaseUrl })),
      startSeconds: (performance.now() - started) / 1000,
      platformSeconds,
      pids: Object.fromEntries(
        [...platform.services.values(), ...services].map((service) => [service.name, service.child.pid]),
      ),
      stop: () => {
        stopping = true;
        return stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
