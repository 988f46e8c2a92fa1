import http from 'node:http';
import type { GatewayConfig } from './config';
import { createDashboardAssets } from './dashboardAssets';
import { createGateway } from './gateway';
import { checkReadiness } from './readiness';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The gateway's HTTP server: probes and the dashboard here, everything else to the GraphQL runtime. */
export function createGatewayServer(config: GatewayConfig) {
  const gateway = createGateway(config);
  const dashboard = createDashboardAssets();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok', service: 'gateway' });
    if (path === '/readyz') {
      void checkReadiness(config.subgraphs).then((readiness) =>
        sendJson(
          res,
          readiness.ready ? 200 : 503,
          readiness.ready ? { status: 'ready' } : { status: 'unavailable', ...readiness },
        ),
      );
      return;
    }
    if (dashboard(req, res)) return;
    return gateway(req, res);
  });
  return {
    server,
    async stop() {
      // The runtime keeps running on its own after the first SIGTERM, so it is disposed explicitly.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
