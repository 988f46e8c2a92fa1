import { freePort, spawnService, waitUntilReady, type ServiceProcess } from '@lagesbild/launcher';
import { databaseUrlVar, repoRoot, runtimeDatabaseUrlVar, subgraphUrlVar } from '@lagesbild/platform';
import path from 'node:path';
import type { GraphQLResponse } from './graphqlClient';
import { createEmptyDatabase, withDatabaseClient } from './testDatabase';
import { testDatabaseUrl } from './testServer';
import { TEST_DEMO_SCALE } from './testPlatform';
import { ANALYST, postToSubgraph, type TestUser } from './testUsers';
import { useStarted } from './useStarted';

/** What a subgraph test needs of a started subgraph; the kit's RunningSubgraph fits it. */
export interface StartedSubgraph {
  url: string;
  stop(): Promise<void>;
}

export interface SubgraphUnderTest extends StartedSubgraph {
  /** Sends an operation signed as the gateway would, for an analyst. */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** Sends an operation signed as the gateway would, for `user`. */
  queryAs<TData = Record<string, unknown>>(
    user: TestUser,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
}

/**
 * Starts one subgraph in the test process, on a free port, over its test database with the demo data, the way
 * its index.ts does. `start` is the kit's startSubgraph bound to the subgraph's definition.
 */
export async function startSubgraphUnderTest(
  start: (env: NodeJS.ProcessEnv) => Promise<StartedSubgraph>,
): Promise<SubgraphUnderTest> {
  const server = await start({
    ...process.env,
    PORT: String(await freePort()),
    SEED_DEMO_DATA: 'true',
    DEMO_SCALE: String(TEST_DEMO_SCALE),
  });
  const queryAs = <TData>(user: TestUser, query: string, variables?: Record<string, unknown>) =>
    postToSubgraph<TData>(server.url, query, variables, user);
  return { ...server, queryAs, query: (query, variables) => queryAs(ANALYST, query, variables) };
}

/** A subgraph for one test file: started before its tests, stopped after them. */
export function useSubgraphUnderTest(
  start: (env: NodeJS.ProcessEnv) => Promise<StartedSubgraph>,
): () => SubgraphUnderTest {
  return useStarted('subgraph', () => startSubgraphUnderTest(start), 120_000);
}

export interface SubgraphOnOwnDatabase extends SubgraphUnderTest {
  /** Its database, as the owner, whom row-level security lets see every row. */
  databaseUrl: string;
  /** One query on that database as the owner. */
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
}

/**
 * A subgraph for one test file over a database of its own, seeded with the demo data as the shared one is. A test
 * that must change the demo data's own rows (revising their cells, renaming their organisers) or the tables'
 * constraints does it here, where no other test file reads them; the test run's shared databases stay as seeded.
 */
export function useSubgraphOnOwnDatabase(
  name: string,
  start: (env: NodeJS.ProcessEnv) => Promise<StartedSubgraph>,
): () => SubgraphOnOwnDatabase {
  return useStarted(
    `${name} subgraph on a database of its own`,
    async () => {
      const database = await createEmptyDatabase(`${name}_own`);
      try {
        const server = await startSubgraphUnderTest((env) =>
          start({
            ...env,
            [databaseUrlVar(name)]: database.url,
            [runtimeDatabaseUrlVar(name)]: database.runtimeUrl,
          }),
        );
        return {
          ...server,
          databaseUrl: database.url,
          sql: <T>(query: string, params: unknown[] = []) =>
            withDatabaseClient(database.url, async (client) => (await client.query(query, params)).rows as T[]),
          async stop() {
            await server.stop();
            await database.drop();
          },
        };
      } catch (error) {
        await database.drop();
        throw error;
      }
    },
    180_000,
  );
}

/**
 * Another subgraph that the one under test asks (over HTTP, as in production, through `fetchSiblingEntities`), as a
 * child process over the test run's database for it: started before the file's tests, with its URL in this
 * process's environment, where the kit's sibling lookup reads it, and stopped after them. Returns a getter of its URL.
 */
export function useSiblingSubgraph(name: string): () => string {
  let service: ServiceProcess | undefined;
  beforeAll(async () => {
    const port = await freePort();
    service = spawnService(
      name,
      path.join(repoRoot, `subgraphs/${name}/dist/index.js`),
      {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        [databaseUrlVar(name)]: testDatabaseUrl(name),
        SEED_DEMO_DATA: 'true',
        DEMO_SCALE: String(TEST_DEMO_SCALE),
      },
      () => undefined,
    );
    await waitUntilReady(service, `http://127.0.0.1:${port}/readyz`, 120_000, name);
    process.env[subgraphUrlVar(name)] = `http://127.0.0.1:${port}/graphql`;
  }, 120_000);
  afterAll(async () => {
    delete process.env[subgraphUrlVar(name)];
    await service?.stop();
  });
  return () => {
    const url = process.env[subgraphUrlVar(name)];
    if (!url) throw new Error(`The ${name} subgraph did not start; see the beforeAll error.`);
    return url;
  };
}
