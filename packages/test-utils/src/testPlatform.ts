import { databaseUrlVar } from '@lagesbild/platform';
import { databaseOfUrl, freePort, startPlatform, waitForReplicas, type RunningPlatform } from '@lagesbild/launcher';
import { postGraphQL, type GraphQLResponse } from './graphqlClient';
import { ANALYST, testToken, type TestUser } from './testUsers';
import { useStarted } from './useStarted';
import { DATA_DIR_VAR, subgraphNames, testAdminUrl, testDatabaseUrl } from './testServer';

/** Scale of the demo data in the test run: small enough to seed in seconds, large enough to span every county. */
export const TEST_DEMO_SCALE = Number(process.env.TEST_DEMO_SCALE ?? 0.1);

export interface TestPlatform extends RunningPlatform {
  /** Sends an operation through the gateway, signed in as an analyst. */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** Sends an operation through the gateway, signed in as `user`. */
  queryAs<TData = Record<string, unknown>>(
    user: TestUser,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /**
   * Resolves once every replica has reached its publisher's data version now: what a test wrote through one subgraph
   * is then in the figures the others compute. Never a sleep.
   */
  replicasCaughtUp(): Promise<void>;
}

/**
 * The real platform (subgraph processes and the gateway) on free ports, over the test run's databases. Test files
 * each start their own, so that one may stop a subgraph without disturbing another.
 */
export interface TestPlatformOptions {
  /** Settings for this platform's services on top of the test run's (for example a low RATE_LIMIT_REQUESTS). */
  env?: NodeJS.ProcessEnv;
  /** Receives each line the services print (prefixed with the service's name); by default they are dropped. */
  print?: (line: string) => void;
}

export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const names = subgraphNames();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The gateway's response cache is off unless a test file (or RESPONSE_CACHE=on for the run) turns it on: the
    // statement-count tests count what each read costs, and some tests write straight into a database.
    RESPONSE_CACHE: process.env.RESPONSE_CACHE ?? 'off',
    // Trusted documents are not enforced unless a test file turns them on (trustedDocuments.test.ts, the dashboard's
    // browser tests): the tests of scope, limits, writes and the cache send their own documents as every role, to
    // check what the subgraphs and limits do with any document. The dashboard's ids are resolved either way.
    TRUSTED_DOCUMENTS: process.env.TRUSTED_DOCUMENTS ?? 'off',
    ...options.env,
  };
  for (const name of names) env[databaseUrlVar(name)] = testDatabaseUrl(name);
  const platform = await withFreshPortsOnFailure(async () => {
    const subgraphPorts: Record<string, number> = {};
    for (const name of names) subgraphPorts[name] = await freePort();
    return startPlatform({
      dataDir: process.env[DATA_DIR_VAR] as string,
      gatewayPort: await freePort(),
      gatewayMetricsPort: await freePort(),
      embeddedPgPort: 0, // unused: every subgraph has its database URL
      subgraphPorts,
      env,
      seedDemoData: true,
      demoScale: TEST_DEMO_SCALE,
      adminUrl: testAdminUrl(),
      print: options.print ?? (process.env.LOG_LEVEL === 'debug' ? console.log : () => undefined),
    });
  });
  const queryAs = async <TData>(user: TestUser, query: string, variables?: Record<string, unknown>) =>
    postGraphQL<TData>(`${platform.gatewayUrl}/graphql`, query, variables, {
      authorization: `Bearer ${await testToken(user)}`,
    });
  return {
    ...platform,
    queryAs,
    query: (query, variables) => queryAs(ANALYST, query, variables),
    replicasCaughtUp: () => replicasCaughtUp(names),
  };
}

/** Waits for the replicas in the test run's databases to catch up with their publishers. */
export function replicasCaughtUp(names = subgraphNames()): Promise<void> {
  return waitForReplicas(
    testAdminUrl(),
    Object.fromEntries(names.map((name) => [name, databaseOfUrl(testDatabaseUrl(name))])),
  );
}

/** The test platform for one test file: started before its tests, stopped after them. */
export function useTestPlatform(options: TestPlatformOptions = {}): () => TestPlatform {
  return useStarted('test platform', () => startTestPlatform(options), 300_000);
}

/**
 * Test files start platforms side by side, each on ports found free a moment before its services bind them, so two
 * can pick the same port; the loser's service stops while starting. Another try, on other free ports, then starts.
 */
async function withFreshPortsOnFailure<T>(start: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
