import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { exitOnStartupError, schemaDir, stopOnSignals, subgraphUrlVar } from '@lagesbild/platform';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signedForBench } from './benchUser';

/**
 * The side-by-side peer: @apollo/gateway over the same committed supergraph and the same subgraphs, in a process of
 * its own like the Hive gateway, so that neither shares an event loop with the load generator. Run as
 * `node dist/apolloGateway.js` with PORT and <NAME>_SUBGRAPH_URL.
 */
export async function startApolloGateway(port: number, env = process.env) {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(path.join(schemaDir, 'supergraph.graphql'), 'utf8'),
    // Each subgraph request is signed over its final body, as the Hive gateway signs it, or the subgraphs refuse it.
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: env[subgraphUrlVar(name)] ?? url,
        fetcher: ((target: string, init: { body?: string; headers?: Record<string, string> }) =>
          fetch(target, {
            ...init,
            headers: { ...init.headers, ...signedForBench(init.body ?? '', env.SUBGRAPH_SIGNING_SECRET) },
          })) as never,
      }),
  });
  // CSRF prevention is off so that the launcher's GET readiness poll (`?query={__typename}`) is answered; the
  // benchmark itself posts JSON, which the Hive gateway is sent alike.
  const server = new ApolloServer({ gateway, csrfPrevention: false, introspection: false });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
  return { url, stop: () => server.stop() };
}

if (require.main === module) {
  startApolloGateway(Number(process.env.PORT ?? 4003)).then(
    ({ url, stop }) => {
      stopOnSignals('apollo-gateway', stop);
      console.log(`@apollo/gateway ready at ${url}`);
    },
    (error: unknown) => exitOnStartupError('@apollo/gateway', error),
  );
}
