import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from '@lagesbild/platform';
import http from 'node:http';
import { createAuthenticator, unauthenticated } from './authentication';
import { CALENDAR_PATH, createCalendarFeedProxy } from './calendarFeedProxy';
import type { GatewayConfig } from './config';
import { createDashboardAssets } from './dashboardAssets';
import { handleDevSignIn } from './devSignIn';
import { createGateway } from './gateway';
import { createRateLimit, rateLimited } from './limits/rateLimit';
import { checkSubgraphs, readinessOf } from './readiness';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The gateway's HTTP server: probes, sign-in and the dashboard here; GraphQL to the runtime, for signed-in users
 * only (issue #5: without a valid token only /healthz and /readyz answer with data). The probes (issue #14):
 * /healthz is liveness (the process answers), /readyz readiness (readiness.ts), and /status each subgraph's state
 * with its address, for admins only.
 */
export async function createGatewayServer(config: GatewayConfig) {
  const gateway = createGateway(config);
  const authenticate = await createAuthenticator(config.signIn);
  const dashboard = createDashboardAssets();
  const rateLimit = createRateLimit(config.limits.rateLimit);
  const calendarFeed = createCalendarFeedProxy(config.subgraphs);
  // The runtime's own readiness check answers whether its supergraph is loaded; it is asked in-process.
  const supergraphLoaded = async () => (await gateway.fetch('http://gateway/readiness')).ok;
  const readiness = async () => readinessOf(await supergraphLoaded(), await checkSubgraphs(config.subgraphs));
  const server = http.createServer((req, res) => {
    // Every answer carries its request id, and so does every line logged for it here and in the subgraphs: the
    // runtime passes the header on to each subgraph call.
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    withRequestId(requestId, () => handle(req, res));
  });
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok', service: 'gateway' });
    if (path === '/readyz') {
      void readiness().then((answer) =>
        sendJson(res, answer.ready ? 200 : 503, {
          status: answer.ready ? 'ready' : 'unavailable',
          service: 'gateway',
          ...answer,
        }),
      );
      return;
    }
    if (path === '/status') {
      authenticate(req).then(
        async (user) => {
          if (user.role !== 'admin') {
            return sendJson(res, 403, {
              errors: [
                { message: 'Only admins may see the status of the subgraphs.', extensions: { code: 'FORBIDDEN' } },
              ],
            });
          }
          const subgraphs = await checkSubgraphs(config.subgraphs);
          const answer = readinessOf(await supergraphLoaded(), subgraphs);
          return sendJson(res, 200, { service: 'gateway', ...answer, subgraphs });
        },
        (error: unknown) => unauthenticated(res, error),
      );
      return;
    }
    if (CALENDAR_PATH.test(path)) return void calendarFeed(path, req, res);
    if (config.signIn.kind === 'dev' && handleDevSignIn(config.signIn.dataDir, path, req, res)) return;
    // The dashboard's files are public: it signs the user in itself, and its data comes through /graphql.
    if (dashboard(req, res)) return;
    authenticate(req).then(
      async (user) => {
        // Counted per user after sign-in, so that requests without a valid token cannot use up someone's limit.
        const verdict = await rateLimit(user);
        if (!verdict.allowed) return rateLimited(res, config.limits.rateLimit, verdict.retryAfterSeconds);
        return gateway(req, res, { user });
      },
      (error: unknown) => unauthenticated(res, error),
    );
  };
  return {
    server,
    async stop() {
      // The runtime keeps running on its own after the first SIGTERM, so it is disposed explicitly.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
