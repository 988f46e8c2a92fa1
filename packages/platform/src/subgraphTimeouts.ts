// How long one subgraph call may take, by the kind of operation. The gateway gives up on a call after this long,
// and a subgraph stops the statements of a call after this long too (statement_timeout in its request
// transaction), so that work nobody waits for any more does not hold a pooled connection and starve the calls
// behind it: under overload at scale 10, abandoned national overviews left the schools subgraph's pool empty.

export const SUBGRAPH_QUERY_TIMEOUT_MS = 10_000;

/**
 * Mutations get far longer: an import of a large file legitimately takes a minute, and a caller told "unavailable"
 * while the subgraph goes on to commit would be told a falsehood.
 */
export const SUBGRAPH_MUTATION_TIMEOUT_MS = 10 * 60_000;

export const subgraphTimeoutMs = (operation: 'query' | 'mutation' | 'subscription' | undefined) =>
  operation === 'mutation' ? SUBGRAPH_MUTATION_TIMEOUT_MS : SUBGRAPH_QUERY_TIMEOUT_MS;
