import type { OperationResult, ScaleResult } from '../results';
import { compareScales, evaluateTargets, operationRatios, ratio } from '../targets';

const latency = (p50: number, p95: number) => ({ n: 20, min: p50, p50, p95, max: p95, mean: p50 });
const rate = (requestsPerSecond: number, tooFew = false) => ({
  requestsPerSecond,
  tooFew,
  ok: 100,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  durationS: 10,
  connections: 20,
  latencyP50Ms: 1,
  latencyP97_5Ms: 2,
});

function operation(name: string, figures: Partial<Omit<OperationResult, 'ratios'>>): OperationResult {
  const result = { operation: name, file: `${name}.graphql`, errors: {}, notes: [], ...figures };
  return { ...result, ratios: operationRatios(result) };
}

const scale = (value: number, operations: OperationResult[]): ScaleResult => ({
  scale: value,
  startSeconds: 1,
  dataRows: {},
  operations,
});

function statements(perSubgraph: Record<string, number>) {
  const total = Object.values(perSubgraph).reduce((a, b) => a + b, 0);
  return { perSubgraph, total, stable: true, runs: [total, total, total] };
}

test('a ratio needs both sides and a positive denominator', () => {
  expect(ratio(6, 2)).toBe(3);
  expect(ratio(undefined, 2)).toBeNull();
  expect(ratio(1, 0)).toBeNull();
});

test('an operation’s ratios: gateway over direct and over the floor, Hive against Apollo', () => {
  const result = operation('NationalOverview', {
    hive: latency(30, 60),
    direct: latency(20, 40),
    sqlFloor: { ...latency(10, 25), perDatabaseP50Ms: {}, rows: {} },
    apollo: latency(45, 90),
    throughput: { hive: rate(300), apollo: rate(100) },
  });
  expect(result.ratios).toEqual({
    hiveOverDirectP50: 1.5,
    hiveOverFloorP50: 3,
    hiveOverFloorP95: 2.4,
    apolloOverHiveP50: 1.5,
    hiveOverApolloThroughput: 3,
  });
});

const byId = (targets: ReturnType<typeof evaluateTargets>) => Object.fromEntries(targets.map((t) => [t.id, t]));
const floor = (p50: number, p95: number) => ({ ...latency(p50, p95), perDatabaseP50Ms: {}, rows: {} });

test('each target passes or fails on the operations it concerns', () => {
  const small = scale(1, [
    operation('NationalOverview', {
      hive: latency(10, 20),
      hiveCached: latency(1, 4),
      sqlFloor: floor(5, 10),
      throughput: { hive: rate(300), hiveCached: rate(2500), apollo: rate(100) },
      statements: statements({ schools: 2, outcomes: 1 }),
    }),
    operation('CountyDetail', {
      hive: latency(10, 20),
      sqlFloor: floor(5, 10),
      throughput: { hive: rate(150), apollo: rate(100) },
      statements: statements({ schools: 2 }),
    }),
  ]);
  const large = scale(10, [
    operation('NationalOverview', {
      hive: latency(25, 60),
      hiveCached: latency(2, 12),
      sqlFloor: floor(5, 10),
      throughput: { hive: rate(200), hiveCached: rate(1500), apollo: rate(90) },
      statements: statements({ schools: 2, outcomes: 1 }),
    }),
    operation('CountyDetail', {
      hive: latency(15, 20),
      sqlFloor: floor(8, 10),
      throughput: { hive: rate(250), apollo: rate(100) },
      statements: statements({ schools: 3 }),
    }),
  ]);
  const comparison = compareScales(small, large);
  expect(comparison).toEqual([
    expect.objectContaining({ operation: 'NationalOverview', hiveP50Ratio: 2.5, statementsEqual: true }),
    expect.objectContaining({ operation: 'CountyDetail', hiveP50Ratio: 1.5, statementsEqual: false }),
  ]);
  const targets = byId(
    evaluateTargets([small, large], comparison, { firstStart: { scale: 1, seconds: 75 }, importRatio: 1.4 }),
  );
  const perScale = (id: string) => targets[id].checks.map((check) => [check.scale, check.value, check.pass]);
  expect(perScale('overviewP95')).toEqual([
    [1, 20, true],
    [10, 60, false],
  ]);
  expect(perScale('cachedP95')).toEqual([
    [1, 4, true],
    [10, 12, false],
  ]);
  expect(perScale('cachedThroughput')).toEqual([
    [1, 2500, true],
    [10, 1500, false],
  ]);
  // Every operation against its floor: NationalOverview's 60 ms at scale 10 is 6 × its 10 ms floor.
  expect(targets.floor.checks.map((check) => [check.operation, check.scale, check.pass])).toEqual([
    ['NationalOverview', 1, true],
    ['CountyDetail', 1, true],
    ['NationalOverview', 10, false],
    ['CountyDetail', 10, true],
  ]);
  expect(targets.scaling.status).toBe('fail');
  expect(targets.scaling.checks.find((check) => check.pass === false)?.operation).toBe('NationalOverview');
  expect(targets.throughput.status).toBe('fail'); // CountyDetail at scale 1: 1.5×
  expect(targets.statements.status).toBe('fail');
  expect(targets.statements.checks.find((check) => check.operation === 'CountyDetail')).toMatchObject({ value: 1 });
  expect(targets.import).toMatchObject({ status: 'pass', checks: [{ value: 1.4, limit: 2 }] });
  expect(targets.firstStart).toMatchObject({ status: 'fail', checks: [{ scale: 1, value: 75, limit: 60 }] });
});

test('a throughput run with fewer answers than clients is not compared', () => {
  const slow = operation('CoverageByYear', {
    hive: latency(900, 1200),
    throughput: { hive: rate(0.4, true), apollo: rate(0.2) },
  });
  expect(slow.ratios.hiveOverApolloThroughput).toBeNull();
  expect(byId(evaluateTargets([scale(1, [slow])], undefined)).throughput).toMatchObject({
    status: 'n/a',
    note: 'Not judged, for want of a measure: CoverageByYear @1.',
  });
});

test('an operation the Hive gateway failed to answer fails its targets; one that found no data is not judged', () => {
  const failed = { errors: { hive: 'The outcomes service is unavailable right now' } };
  const small = scale(1, [
    operation('NationalOverview', { hive: latency(10, 20), sqlFloor: floor(5, 10) }),
    operation('SchoolProfile', { hive: latency(5, 6) }),
  ]);
  const large = scale(10, [
    operation('NationalOverview', { ...failed, sqlFloor: floor(50, 60) }),
    operation('SchoolProfile', { errors: { hive: 'schoolByUnitCode: null' }, emptyAnswer: true }),
  ]);
  const comparison = compareScales(small, large);
  expect(comparison.map((row) => [row.operation, row.largeFailed])).toEqual([
    ['NationalOverview', true],
    ['SchoolProfile', false],
  ]);
  const targets = byId(evaluateTargets([small, large], comparison));
  expect(targets.overviewP95.checks.map((check) => [check.scale, check.pass])).toEqual([
    [1, true],
    [10, false],
  ]);
  expect(targets.scaling.checks.map((check) => [check.operation, check.pass])).toEqual([
    ['NationalOverview', false],
    ['SchoolProfile', null],
  ]);
});

test('without the operation, a measure or a second scale, a target is n/a and says why', () => {
  const only = scale(1, [
    operation('Indicators', { hive: latency(1, 2), throughput: { hive: rate(500), apollo: rate(100) } }),
  ]);
  const targets = byId(evaluateTargets([only], undefined, { importMissing: 'No outcome rollups yet.' }));
  expect(targets.overviewP95).toMatchObject({ status: 'n/a', note: expect.stringContaining('No operation named') });
  expect(targets.cachedP95.status).toBe('n/a');
  expect(targets.scaling).toMatchObject({ status: 'n/a', note: expect.stringContaining('two scales') });
  expect(targets.throughput.status).toBe('pass');
  expect(targets.statements.status).toBe('n/a');
  expect(targets.import).toMatchObject({ status: 'n/a', note: 'No outcome rollups yet.' });
  expect(targets.firstStart).toMatchObject({ status: 'n/a', note: 'Not measured in this run.' });
  expect(targets.floor).toMatchObject({ status: 'n/a', note: expect.stringContaining('Indicators @1') });
});
