import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { readSubgraphConfig } from './config';
import type { RequestIdentity } from './identity';
import { runMigrations } from './migrations';
import { grantRuntimeRole } from './rowLevelSecurity';
import { seedDemoData, type Seeder } from './seed';
import { startSubgraphServer, type RunningSubgraph, type SubgraphServerOptions } from './server';
import { everySwedishDay } from './swedishDay';
import { exitOnStartupError, log, nameService, stopOnSignals } from '@lagesbild/platform';

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  createDataSource(url: string): DataSource;
  buildSchema(): Promise<GraphQLSchema>;
  createContext(dataSource: DataSource): (identity: RequestIdentity) => Promise<TContext>;
  seeder: Seeder;
  /**
   * Work that a new day needs (figures over "the 12 months up to today" move with the date): run as the runtime
   * role when the subgraph starts, before it serves, and again at each Swedish midnight.
   */
  startOfDay?(dataSource: DataSource, today: string): Promise<void>;
  /** HTTP routes beside /graphql (a calendar feed), served with the runtime role's data source. */
  routes?: SubgraphServerOptions<TContext>['routes'];
}

/** Start-up of every subgraph, step by step. Each subgraph's index.ts names its parts and calls this. */
export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  env = process.env,
): Promise<RunningSubgraph> {
  const { name } = definition;
  // 1. Settings from the environment.
  const config = readSubgraphConfig(name, env);
  // 2. As the tables' owner: the subgraph's own database brought up to its latest migration, the runtime role
  //    granted what it needs, and demo data into an empty database when asked to (the embedded default asks).
  const owner = definition.createDataSource(config.databaseUrl);
  await owner.initialize();
  try {
    const applied = await runMigrations(owner, name);
    if (applied.length > 0) log.info(`${name}: applied migrations ${applied.join(', ')}`);
    await grantRuntimeRole(owner, decodeURIComponent(new URL(config.runtimeDatabaseUrl).username));
    if (config.seedDemoData) {
      const started = Date.now();
      const result = await seedDemoData(owner, name, definition.seeder, { scale: config.demoScale, replace: false });
      if (result.seeded) log.info(`${name}: loaded ${result.rows} demo rows in ${Date.now() - started} ms`);
    }
  } finally {
    await owner.destroy();
  }
  // 3. As the runtime role, under row-level security: the federated schema, served.
  const dataSource = definition.createDataSource(config.runtimeDatabaseUrl);
  await dataSource.initialize();
  const { startOfDay } = definition;
  const days = startOfDay ? everySwedishDay(name, (today) => startOfDay(dataSource, today)) : undefined;
  try {
    await days?.ready;
    const server = await startSubgraphServer({
      name,
      schema: await definition.buildSchema(),
      dataSource,
      host: config.host,
      port: config.port,
      createContext: (requestDataSource, identity) => definition.createContext(requestDataSource)(identity),
      signingSecret: config.signingSecret,
      routes: definition.routes,
    });
    return {
      ...server,
      stop: async () => {
        days?.stop();
        await server.stop();
      },
    };
  } catch (error) {
    days?.stop();
    await dataSource.destroy();
    throw error;
  }
}

/** The body of a subgraph's index.ts: start, stop on signals, and say so. */
export function runSubgraphProcess<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>): void {
  nameService(definition.name);
  startSubgraph(definition).then(
    (server) => {
      stopOnSignals(definition.name, server.stop);
      log.info(`${definition.name} subgraph ready at ${server.url}`);
    },
    (error: unknown) => exitOnStartupError(`The ${definition.name} subgraph`, error),
  );
}
