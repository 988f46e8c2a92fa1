import type { GatewayPlugin, Logger } from '@graphql-hive/gateway-runtime';
import usePrometheus, { createCounter } from '@graphql-mesh/plugin-prometheus';
import { Registry, collectDefaultMetrics } from 'prom-client';

/** The gateway's metrics, served on its metrics port (see metricsServer.ts), never on the public one. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/**
 * Hive Gateway's Prometheus plugin: request latency (graphql_yoga_http_duration), each phase's latency, subgraph
 * call latency and errors (graphql_gateway_subgraph_execute_*, graphql_gateway_fetch_duration), and errors by code.
 */
export function useGatewayMetrics(log: Logger): GatewayPlugin {
  return usePrometheus({
    log,
    registry,
    // Served by the metrics port's own server, so the runtime must not answer /metrics on the public port.
    endpoint: false,
    metrics: {
      // Resolver timing would be one observation per field of every row.
      graphql_envelop_execute_resolver: false,
      graphql_envelop_deprecated_field: false,
      // The plugin's own error counter labels by path; an operator acts on the code (BAD_USER_INPUT is the
      // client's, SUBGRAPH_UNAVAILABLE or INTERNAL_SERVER_ERROR ours), and codes are few where paths are many.
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Errors in GraphQL answers, by phase and code',
          labelNames: ['phase', 'code', 'operationType'],
        },
        fillLabelsFn: (params) => ({
          phase: params.errorPhase ?? 'execute',
          code: String(params.error?.extensions?.code ?? 'NONE'),
          operationType: params.operationType ?? 'unknown',
        }),
        shouldObserve: () => true,
      }),
    },
  });
}
