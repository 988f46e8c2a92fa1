import { freePort, spawnService, waitUntilReady, type ServiceProcess } from '@lagesbild/launcher';
import { repoRoot, schemaDir, subgraphUrlVar } from '@lagesbild/platform';
import {
  DATA_DIR_VAR,
  LEADERSHIP,
  postGraphQL,
  sqlStatementCount,
  startTestPlatform,
  testToken,
  type TestPlatform,
} from '@lagesbild/test-utils';
import Redis from 'ioredis';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The response cache shared between gateway replicas through Redis (RESPONSE_CACHE_REDIS_URL, issue #13): what one
// gateway cached, another answers without the subgraphs, and a write through either starts both afresh. Redis is
// Debian's redis-server (`apt-get install -y redis-server`; .ci/run installs it); npm has no package that ships it.

// Without a Redis server on the PATH (a machine that did not install one) the file is skipped, and says so: the
// cache's Redis path is a deployment choice, not something `npm install` can bring.
const hasRedis = !spawnSync('redis-server', ['--version']).error;
if (!hasRedis)
  console.warn('responseCacheRedis.test.ts skipped: no redis-server on the PATH (apt-get install -y redis-server).');

(hasRedis ? describe : describe.skip)('the response cache shared through Redis', () => {
  let redisServer: ChildProcess | undefined;
  let platform: TestPlatform | undefined;
  let second: ServiceProcess | undefined;
  let secondUrl = '';

  const NATIONAL_OVERVIEW = readFileSync(path.join(schemaDir, 'operations', 'NationalOverview.graphql'), 'utf8');

  beforeAll(async () => {
    const redisPort = await freePort();
    redisServer = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    // ioredis holds the ping until the server accepts the connection.
    const client = new Redis(redisUrl);
    await client.ping();
    client.disconnect();

    const cacheEnv = {
      RESPONSE_CACHE: 'on',
      RESPONSE_CACHE_REDIS_URL: redisUrl,
      // Only a counted write makes a gateway read the data versions again here, never the clock.
      RESPONSE_CACHE_VERSION_CHECK_MS: String(60 * 60_000),
    };
    platform = await startTestPlatform({ env: cacheEnv });
    // A second gateway replica over the same subgraphs and the same Redis, trusting the same sign-in.
    const port = await freePort();
    second = spawnService(
      'second-gateway',
      path.join(repoRoot, 'gateway', 'dist', 'index.js'),
      {
        ...process.env,
        ...cacheEnv,
        ...Object.fromEntries(platform.subgraphs.map((subgraph) => [subgraphUrlVar(subgraph.name), subgraph.url])),
        PORT: String(port),
        // A free metrics port too: 4090, the default, may be another gateway's in the same test run.
        METRICS_PORT: String(await freePort()),
        HOST: '127.0.0.1',
        SUBGRAPH_SIGNING_SECRET: platform.signingSecret,
        DEV_ISSUER_DIR: process.env[DATA_DIR_VAR],
        // Configured as the test platform's own gateway, which takes these tests' documents from every role.
        TRUSTED_DOCUMENTS: process.env.TRUSTED_DOCUMENTS ?? 'off',
        LOG_LEVEL: 'warn',
      },
      () => undefined,
    );
    secondUrl = `http://127.0.0.1:${port}`;
    await waitUntilReady(second, `${secondUrl}/readyz`, 60_000, 'gateway');
    await platform.replicasCaughtUp();
  }, 300_000);

  afterAll(async () => {
    await second?.stop();
    await platform?.stop();
    redisServer?.kill();
  });

  /** The answer of one gateway, and whether any subgraph ran a statement for it. */
  async function readThrough(gatewayUrl: string, query: string) {
    const headers = { authorization: `Bearer ${await testToken(LEADERSHIP)}` };
    // A gateway that has not read the data versions since the last write reads them with its next request, one
    // statement in each subgraph: a request that needs no subgraph gets that done before counting.
    expect((await postGraphQL(`${gatewayUrl}/graphql`, '{ __typename }', {}, headers)).errors).toBeUndefined();
    const counts = () => Promise.all(platform!.subgraphs.map((subgraph) => sqlStatementCount(subgraph.url)));
    const before = await counts();
    const answer = await postGraphQL(`${gatewayUrl}/graphql`, query, {}, headers);
    expect(answer.errors).toBeUndefined();
    return { data: answer.data, reachedSubgraphs: JSON.stringify(await counts()) !== JSON.stringify(before) };
  }

  test('an answer one gateway cached is answered by another from Redis, until a write through either', async () => {
    const first = await readThrough(platform!.gatewayUrl, NATIONAL_OVERVIEW);
    expect(first.reachedSubgraphs).toBe(true);
    expect(await readThrough(secondUrl, NATIONAL_OVERVIEW)).toEqual({ data: first.data, reachedSubgraphs: false });

    // A write through the first gateway (it changes no figure, but a write is a write): the second computes anew.
    const recorded = await platform!.queryAs(
      LEADERSHIP,
      'mutation { recordExport(what: "Redis cache test", rows: 1) }',
    );
    expect(recorded.data).toEqual({ recordExport: true });
    const afterWrite = await readThrough(secondUrl, NATIONAL_OVERVIEW);
    expect(afterWrite).toEqual({ data: first.data, reachedSubgraphs: true });
    expect(await readThrough(platform!.gatewayUrl, NATIONAL_OVERVIEW)).toEqual({
      data: first.data,
      reachedSubgraphs: false,
    });
  });
});
