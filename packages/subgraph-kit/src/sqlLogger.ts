import type { Logger, QueryRunner } from 'typeorm';
import { sqlStatements } from './metrics';

/**
 * TypeORM calls logQuery for every statement, whatever the logging option says, so this is where statements are
 * counted. Only errors and slow queries are printed.
 */
export class SqlLogger implements Logger {
  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    sqlStatements.inc();
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`SQL failed: ${error instanceof Error ? error.message : error}\n  ${query.slice(0, 500)}`);
  }
  logQuerySlow(time: number, query: string): void {
    console.warn(`Slow SQL (${time} ms): ${query.slice(0, 500)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    console.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
