import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { SUBGRAPH_MUTATION_TIMEOUT_MS, subgraphTimeoutMs } from '@lagesbild/platform';
import { getOperationAST, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';
import type { GatewayConfig } from './config';
import { useCostBudget } from './limits/costBudget';
import { documentLimitPlugins } from './limits/documentLimits';
import { useIntrospectionForAnalysts } from './limits/introspection';
import { useRequestTimeout } from './limits/requestTimeout';
import { maskError } from './maskError';
import { useSubgraphSigning, type GatewayRequestContext } from './subgraphSigning';

function upstreamTimeout({
  executionRequest,
}: {
  executionRequest?: { document: DocumentNode; operationName?: string };
}): number {
  const operation = executionRequest && getOperationAST(executionRequest.document, executionRequest.operationName);
  // How long the gateway waits for one subgraph call; a hung subgraph fails its fields, not the whole request.
  return subgraphTimeoutMs(operation?.operation);
}

/**
 * Hive Gateway's runtime over the committed supergraph, with the Rust query planner. Subgraph URLs come from the
 * environment, so the same supergraph serves on one machine and in docker-compose.
 */
export function createGateway(config: GatewayConfig) {
  return createGatewayRuntime<GatewayRequestContext>({
    supergraph: readFileSync(config.supergraphFile, 'utf8'),
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(config.subgraphs.map(({ name, url }) => [name, { location: url }])),
    upstreamTimeout,
    landingPage: false,
    maskedErrors: { maskError },
    // The dashboard's explorer is where people browse the graph; the gateway serves no GraphiQL of its own.
    graphiql: false,
    logging: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn',
    // Issue #5's query limits. Batching (a JSON array of operations) is Yoga's default off, and stays off: one
    // request, one operation, so that the rate limit and the time limit count what they seem to.
    batching: false,
    // A request must show it is not a plain HTML form or link: a JSON body, or the x-graphql-yoga-csrf header.
    csrfPrevention: {},
    plugins: () => [
      useSubgraphSigning(config.signingSecret),
      ...documentLimitPlugins(config.limits),
      useIntrospectionForAnalysts(),
      useCostBudget(config.limits),
      useRequestTimeout({ queryMs: config.limits.queryTimeoutMs, mutationMs: SUBGRAPH_MUTATION_TIMEOUT_MS + 60_000 }),
    ],
  });
}

export type Gateway = ReturnType<typeof createGateway>;
