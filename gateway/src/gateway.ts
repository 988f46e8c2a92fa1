import { createGatewayRuntime, Logger } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { log, SUBGRAPH_MUTATION_TIMEOUT_MS, tracingEnabled } from '@lagesbild/platform';
import { readFileSync } from 'node:fs';
import type { GatewayConfig } from './config';
import { useCostBudget } from './limits/costBudget';
import { documentLimitPlugins } from './limits/documentLimits';
import { useIntrospectionForAnalysts } from './limits/introspection';
import { useRequestTimeout } from './limits/requestTimeout';
import { maskError } from './maskError';
import { useGatewayMetrics } from './metrics';
import { useRequestErrors } from './requestErrors';
import { responseCachePlugins } from './responseCache';
import { useSubgraphCallSignal } from './subgraphCallSignal';
import { useSubgraphSigning, type GatewayRequestContext } from './subgraphSigning';
import { trustedDocuments } from './trustedDocuments';
import { upstreamTimeout } from './upstreamTimeout';

/**
 * Hive Gateway's runtime over the committed supergraph, with the Rust query planner. Subgraph URLs come from the
 * environment, so the same supergraph serves on one machine and in docker-compose.
 */
export function createGateway(config: GatewayConfig) {
  const trusted = trustedDocuments(config.trustedDocuments);
  return createGatewayRuntime<GatewayRequestContext>({
    supergraph: readFileSync(config.supergraphFile, 'utf8'),
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(config.subgraphs.map(({ name, url }) => [name, { location: url }])),
    upstreamTimeout,
    // The dashboard's operations by id, and no other text than analysts' and admins' (trustedDocuments.ts).
    persistedDocuments: trusted.persistedDocuments,
    // A client that goes away (a closed dashboard tab, an analyst's cancelled query) stops the plan and the subgraph
    // calls under way, and the subgraphs then stop the statements those calls were running.
    executionCancellation: true,
    upstreamCancellation: true,
    landingPage: false,
    maskedErrors: { maskError },
    // The dashboard's explorer is where people browse the graph; the gateway serves no GraphiQL of its own.
    graphiql: false,
    // The runtime's own lines (each carrying the request id it was given) go out as the gateway's JSON lines.
    logging: new Logger({
      level: hiveLogLevel(),
      writers: [new PinoLogWriter(log)],
      // A failed subgraph call is logged with the call, whose body holds the entities asked for: thousands of
      // school ids in a scope. The log keeps the message, the path and the service, not the body.
      redact: { paths: ['extensions.request.body'], remove: true },
    }),
    // Issue #5's query limits. Batching (a JSON array of operations) is Yoga's default off, and stays off: one
    // request, one operation, so that the rate limit and the time limit count what they seem to.
    batching: false,
    // A request must show it is not a plain HTML form or link: a JSON body, or the x-graphql-yoga-csrf header.
    csrfPrevention: {},
    plugins: (context) => [
      // Each subgraph call's abort listeners come off when it has its answer (subgraphCallSignal.ts).
      useSubgraphCallSignal(),
      useGatewayMetrics(context.log),
      // Spans for the request, each GraphQL phase and each subgraph call, whose traceparent header carries the
      // trace on to the subgraph. Only when an OTLP endpoint is set: otherwise nothing is traced at all.
      ...(tracingEnabled() ? [useOpenTelemetry({ ...context, traces: true })] : []),
      trusted.plugin,
      useRequestErrors(),
      useSubgraphSigning(config.signingSecret),
      ...documentLimitPlugins(config.limits),
      useIntrospectionForAnalysts(),
      useCostBudget(config.limits),
      useRequestTimeout({ queryMs: config.limits.queryTimeoutMs, mutationMs: SUBGRAPH_MUTATION_TIMEOUT_MS + 60_000 }),
      ...responseCachePlugins(config),
    ],
  });
}

/** The runtime logs at the gateway's LOG_LEVEL; pino's levels beyond Hive's map to the nearest. */
function hiveLogLevel(): 'trace' | 'debug' | 'info' | 'warn' | 'error' | false {
  const level = log.level;
  if (level === 'silent') return false;
  if (level === 'fatal') return 'error';
  return level as 'trace' | 'debug' | 'info' | 'warn' | 'error';
}

export type Gateway = ReturnType<typeof createGateway>;
