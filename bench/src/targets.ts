import type { ThroughputResult } from './throughput';
import type { OperationResult, ScaleComparison, ScaleResult, TargetResult, TargetStatus } from './results';

/** The operation the SQL-floor target is about (issue #4). */
export const NATIONAL_OVERVIEW = 'NationalOverview';
export const FLOOR_LIMIT = 3;
export const SCALE_LIMIT = 2;
export const THROUGHPUT_LIMIT = 2;

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

/** The four targets of issue #4, each judged on every operation (and scale) it concerns. */
export function evaluateTargets(scales: ScaleResult[], comparison: ScaleComparison[] | undefined): TargetResult[] {
  const floorChecks = scales.flatMap((scale) =>
    scale.operations
      .filter((result) => result.operation === NATIONAL_OVERVIEW)
      .map((result) => {
        const value = result.ratios.hiveOverFloorP95;
        return {
          operation: result.operation,
          scale: scale.scale,
          value,
          limit: FLOOR_LIMIT,
          pass: hiveFailed(result) ? false : judged(value, (v) => v <= FLOOR_LIMIT),
        };
      }),
  );
  const floorNote =
    floorChecks.length === 0
      ? `No operation named ${NATIONAL_OVERVIEW} was benched.`
      : floorChecks.some((check) => check.pass === null)
        ? `${NATIONAL_OVERVIEW} lacks a Hive time or a SQL floor (bench/sql/${NATIONAL_OVERVIEW}/) at some scale.`
        : undefined;

  const [small, large] = [scales[0]?.scale, scales[scales.length - 1]?.scale];
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

  const throughputChecks = scales.flatMap((scale) =>
    scale.operations.map((result) => {
      const value = result.ratios.hiveOverApolloThroughput;
      return {
        operation: result.operation,
        scale: scale.scale,
        value,
        limit: THROUGHPUT_LIMIT,
        pass: judged(value, (v) => v >= THROUGHPUT_LIMIT),
      };
    }),
  );

  const targets: TargetResult[] = [
    {
      target: `${NATIONAL_OVERVIEW} Hive p95 ≤ ${FLOOR_LIMIT} × its SQL floor p95`,
      status: statusOf(floorChecks),
      checks: floorChecks,
      note: floorNote,
    },
    {
      target: `Scale ${large} Hive p50 ≤ ${SCALE_LIMIT} × scale ${small}`,
      status: statusOf(scaleChecks),
      checks: scaleChecks,
      note: twoScales,
    },
    {
      target: `Hive throughput ≥ ${THROUGHPUT_LIMIT} × @apollo/gateway (20 clients)`,
      status: statusOf(throughputChecks),
      checks: throughputChecks,
    },
    {
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
