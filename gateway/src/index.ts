import { exitOnStartupError, listen, stopOnSignals } from '@lagesbild/platform';
import { readGatewayConfig } from './config';
import { createGatewayServer } from './server';

async function main(): Promise<void> {
  const config = readGatewayConfig();
  const { server, stop } = await createGatewayServer(config);
  const port = await listen(server, config.host, config.port, 'gateway');
  stopOnSignals('gateway', stop);
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`gateway ready at http://${host}:${port}/graphql`);
}

main().catch((error: unknown) => exitOnStartupError('The gateway', error));
