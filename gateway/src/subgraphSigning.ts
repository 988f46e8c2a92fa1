import { signSubgraphRequest, type User } from '@lagesbild/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** What the gateway's HTTP server hands the runtime for each request: the signed-in user. */
export interface GatewayRequestContext {
  user?: User;
}

/**
 * Signs each request to a subgraph, on behalf of the signed-in user, over its final body. It works at the fetch
 * step so that the signature covers exactly the bytes the subgraph receives.
 */
export function useSubgraphSigning(secret: string): GatewayPlugin<GatewayRequestContext> {
  return {
    onFetch({ context, options, setOptions }) {
      const user = (context as GatewayRequestContext).user;
      // Without a user there is nothing to sign for: the subgraph will refuse the request, as it should.
      if (!user || typeof options.body !== 'string') return;
      setOptions({
        ...options,
        headers: { ...(options.headers as Record<string, string>), ...signSubgraphRequest(secret, user, options.body) },
      });
    },
  };
}
