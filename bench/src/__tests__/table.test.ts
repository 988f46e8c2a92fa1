import { formatMs, formatRate, formatRatio, formatTable, formatThroughput, scaleTables, targetLines } from '../table';

test('a table aligns names left and figures right under a rule', () => {
  expect(
    formatTable(
      ['Operation', 'p50'],
      [
        ['Indicators', '1.25'],
        ['SchoolProfile', '12.5'],
      ],
    ),
  ).toBe(['Operation       p50', '-------------  ----', 'Indicators     1.25', 'SchoolProfile  12.5'].join('\n'));
});

test('times keep about three significant figures; missing figures read n/a', () => {
  expect(formatMs(1.23456)).toBe('1.23');
  expect(formatMs(12.345)).toBe('12.3');
  expect(formatMs(123.45)).toBe('123');
  expect(formatMs(undefined)).toBe('n/a');
  expect(formatRatio(2.456)).toBe('2.46×');
  expect(formatRatio(12.34)).toBe('12.3×');
  expect(formatRatio(null)).toBe('n/a');
  expect(formatRate(952.4)).toBe('952');
  expect(formatRate(31.04)).toBe('31.0');
  expect(formatThroughput(undefined)).toBe('n/a');
  const run = { requestsPerSecond: 0.5, ok: 5, tooFew: true, non2xx: 0, errors: 0, timeouts: 0 };
  const common = { durationS: 10, connections: 20, latencyP50Ms: 1, latencyP97_5Ms: 2 };
  expect(formatThroughput({ ...run, ...common })).toBe('5 done');
  expect(formatThroughput({ ...run, ...common, requestsPerSecond: 250.4, tooFew: false })).toBe('250');
});

test('a target line says its status, its values when few, and which operations fail when many', () => {
  const lines = targetLines([
    {
      id: 'floor',
      target: 'NationalOverview Hive p95 ≤ 3 × its SQL floor p95',
      status: 'pass',
      checks: [{ operation: 'NationalOverview', scale: 1, value: 2.345, limit: 3, pass: true }],
    },
    {
      id: 'throughput',
      target: 'Hive throughput ≥ 2 × @apollo/gateway',
      status: 'fail',
      checks: [
        { operation: 'A', scale: 1, value: 3, limit: 2, pass: true },
        { operation: 'B', scale: 1, value: 1.5, limit: 2, pass: false },
        { operation: 'C', scale: 1, value: 2.5, limit: 2, pass: true },
        { operation: 'D', scale: 10, value: 1.25, limit: 2, pass: false },
      ],
    },
  ]).split('\n');
  expect(lines[0]).toBe('PASS  NationalOverview Hive p95 ≤ 3 × its SQL floor p95 (NationalOverview @1: 2.35)');
  expect(lines[1]).toBe('FAIL  Hive throughput ≥ 2 × @apollo/gateway (failing: B @1: 1.5; D @10: 1.25)');
});

test('the scale tables show the cache-off and the cache-on figures apart', () => {
  const latency = (p50: number, p95: number) => ({ n: 50, min: p50, p50, p95, max: p95, mean: p50 });
  const tables = scaleTables({
    scale: 1,
    startSeconds: 40,
    dataRows: { school_unit: 10 },
    operations: [
      {
        operation: 'NationalOverview',
        file: 'NationalOverview.graphql',
        errors: {},
        notes: [],
        hive: latency(31, 44),
        hiveCached: latency(1.5, 4.25),
        ratios: {
          hiveOverDirectP50: null,
          hiveOverFloorP50: null,
          hiveOverFloorP95: null,
          apolloOverHiveP50: null,
          hiveOverApolloThroughput: null,
        },
      },
    ],
  });
  const header = tables.split('\n').find((line) => line.startsWith('Operation') && line.includes('Cache-on p50'));
  const row = tables.split('\n').find((line) => line.startsWith('NationalOverview'));
  expect(header).toBeDefined();
  expect(row?.split(/\s+/).slice(1, 5)).toEqual(['31.0', '44.0', '1.50', '4.25']);
});
