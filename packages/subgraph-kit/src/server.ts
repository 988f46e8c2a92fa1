import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { DataSource } from 'typeorm';
import { listen, log, REQUEST_ID_HEADER, requestIdFrom, subgraphTimeoutMs, withRequestId } from '@lagesbild/platform';
import { identityOfRequest, keepRawBody, requireGatewaySignature, type RequestIdentity } from './identity';
import { observePool, observeRequests, registry } from './metrics';
import { readLocalDataVersions } from './replication/localDataVersions';
import { operationKind } from './operationKind';
import { beginScopedRequest, type ScopedRequest } from './rowLevelSecurity';

// The request's transaction travels with its context, under a symbol so that no resolver reaches it by accident.
const SCOPED_REQUEST = Symbol('scopedRequest');
function withScopedRequest<T extends object>(context: T, request: ScopedRequest): T {
  return Object.assign(context, { [SCOPED_REQUEST]: request });
}
function scopedRequestOf(context: object): ScopedRequest | undefined {
  return (context as { [SCOPED_REQUEST]?: ScopedRequest })[SCOPED_REQUEST];
}

/**
 * Starts `work` once the transaction of the request whose context this is has committed (ScopedRequest.afterCommit),
 * without holding up the answer; never when it rolls back.
 */
export function afterCommit(context: object, work: (dataSource: DataSource) => Promise<void>): void {
  const request = scopedRequestOf(context);
  if (!request) throw new Error('afterCommit: this context belongs to no request.');
  request.afterCommit(work);
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  host: string;
  port: number;
  /**
   * Called once per request with the request's data source (its transaction, scoped to the user for row-level
   * security): per-request state such as DataLoaders lives here.
   */
  createContext: (dataSource: DataSource, identity: RequestIdentity) => Promise<TContext>;
  /** The secret the gateway signs requests with; unsigned requests get 401. */
  signingSecret: string;
  /** Routes of the subgraph's own beside /graphql, which authenticate their requests themselves. */
  routes?: (app: express.Express, dataSource: DataSource) => void;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves a subgraph: POST /graphql, GET /healthz (the process is alive), GET /readyz (its database answers),
 * GET /data-versions (the data versions its database holds) and GET /metrics (Prometheus).
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    // Inline traces are for Apollo's hosted studio, which this platform does not use.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // The request's transaction ends before the answer is sent, so a client that reads after a write sees it.
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              await scopedRequestOf(contextValue)?.finish(true);
            },
            // An error without a code is a bug, and goes to the log; formatError answers it in general terms. A
            // request whose caller left fails by design (its connection was ended), which is nothing to report.
            async didEncounterErrors({ contextValue, errors }) {
              if (scopedRequestOf(contextValue)?.abandoned) return;
              for (const error of errors) {
                const code = error.extensions?.code;
                if (!code || code === 'INTERNAL_SERVER_ERROR')
                  log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
              }
            },
          };
        },
      },
    ],
    // Stack traces stay in the logs, never in answers.
    includeStacktraceInErrorResponses: false,
    // An error without a code is a bug, and its message may hold SQL or data: answer in general terms (it is logged
    // by didEncounterErrors above).
    formatError: (formatted) => {
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      return {
        message: `Internal error in the ${options.name} service.`,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
  await apollo.start();
  observePool(options.dataSource);

  app.use(observeRequests);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.name, down: ['database'], error: String(error) });
    }
  });
  // The data versions this database holds, which the gateway's response cache keys its answers by. Version
  // numbers only: no scope is needed to read them, and they say nothing about the data itself.
  app.get('/data-versions', async (_req, res) => {
    try {
      res.json({ service: options.name, versions: await readLocalDataVersions(options.dataSource, options.name) });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.name, down: ['database'], error: String(error) });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  options.routes?.(app, options.dataSource);

  /** The request's context, with its transaction scoped to the user (row-level security). */
  async function scopedContext(req: express.Request, res: express.Response): Promise<TContext> {
    const identity = identityOfRequest(req);
    const request = await beginScopedRequest(options.dataSource, identity, subgraphTimeoutMs(operationKind(req.body)));
    // A request whose caller left (the gateway cancels calls whose client went away) stops its work and gives its
    // connection back; after an answer this does nothing.
    res.on('close', () => void request.abandon());
    try {
      return withScopedRequest(await options.createContext(request.dataSource, identity), request);
    } catch (error) {
      await request.finish(false);
      throw error;
    }
  }

  // Imports arrive as base64 in the request body, so the limit fits a large outcome file.
  app.use(
    '/graphql',
    express.json({ limit: '64mb', verify: keepRawBody }),
    // After the body is read (its stream's events would lose the request's scope): from here on, every line logged
    // for the request carries the id the gateway sent.
    (req, res, next) => {
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, requestId);
      // LOG_LEVEL=debug is the access log: one line per request, with its status and time.
      const started = performance.now();
      res.once('finish', () =>
        log.debug(
          { requestId, status: res.statusCode, ms: Math.round(performance.now() - started) },
          'graphql request',
        ),
      );
      withRequestId(requestId, next);
    },
    requireGatewaySignature(options.signingSecret),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await scopedContext(req, res);
        } catch (error) {
          // A request that cannot start (no free connection, a database that is down) never reaches the plugins
          // above, so it is logged here; a refusal with a code (an unsigned identity) is the caller's to read.
          if (!(error instanceof GraphQLError)) log.error({ err: error }, 'could not start a request');
          throw error;
        }
      },
    }),
  );

  const port = await listen(httpServer, options.host, options.port, options.name);
  const url = `http://${options.host}:${port}/graphql`;
  return {
    url,
    port,
    async stop() {
      await apollo.stop();
      if (options.dataSource.isInitialized) await options.dataSource.destroy();
    },
  };
}
