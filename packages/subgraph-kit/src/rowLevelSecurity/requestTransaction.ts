import { log } from '@lagesbild/platform';
import type { Client } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import type { RequestIdentity } from '../identity';

/**
 * How often PostgreSQL checks, while a statement runs, that its client is still there. An abandoned request ends
 * its connection (abandon), and this is how soon the statement it left running stops.
 */
export const CLIENT_CHECK_INTERVAL_MS = 1000;

// Marks the runner of an abandoned request, for the SQL log (sqlLogger.ts), which sees runners, not requests.
const ABANDONED = Symbol('abandoned');

/** Whether the runner's request was abandoned by its caller. */
export function isAbandoned(runner: QueryRunner): boolean {
  return Boolean((runner.data as { [ABANDONED]?: boolean } | undefined)?.[ABANDONED]);
}

export interface ScopedRequest {
  /** The data source the request's resolvers use: every statement runs in the request's transaction. */
  dataSource: DataSource;
  /** Commits (or, after an error, rolls back) and gives the connection back. */
  finish(succeeded: boolean): Promise<void>;
  /**
   * The caller went away before the answer (the gateway cancelled the call). Nothing is committed; a statement still
   * running is stopped rather than left to hold its connection until it ends. Does nothing after `finish`.
   */
  abandon(): Promise<void>;
  /** Whether the caller went away: the request's errors after that are its own doing, and nobody reads them. */
  readonly abandoned: boolean;
  /**
   * Work for once the transaction has committed, such as sending a mail that it recorded: `finish` starts it after
   * a commit, and never after a rollback or an abandoned request, so nothing acts on what was not kept. It is given
   * the data source itself (the request's connection is given back by then) and opens its own transactions. The
   * answer does not wait for it (a slow mail server must not hold up the request); its failure is logged.
   */
  afterCommit(work: (dataSource: DataSource) => Promise<void>): void;
}

/**
 * One transaction per GraphQL request, with the user's scope set by SET LOCAL (set_config(…, true)), so that the
 * row-level security policies see it and it ends with the transaction; a pooled connection never carries one
 * user's scope into the next request. Its statements may each run as long as the gateway waits for the call
 * (`statementTimeoutMs`), and no longer: a statement nobody waits for would keep its connection from the pool.
 * For the same reason a request whose caller leaves is abandoned at once, its running statement included.
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
  const running = countRunningStatements(runner);
  try {
    await runner.startTransaction();
    const { scope, user } = identity;
    await runner.query(
      `/* request scope */ SELECT set_config('lagesbild.scope_all', $1, true), set_config('lagesbild.municipalities', $2, true),
              set_config('lagesbild.office', $3, true), set_config('statement_timeout', $4, true),
              set_config('client_connection_check_interval', $5, true), set_config('lagesbild.subject', $6, true)`,
      [
        scope.all ? 'on' : 'off',
        scope.all ? '' : scope.municipalities.join(','),
        user.officeId ?? '',
        String(statementTimeoutMs),
        String(CLIENT_CHECK_INTERVAL_MS),
        // Who asks, for the few tables that are a user's own (a calendar feed's tokens).
        user.subject,
      ],
    );
  } catch (error) {
    await runner.release();
    throw error;
  }
  const committed: ((dataSource: DataSource) => Promise<void>)[] = [];
  return {
    dataSource: boundTo(dataSource, runner),
    finish: async (succeeded) => {
      let didCommit: boolean;
      try {
        didCommit = await finish(runner, succeeded);
      } catch (error) {
        // A commit under way when the caller left fails with the ended connection; nobody waits for its answer.
        if (!isAbandoned(runner)) throw error;
        return;
      }
      for (const work of didCommit ? committed.splice(0) : []) {
        work(dataSource).catch((error: unknown) => log.error({ err: error }, 'work after a commit failed'));
      }
    },
    afterCommit: (work) => {
      committed.push(work);
    },
    abandon: async () => {
      if (runner.isReleased) return;
      runner.data = { ...runner.data, [ABANDONED]: true };
      await abandon(runner, running);
    },
    get abandoned() {
      return isAbandoned(runner);
    },
  };
}

/** Counts the statements sent on the runner and not yet answered; every entry point goes through its `query`. */
function countRunningStatements(runner: QueryRunner): () => number {
  let count = 0;
  const query = runner.query.bind(runner);
  runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
    count++;
    try {
      return await query(...args);
    } finally {
      count--;
    }
  }) as QueryRunner['query'];
  return () => count;
}

/** Ends the transaction; true when it committed. */
async function finish(runner: QueryRunner, succeeded: boolean): Promise<boolean> {
  if (runner.isReleased) return false;
  try {
    if (!runner.isTransactionActive) return false;
    if (!succeeded) {
      await runner.rollbackTransaction();
      return false;
    }
    await runner.commitTransaction();
    return true;
  } finally {
    await runner.release();
  }
}

async function abandon(runner: QueryRunner, running: () => number): Promise<void> {
  if (running() === 0) {
    await finish(runner, false);
    return;
  }
  // A rollback would wait behind the running statement. Ending the connection instead makes PostgreSQL stop the
  // statement at its next client check and roll the transaction back; the pool drops an ended client on release
  // rather than lend it again. (node-postgres has no supported way to cancel one statement, and a cancel signal
  // sent by process id could land on the connection's next user.)
  const client = (runner as QueryRunner & { databaseConnection: Client }).databaseConnection;
  try {
    await client.end();
  } catch {
    // The connection is going away either way; there is nothing left to tell anyone.
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
