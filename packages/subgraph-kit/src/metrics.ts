import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

/** Each subgraph process has one registry, served at /metrics in Prometheus' text format. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/**
 * Counts every SQL statement the subgraph sends. It is how the batching tests prove that a query over many rows
 * costs a constant number of statements, and how an operator spots an N+1 in production.
 */
export const sqlStatements = new Counter({
  name: 'lagesbild_sql_statements_total',
  help: 'SQL statements sent to PostgreSQL, besides each request’s transaction and scope setting',
  registers: [registry],
});
