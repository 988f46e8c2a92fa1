import type { BenchPlatform } from './benchPlatform';
import { assertAnswered, EmptyAnswer, operationBody, postJson } from './httpClient';
import { sampleLatency, type SamplingLimits } from './latency';
import { defaultVariables, type BenchOperation } from './operations';
import { summarize } from './percentiles';
import { waitUntilIdle } from './idle';
import { describePlan, replayOnce, replayPlan, type ReplayPlan } from './replay';
import type { OperationResult } from './results';
import { loadFloor, measureFloor, type FloorDatabases } from './sqlFloor';
import { countStatements } from './statements';
import { operationRatios } from './targets';
import { measureThroughput, type ThroughputResult } from './throughput';

export interface MeasureSettings {
  limits: SamplingLimits;
  connections: number;
  durationS: number;
  /** How long to wait at most for the services to be idle before a measure. */
  settleMs: number;
  /** Throws once the run's time is up; checked between measures. */
  checkDeadline: () => void;
  log: (line: string) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A throughput run is kept, but said to have failed, when any answer was not a 2xx. */
function assertAllOk(run: ThroughputResult): void {
  if (run.non2xx > 0 || run.errors > 0)
    throw new Error(
      `${run.non2xx} answers were not 2xx and ${run.errors} requests failed (${run.timeouts} timed out).`,
    );
}

/**
 * The first answer of a gateway, checked. One failure is forgiven and noted: the first request after an idle spell
 * can meet a kept-alive connection to a subgraph that the subgraph has just closed, which both gateways report as
 * the subgraph being unavailable.
 */
async function checkAnswer(url: string, body: string, what: string, notes: string[]): Promise<void> {
  try {
    assertAnswered(await postJson(url, body), what);
  } catch (error) {
    notes.push(`${what}: the first request failed and a second was sent (${message(error)})`);
    assertAnswered(await postJson(url, body), what);
  }
}

/**
 * One gateway request that must succeed, timed by the caller. A gateway answers HTTP 200 with errors when a subgraph
 * times out, so the body is searched too (a string search, cheap beside the request, no parse).
 */
async function postOk(url: string, body: string): Promise<void> {
  const answer = await postJson(url, body);
  if (answer.status !== 200 || answer.body.includes('"errors":'))
    throw new Error(`${url} answered HTTP ${answer.status}: ${answer.body.slice(0, 300)}`);
}

/** The subgraph fetches the gateway makes for the operation, recorded by the proxies on the second of two runs. */
async function recordFetches(platform: BenchPlatform, body: string): Promise<ReplayPlan> {
  await postOk(platform.recordingUrl, body);
  platform.recorder.start();
  const answer = await postJson(platform.recordingUrl, body);
  const fetches = await platform.recorder.stop();
  assertAnswered(answer, 'The recording gateway');
  if (fetches.length === 0)
    throw new Error('The gateway answered without a subgraph fetch, so there is nothing to replay.');
  return replayPlan(fetches, Object.fromEntries(platform.subgraphs.map((s) => [s.name, s.url])));
}

/**
 * Every measure of one operation at one scale. A measure that fails is reported with its reason and the others
 * still run; only an operation the Hive gateway cannot answer is given up on.
 */
export async function measureOperation(
  operation: BenchOperation,
  platform: BenchPlatform,
  databases: FloorDatabases,
  settings: MeasureSettings,
): Promise<OperationResult> {
  const body = operationBody(operation.document, operation.name);
  const result: Omit<OperationResult, 'ratios'> = {
    operation: operation.name,
    file: operation.file,
    errors: {},
    notes: [],
  };
  const settle = async (before: string) => {
    const { waitedMs, idle } = await waitUntilIdle({ maxMs: settings.settleMs });
    if (!idle || waitedMs > 2_000)
      result.notes.push(
        `${idle ? 'Waited' : 'Gave up waiting after'} ${waitedMs} ms for the services to be idle before ${before}.`,
      );
  };
  const attempt = async (measure: string, run: () => Promise<void>) => {
    settings.checkDeadline();
    settings.log(`  ${operation.name}: ${measure}`);
    try {
      await run();
    } catch (error) {
      result.errors[measure] = message(error);
      if (measure === 'hive' && error instanceof EmptyAnswer) result.emptyAnswer = true;
      settings.log(`  ${operation.name}: ${measure} failed: ${message(error)}`);
    }
  };

  await settle('the first measure');
  await attempt('hive', async () => {
    await checkAnswer(platform.hiveUrl, body, 'The Hive gateway', result.notes);
    result.hive = summarize(await sampleLatency(() => postOk(platform.hiveUrl, body), settings.limits));
  });
  if (!result.hive) return { ...result, ratios: operationRatios(result) };

  // The same requests to the gateway with the response cache on: after the first, each is a repeated read.
  await attempt('hiveCached', async () => {
    await checkAnswer(platform.cachedUrl, body, 'The cache-on Hive gateway', result.notes);
    result.hiveCached = summarize(await sampleLatency(() => postOk(platform.cachedUrl, body), settings.limits));
  });

  await attempt('apollo', async () => {
    await checkAnswer(platform.apolloUrl, body, '@apollo/gateway', result.notes);
    result.apollo = summarize(await sampleLatency(() => postOk(platform.apolloUrl, body), settings.limits));
  });

  await attempt('direct', async () => {
    const plan = await recordFetches(platform, body);
    result.plan = describePlan(plan);
    result.direct = summarize(await sampleLatency(() => replayOnce(plan), settings.limits));
  });

  await attempt('sqlFloor', async () => {
    const statements = loadFloor(
      operation.name,
      platform.subgraphs.map((subgraph) => subgraph.name),
    );
    if (!statements) {
      result.floorMissing = `no bench/sql/${operation.name}/`;
      return;
    }
    result.sqlFloor = await measureFloor(statements, defaultVariables(operation), databases, settings.limits);
  });

  await attempt('statements', async () => {
    result.statements = await countStatements(() => postOk(platform.hiveUrl, body), platform.subgraphs);
  });
  if (result.hiveCached)
    await attempt('statementsCached', async () => {
      // What shows that the cache-on figures are answers from the cache: no statement, or a few reads of the data
      // versions, which the gateway makes once a second.
      result.statementsCached = await countStatements(() => postOk(platform.cachedUrl, body), platform.subgraphs);
    });

  const connections = settings.connections;
  await attempt('hiveThroughput', async () => {
    const hive = await measureThroughput(platform.hiveUrl, body, { connections, durationS: settings.durationS });
    result.throughput = { ...result.throughput, hive };
    assertAllOk(hive);
  });
  if (result.hiveCached)
    await attempt('hiveCachedThroughput', async () => {
      const hiveCached = await measureThroughput(platform.cachedUrl, body, {
        connections,
        durationS: settings.durationS,
      });
      result.throughput = { ...result.throughput, hiveCached };
      assertAllOk(hiveCached);
    });
  if (result.apollo) {
    await settle('the @apollo/gateway throughput run');
    await attempt('apolloThroughput', async () => {
      const apollo = await measureThroughput(platform.apolloUrl, body, { connections, durationS: settings.durationS });
      result.throughput = { ...result.throughput, apollo };
      assertAllOk(apollo);
    });
  }
  return { ...result, ratios: operationRatios(result) };
}
