import { subgraphTimeoutMs } from '@lagesbild/platform';
import { getOperationAST, type DocumentNode } from 'graphql';

/** What Hive's runtime tells the timeout of one subgraph call about the call. */
export interface SubgraphCall {
  document: DocumentNode;
  operationName?: string;
  signal?: AbortSignal;
  context?: { request?: { signal?: AbortSignal } };
}

/** How long the gateway waits for one subgraph call; a hung subgraph fails its fields, not the whole request. */
export function upstreamTimeout({ executionRequest }: { executionRequest?: SubgraphCall }): number | undefined {
  // A call planned after its client left is answered at once with the cancellation, and needs no timer. Hive's
  // timeout (gateway-runtime 2.12.1) would reject its timer's promise later with nobody listening, which ends the
  // process as an unhandled rejection.
  if (executionRequest?.signal?.aborted || executionRequest?.context?.request?.signal?.aborted) return undefined;
  const operation = executionRequest && getOperationAST(executionRequest.document, executionRequest.operationName);
  return subgraphTimeoutMs(operation?.operation);
}
