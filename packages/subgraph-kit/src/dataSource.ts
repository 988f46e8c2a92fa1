import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { SqlLogger } from './sqlLogger';
import { SqlTimingSubscriber } from './sqlTiming';

export interface DataSourceOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Application name shown in pg_stat_activity, so an operator sees which subgraph holds a connection. */
  applicationName: string;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    // Schema changes only ever come from migrations (see runMigrations).
    synchronize: false,
    migrationsRun: false,
    logger: new SqlLogger(),
    subscribers: [SqlTimingSubscriber],
    maxQueryExecutionTime: 1000,
    applicationName: options.applicationName,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  });
}
