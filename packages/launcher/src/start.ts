import { readSubgraphList, repoRoot, subgraphPortVar } from '@lagesbild/platform';
import path from 'node:path';
import { startPlatform } from './platform';

// `npm start`: the whole platform on this machine, on an embedded PostgreSQL unless DATABASE_URL says otherwise.
async function main(): Promise<void> {
  const started = Date.now();
  const platform = await startPlatform({
    dataDir: process.env.LAGESBILD_DATA_DIR ?? path.join(repoRoot, '.lagesbild'),
    gatewayPort: Number(process.env.PORT ?? 4000),
    gatewayMetricsPort: Number(process.env.METRICS_PORT ?? 4090),
    embeddedPgPort: Number(process.env.EMBEDDED_PG_PORT ?? 4100),
    subgraphPorts: Object.fromEntries(
      readSubgraphList()
        .filter((entry) => process.env[subgraphPortVar(entry.name)])
        .map((entry) => [entry.name, Number(process.env[subgraphPortVar(entry.name)])]),
    ),
    demoScale: Number(process.env.DEMO_SCALE ?? 1),
    seedDemoData: process.env.SEED_DEMO_DATA !== 'false',
    // The services write JSON lines to a pipe; on a terminal, this one asks them for readable lines instead.
    env: { ...process.env, LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json') },
  });
  let stopping = false;
  const shutDown = (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping the gateway, the subgraphs and PostgreSQL…`);
    platform.stop().then(
      () => {
        console.log('Lägesbild stopped.');
        process.exit(exitCode);
      },
      (error: unknown) => {
        console.error('Stopping failed:', error);
        process.exit(1);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals) => shutDown(`${signal} received`, 0);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // npm exits on SIGTERM without passing it on, which would leave this launcher and its services running with no
  // one to stop them. Whoever stops npm means to stop Lägesbild, so losing the parent counts as a signal.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) onSignal('SIGHUP');
  }, 500).unref();
  // A service that exits unexpectedly is started again (supervisor.ts). When one keeps failing: without the gateway
  // nothing is served, so the platform stops, with exit code 1 for whatever runs `npm start`; without a subgraph the
  // gateway still answers the others' fields, so the rest keeps running and the gateway's /status names it.
  for (const service of platform.services.values()) {
    void service.gaveUp.then(() => {
      if (stopping) return;
      if (service.name === 'gateway') shutDown('The gateway keeps failing', 1);
      else
        console.error(
          `Lägesbild keeps running without ${service.name}: its fields answer SUBGRAPH_UNAVAILABLE until it is ` +
            'fixed and Lägesbild is started again.',
        );
    });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nLägesbild is running (ready in ${seconds} s):`);
  console.log(`  Dashboard  ${platform.gatewayUrl}/`);
  console.log(`  GraphQL    ${platform.gatewayUrl}/graphql`);
  console.log(`  Readiness  ${platform.gatewayUrl}/readyz`);
  console.log(`  Metrics    ${platform.gatewayMetricsUrl} (the gateway's; each subgraph's at its own port)`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(`\nLägesbild could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
