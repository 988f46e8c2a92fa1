import http from 'node:http';
import { registry } from './metrics';

/**
 * The gateway's metrics port: GET /metrics in Prometheus' text format, and nothing else. It is a port of its own
 * so that the public port never shows operation names, subgraph names and error counts to the world; in
 * docker-compose it is not published, and Prometheus scrapes it on the services' network.
 */
export function createMetricsServer(): http.Server {
  return http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Only GET /metrics is served here.\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${String(error)}\n`),
    );
  });
}
