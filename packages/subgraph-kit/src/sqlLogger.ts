import { log } from '@lagesbild/platform';
import type { Logger, QueryRunner } from 'typeorm';
import { sqlErrors, sqlStatements } from './metrics';
import { isAbandoned } from './rowLevelSecurity/requestTransaction';

/**
 * The per-request envelope every request pays the same (its transaction, and setting the user's scope for
 * row-level security; see rowLevelSecurity/requestTransaction.ts), which the count leaves out so that it counts
 * the statements that do the work.
 */
const ENVELOPE =
  /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b|^\/\* request scope \*\//;

/**
 * TypeORM calls logQuery for every statement, whatever the logging option says, so this is where statements are
 * counted. Only errors and slow queries are printed.
 */
export class SqlLogger implements Logger {
  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    if (!ENVELOPE.test(query)) sqlStatements.inc();
  }
  logQueryError(error: string | Error, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    // A statement of a request whose caller left fails because its connection was ended on purpose.
    if (queryRunner && isAbandoned(queryRunner)) return;
    sqlErrors.inc();
    log.error({ sql: query.slice(0, 500) }, `SQL failed: ${error instanceof Error ? error.message : error}`);
  }
  logQuerySlow(time: number, query: string): void {
    log.warn({ sql: query.slice(0, 500), ms: time }, `slow SQL (${time} ms)`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    log.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') log.warn(String(message));
  }
}
