import type { ImportMeasure } from './importMeasure';
import type { ThroughputResult } from './throughput';
import type { OperationResult, ScaleComparison, ScaleResult, TargetResult, TargetStatus } from './results';

/** The operation the targets of issue #13 name on its own. */
export const NATIONAL_OVERVIEW = 'NationalOverview';
/** Issue #13's limits. */
export const OVERVIEW_P95_MS = 50;
export const CACHED_P95_MS = 10;
export const CACHED_REQUESTS_PER_SECOND = 2_000;
export const FLOOR_LIMIT = 3;
export const SCALE_LIMIT = 2;
export const THROUGHPUT_LIMIT = 2;
export const IMPORT_LIMIT = 2;
export const FIRST_START_SECONDS = 60;

export function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator == null || denominator == null || !(denominator > 0)) return null;
  return numerator / denominator;
}

const comparableRate = (run: ThroughputResult | undefined) => (run && !run.tooFew ? run.requestsPerSecond : null);

export function operationRatios(result: Omit<OperationResult, 'ratios'>): OperationResult['ratios'] {
  return {
    hiveOverDirectP50: ratio(result.hive?.p50, result.direct?.p50),
    hiveOverFloorP50: ratio(result.hive?.p50, result.sqlFloor?.p50),
    hiveOverFloorP95: ratio(result.hive?.p95, result.sqlFloor?.p95),
    apolloOverHiveP50: ratio(result.apollo?.p50, result.hive?.p50),
    hiveOverApolloThroughput: ratio(comparableRate(result.throughput?.hive), comparableRate(result.throughput?.apollo)),
  };
}

/** The Hive gateway did not answer the operation (an error or a timeout, not an empty answer): a failed target. */
const hiveFailed = (result: OperationResult | undefined) =>
  result !== undefined && !result.hive && !result.emptyAnswer && 'hive' in result.errors;

/** Each operation at the largest scale against the smallest. */
export function compareScales(small: ScaleResult, large: ScaleResult): ScaleComparison[] {
  return large.operations.map((big) => {
    const little = small.operations.find((candidate) => candidate.operation === big.operation);
    const statementsSmall = little?.statements?.total ?? null;
    const statementsLarge = big.statements?.total ?? null;
    const sameCounts =
      little?.statements && big.statements
        ? JSON.stringify(little.statements.perSubgraph) === JSON.stringify(big.statements.perSubgraph)
        : null;
    return {
      operation: big.operation,
      hiveP50Ratio: ratio(big.hive?.p50, little?.hive?.p50),
      hiveP95Ratio: ratio(big.hive?.p95, little?.hive?.p95),
      largeFailed: little?.hive !== undefined && hiveFailed(big),
      statementsSmall,
      statementsLarge,
      statementsEqual: sameCounts,
    };
  });
}

function statusOf(checks: TargetResult['checks']): TargetStatus {
  if (checks.some((check) => check.pass === false)) return 'fail';
  return checks.some((check) => check.pass === true) ? 'pass' : 'n/a';
}

const judged = (value: number | null, pass: (value: number) => boolean) => (value === null ? null : pass(value));

/** Measures of the run as a whole rather than of an operation: each undefined when not taken, with why. */
export interface RunMeasures {
  firstStart?: FirstStartResult;
  firstStartMissing?: string;
  importRatio?: number | null;
  /** The two imports' times behind importRatio. */
  import?: ImportMeasure;
  importMissing?: string;
}

/** The first start of the platform on an empty data folder, seeding included, until every service is ready. */
export interface FirstStartResult {
  scale: number;
  seconds: number;
}

const overviews = (scales: ScaleResult[]) =>
  scales.flatMap((scale) =>
    scale.operations
      .filter((result) => result.operation === NATIONAL_OVERVIEW)
      .map((result) => ({ scale: scale.scale, result })),
  );

const noOverview = (checks: unknown[]) =>
  checks.length === 0 ? `No operation named ${NATIONAL_OVERVIEW} was benched.` : undefined;

/**
 * The targets of issue #13 (with issue #4's constant statement count), each judged on every operation (and scale) it
 * concerns. Cache off unless the target says cache on.
 */
export function evaluateTargets(
  scales: ScaleResult[],
  comparison: ScaleComparison[] | undefined,
  run: RunMeasures = {},
): TargetResult[] {
  /** One check per result, from its value: at most (or, with `atLeast`, at least) the limit; a Hive failure fails. */
  const check =
    (
      value: (result: OperationResult) => number | null,
      limit: number,
      atLeast = false,
      failed: (result: OperationResult) => boolean = hiveFailed,
    ) =>
    ({ scale, result }: { scale: number; result: OperationResult }) => {
      const measured = value(result);
      return {
        operation: result.operation,
        scale,
        value: measured,
        limit,
        pass: failed(result) ? false : judged(measured, (v) => (atLeast ? v >= limit : v <= limit)),
      };
    };
  const everyOperation = scales.flatMap((scale) => scale.operations.map((result) => ({ scale: scale.scale, result })));
  const overviewChecks = overviews(scales).map(check((r) => r.hive?.p95 ?? null, OVERVIEW_P95_MS));
  const cachedChecks = overviews(scales).map(
    check(
      (r) => r.hiveCached?.p95 ?? null,
      CACHED_P95_MS,
      false,
      (r) => 'hiveCached' in r.errors,
    ),
  );
  const cachedRateChecks = overviews(scales).map(
    check(
      (r) => comparableRate(r.throughput?.hiveCached),
      CACHED_REQUESTS_PER_SECOND,
      true,
      () => false,
    ),
  );
  const floorChecks = everyOperation.map(check((r) => r.ratios.hiveOverFloorP95, FLOOR_LIMIT));
  const throughputChecks = everyOperation.map(
    check(
      (r) => r.ratios.hiveOverApolloThroughput,
      THROUGHPUT_LIMIT,
      true,
      () => false,
    ),
  );

  // Named by the scales compared; by the default ones when the run had one scale and compares none.
  const [small, large] = comparison ? [scales[0]?.scale, scales[scales.length - 1]?.scale] : [1, 10];
  const scaleChecks = (comparison ?? []).map((row) => ({
    operation: row.operation,
    value: row.hiveP50Ratio,
    limit: SCALE_LIMIT,
    pass: row.largeFailed ? false : judged(row.hiveP50Ratio, (v) => v <= SCALE_LIMIT),
  }));
  const statementChecks = (comparison ?? []).map((row) => ({
    operation: row.operation,
    value:
      row.statementsSmall === null || row.statementsLarge === null ? null : row.statementsLarge - row.statementsSmall,
    limit: 0,
    pass: row.statementsEqual,
  }));
  const twoScales = comparison ? undefined : 'Needs two scales (--scale 1,10).';

  const importValue = run.importRatio ?? null;
  const importChecks = [
    {
      operation: 'import of 10,000 outcome rows',
      value: importValue,
      limit: IMPORT_LIMIT,
      pass: judged(importValue, (v) => v <= IMPORT_LIMIT),
    },
  ];
  const startValue = run.firstStart?.seconds ?? null;
  const startChecks = [
    {
      operation: 'first start on an empty data folder',
      scale: run.firstStart?.scale,
      value: startValue,
      limit: FIRST_START_SECONDS,
      pass: judged(startValue, (v) => v <= FIRST_START_SECONDS),
    },
  ];

  const targets: TargetResult[] = [
    {
      id: 'overviewP95',
      target: `${NATIONAL_OVERVIEW}, cache off, Hive p95 ≤ ${OVERVIEW_P95_MS} ms at each scale`,
      status: statusOf(overviewChecks),
      checks: overviewChecks,
      note: noOverview(overviewChecks),
    },
    {
      id: 'cachedP95',
      target: `${NATIONAL_OVERVIEW}, cache on, repeated, Hive p95 ≤ ${CACHED_P95_MS} ms`,
      status: statusOf(cachedChecks),
      checks: cachedChecks,
      note: noOverview(cachedChecks),
    },
    {
      id: 'cachedThroughput',
      target: `${NATIONAL_OVERVIEW}, cache on, ≥ ${CACHED_REQUESTS_PER_SECOND.toLocaleString('en')} requests a second at 20 clients`,
      status: statusOf(cachedRateChecks),
      checks: cachedRateChecks,
      note: noOverview(cachedRateChecks),
    },
    {
      id: 'scaling',
      target: `Scale ${large} Hive p50 ≤ ${SCALE_LIMIT} × scale ${small}, cache off, every operation`,
      status: statusOf(scaleChecks),
      checks: scaleChecks,
      note: twoScales,
    },
    {
      id: 'floor',
      target: `Hive p95 ≤ ${FLOOR_LIMIT} × the SQL floor p95, cache off, every operation`,
      status: statusOf(floorChecks),
      checks: floorChecks,
    },
    {
      id: 'throughput',
      target: `Hive throughput ≥ ${THROUGHPUT_LIMIT} × @apollo/gateway (20 clients, cache off), every operation`,
      status: statusOf(throughputChecks),
      checks: throughputChecks,
    },
    {
      id: 'import',
      target: `An import of 10,000 outcome rows with the rollups ≤ ${IMPORT_LIMIT} × without`,
      status: statusOf(importChecks),
      checks: importChecks,
      note: importValue === null ? (run.importMissing ?? 'Not measured in this run.') : undefined,
    },
    {
      id: 'firstStart',
      target: `First start on an empty data folder, seeding included, at scale 1 ≤ ${FIRST_START_SECONDS} s`,
      status: statusOf(startChecks),
      checks: startChecks,
      note: startValue === null ? (run.firstStartMissing ?? 'Not measured in this run.') : undefined,
    },
    {
      id: 'statements',
      target: `SQL statements per operation equal at scale ${small} and scale ${large}`,
      status: statusOf(statementChecks),
      checks: statementChecks,
      note: twoScales,
    },
  ];
  return targets.map(noteUnjudged);
}

/** Names the operations a target could not judge (a measure missing or too short), so that a pass says what it covers. */
function noteUnjudged(target: TargetResult): TargetResult {
  if (target.note) return target;
  const unjudged = target.checks
    .filter((check) => check.pass === null)
    .map((check) => `${check.operation}${check.scale === undefined ? '' : ` @${check.scale}`}`);
  return unjudged.length === 0
    ? target
    : { ...target, note: `Not judged, for want of a measure: ${unjudged.join(', ')}.` };
}
