import type { DataSource, QueryRunner } from 'typeorm';
import type { RequestIdentity } from '../identity';

export interface ScopedRequest {
  /** The data source the request's resolvers use: every statement runs in the request's transaction. */
  dataSource: DataSource;
  /** Commits (or, after an error, rolls back) and gives the connection back. */
  finish(succeeded: boolean): Promise<void>;
}

/**
 * One transaction per GraphQL request, with the user's scope set by SET LOCAL (set_config(…, true)), so that the
 * row-level security policies see it and it ends with the transaction; a pooled connection never carries one
 * user's scope into the next request. Its statements may each run as long as the gateway waits for the call
 * (`statementTimeoutMs`), and no longer: a statement nobody waits for would keep its connection from the pool.
 *
 * The services take a DataSource, as the house style says; the request gets one whose every entry point runs on
 * the request's query runner: `manager` is the runner's, so repositories and `transaction` (a savepoint inside the
 * request's transaction) use it, and `query` and `createQueryBuilder` are bound to it. This is tested in
 * requestTransaction.test.ts, path by path.
 */
export async function beginScopedRequest(
  dataSource: DataSource,
  identity: RequestIdentity,
  statementTimeoutMs: number,
): Promise<ScopedRequest> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const { scope, user } = identity;
    await runner.query(
      `/* request scope */ SELECT set_config('lagesbild.scope_all', $1, true), set_config('lagesbild.municipalities', $2, true),
              set_config('lagesbild.office', $3, true), set_config('statement_timeout', $4, true)`,
      [
        scope.all ? 'on' : 'off',
        scope.all ? '' : scope.municipalities.join(','),
        user.officeId ?? '',
        String(statementTimeoutMs),
      ],
    );
  } catch (error) {
    await runner.release();
    throw error;
  }
  return { dataSource: boundTo(dataSource, runner), finish: (succeeded) => finish(runner, succeeded) };
}

async function finish(runner: QueryRunner, succeeded: boolean): Promise<void> {
  if (runner.isReleased) return;
  try {
    if (runner.isTransactionActive) {
      if (succeeded) await runner.commitTransaction();
      else await runner.rollbackTransaction();
    }
  } finally {
    await runner.release();
  }
}

function boundTo(dataSource: DataSource, runner: QueryRunner): DataSource {
  const bound = Object.create(dataSource) as DataSource;
  Object.defineProperties(bound, {
    manager: { value: runner.manager },
    query: { value: (sql: string, parameters?: unknown[]) => runner.query(sql, parameters) },
    createQueryBuilder: {
      value: (entityOrRunner?: unknown, alias?: string) =>
        typeof alias === 'string'
          ? runner.manager.createQueryBuilder(entityOrRunner as never, alias)
          : runner.manager.createQueryBuilder(),
    },
    getRepository: { value: (target: unknown) => runner.manager.getRepository(target as never) },
    transaction: {
      value: (...args: unknown[]) => (runner.manager.transaction as (...a: unknown[]) => unknown)(...args),
    },
  });
  return bound;
}
