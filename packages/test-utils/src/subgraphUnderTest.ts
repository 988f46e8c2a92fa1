import { freePort } from '@lagesbild/launcher';
import type { GraphQLResponse } from './graphqlClient';
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
