import './tracing';
import { exitOnStartupError, listen, log, nameService, stopOnSignals } from '@lagesbild/platform';
import { readGatewayConfig } from './config';
import { createMetricsServer } from './metricsServer';
import { createGatewayServer } from './server';

async function main(): Promise<void> {
  nameService('gateway');
  const config = readGatewayConfig();
  const { server, stop } = await createGatewayServer(config);
  const metrics = createMetricsServer();
  const port = await listen(server, config.host, config.port, 'gateway');
  const metricsPort = await listen(metrics, config.host, config.metricsPort, 'gateway metrics', 'METRICS_PORT');
  stopOnSignals('gateway', async () => {
    metrics.close();
    await stop();
  });
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  log.info(`gateway ready at http://${host}:${port}/graphql, metrics at http://${host}:${metricsPort}/metrics`);
}

main().catch((error: unknown) => exitOnStartupError('The gateway', error));
