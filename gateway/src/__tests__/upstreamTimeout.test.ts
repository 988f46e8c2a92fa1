import { SUBGRAPH_MUTATION_TIMEOUT_MS, SUBGRAPH_QUERY_TIMEOUT_MS } from '@lagesbild/platform';
import { parse } from 'graphql';
import { upstreamTimeout } from '../upstreamTimeout';

// The wait for one subgraph call. A call made after the client left gets no timer at all: Hive's timeout would
// otherwise reject, ten seconds later, a promise nobody listens to, and Node ends the gateway for it.

const query = parse(
  'query Q($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }',
);
const mutation = parse('mutation M { importSchools(fileBase64: "") { created } }');

function left(): AbortSignal {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
}

test('a query call waits the query timeout, a mutation call the mutation timeout', () => {
  expect(upstreamTimeout({ executionRequest: { document: query } })).toBe(SUBGRAPH_QUERY_TIMEOUT_MS);
  expect(upstreamTimeout({ executionRequest: { document: mutation } })).toBe(SUBGRAPH_MUTATION_TIMEOUT_MS);
  const stillThere = new AbortController().signal;
  expect(upstreamTimeout({ executionRequest: { document: query, context: { request: { signal: stillThere } } } })).toBe(
    SUBGRAPH_QUERY_TIMEOUT_MS,
  );
});

test('a call whose client has left, or whose plan was cancelled, gets no timer', () => {
  expect(upstreamTimeout({ executionRequest: { document: query, context: { request: { signal: left() } } } })).toBe(
    undefined,
  );
  expect(upstreamTimeout({ executionRequest: { document: mutation, signal: left() } })).toBe(undefined);
});
