import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

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

/** Every statement's time in PostgreSQL, as TypeORM measures it (to the millisecond). */
export const sqlDuration = new Histogram({
  name: 'lagesbild_sql_duration_seconds',
  help: 'Time of each SQL statement, from sending it to its result',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const sqlErrors = new Counter({
  name: 'lagesbild_sql_errors_total',
  help: 'SQL statements that failed, besides those of requests whose caller left',
  registers: [registry],
});

const requestDuration = new Histogram({
  name: 'lagesbild_http_request_duration_seconds',
  help: 'Time from a request’s arrival to the end of its answer',
  labelNames: ['route', 'method', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

const ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

/** Express middleware: observes each request's latency, by route (any unknown path is "other", to bound the labels). */
export function observeRequests(req: Request, res: Response, next: NextFunction): void {
  const end = requestDuration.startTimer();
  // The path as it arrived: a mounted router (app.use('/graphql', …)) shortens req.path while it runs.
  const path = req.originalUrl.split('?')[0];
  res.once('finish', () =>
    end({ route: ROUTES.has(path) ? path : 'other', method: req.method, status: String(res.statusCode) }),
  );
  next();
}

/** What node-postgres' pool reports; TypeORM keeps the pool as its driver's `master`. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

let observedPool: (() => PoolCounts | undefined) | undefined;

/** The request pool's use, read at each scrape: a pool often at its limit, with requests waiting, needs a look. */
export function observePool(dataSource: DataSource): void {
  observedPool = () =>
    dataSource.isInitialized ? (dataSource.driver as unknown as { master?: PoolCounts }).master : undefined;
}

new Gauge({
  name: 'lagesbild_db_pool_connections',
  help: 'Connections of the request pool, by state (in_use, idle), and its limit (max)',
  labelNames: ['state'],
  registers: [registry],
  collect() {
    const pool = observedPool?.();
    if (!pool) return;
    this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
    this.set({ state: 'idle' }, pool.idleCount);
    this.set({ state: 'max' }, pool.options.max);
  },
});

new Gauge({
  name: 'lagesbild_db_pool_waiting_requests',
  help: 'Requests waiting for a free connection of the request pool',
  registers: [registry],
  collect() {
    const pool = observedPool?.();
    if (pool) this.set(pool.waitingCount);
  },
});
