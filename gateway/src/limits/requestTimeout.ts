import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import { limitError } from './limitErrors';

/**
 * A time limit on the whole request, longer than any one subgraph call may take (gateway.ts), so that a slow
 * subgraph is named in the answer (SUBGRAPH_UNAVAILABLE) and only a query plan of many slow steps meets this one.
 * Mutations get theirs from the subgraph mutation timeout and a minute more. Hive's `requestDeadline` takes one
 * number for every request, which could not tell a ten-minute import from a query.
 */
export function useRequestTimeout(timeouts: { queryMs: number; mutationMs: number }): GatewayPlugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const isMutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
      const ms = isMutation ? timeouts.mutationMs : timeouts.queryMs;
      setExecuteFn(async (executionArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<{ errors: Error[] }>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  limitError(
                    'REQUEST_TIMEOUT',
                    `The request took longer than ${Math.round(ms / 1000)} seconds and was stopped. Ask for less, ` +
                      'or try again later.',
                  ),
                ],
              }),
            ms,
          );
        });
        try {
          return await Promise.race([executeFn(executionArgs), timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
