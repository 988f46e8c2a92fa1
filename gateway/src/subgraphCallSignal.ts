import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GatewayRequestContext } from './subgraphSigning';

/**
 * Gives each subgraph call an abort signal of its own, and aborts it once the call has its answer, so that every
 * listener hung on the call's behalf comes off again (issue #14, Node's `MaxListenersExceededWarning`).
 *
 * Why: @graphql-tools/executor-http (3.4.1) joins, on every call, the signal it got with its own `disposeCtrl.signal`,
 * which lives as long as the subgraph's executor: `abortSignalAny([disposeCtrl.signal, request.signal])`.
 * @graphql-hive/signal's `abortSignalAny` adds an abort listener to each signal it joins and removes them only when
 * the joined signal aborts or is garbage-collected. Without this plugin the joined signal aborts when Hive's upstream
 * timeout fires, 10 s after a query call that ended long before, so more than ten calls to one subgraph within that
 * time put eleven listeners on its executor's signal. Hive's own timeout (`upstreamTimeout`) and cancellation
 * (`upstreamCancellation`) options join signals the same way, so neither is a way around it. Aborting the call's
 * own signal when the call is done aborts every signal joined from it, down to executor-http's, whose listeners all
 * come off then.
 *
 * The call's signal still aborts when the signal it was given does (the client left, the plan was cancelled); the
 * listener that forwards that is removed when the call ends as well.
 *
 * What stays: a call holds its listener on the executor's signal while it is in flight, so more than ten calls to one
 * subgraph at the same moment still pass Node's limit and print the warning, once per executor. That is no leak (the
 * listeners come off as the calls end), and the executor's signal is out of our reach. Upstream, the same warning was
 * taken out of graphql-tools' executor (ardatan/graphql-tools#6789) and off the server's request signal
 * (ardatan/whatwg-node#2451, as Node does for its own joined signals, nodejs/node#55816); no report of it for
 * executor-http's `disposeCtrl` was found.
 */
export function useSubgraphCallSignal(): GatewayPlugin<GatewayRequestContext> {
  return {
    onSubgraphExecute({ executionRequest, executor, setExecutor }) {
      const given = executionRequest.signal;
      // An aborted call is answered at once with the cancellation; it hangs nothing on any signal.
      if (given?.aborted) return;
      const call = new AbortController();
      const forward = () => call.abort(given?.reason);
      given?.addEventListener('abort', forward, { once: true });
      // In place, as Hive's upstream cancellation does: the runtime passes this object on to the executor.
      executionRequest.signal = call.signal;
      const release = () => {
        given?.removeEventListener('abort', forward);
        call.abort(new DOMException('The subgraph call has its answer.', 'AbortError'));
      };
      setExecutor(async (request) => {
        try {
          const result = await executor(request);
          // A streamed answer (a subscription, @defer: none in this graph) still reads through the signal; it is
          // let go with the stream, as before.
          if (!isAsyncIterable(result)) release();
          return result;
        } catch (error) {
          release();
          throw error;
        }
      });
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
