import type { ThroughputResult } from './throughput';
import type { OperationResult, ScaleComparison, ScaleResult, TargetResult } from './results';

/** A plain-text table: the first column left-aligned, the figures right-aligned, a rule under the header. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Milliseconds with about three significant figures. */
export function formatMs(value: number | null | undefined): string {
  if (value == null) return 'n/a';
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export function formatRatio(value: number | null | undefined): string {
  return value == null ? 'n/a' : `${value.toFixed(value < 10 ? 2 : 1)}×`;
}

export function formatRate(value: number | null | undefined): string {
  return value == null ? 'n/a' : value.toFixed(value < 100 ? 1 : 0);
}

/** A rate, or how few answers came back when too few did to call it one. */
export function formatThroughput(run: ThroughputResult | undefined): string {
  if (!run) return 'n/a';
  return run.tooFew ? `${run.ok} done` : formatRate(run.requestsPerSecond);
}

const formatStatements = (counts: OperationResult['statements']) =>
  counts ? `${counts.total}${counts.stable ? '' : ' (unstable)'}` : 'n/a';

export function scaleTables(result: ScaleResult): string {
  const latency = formatTable(
    [
      'Operation',
      'Hive p50',
      'p95',
      'Cache-on p50',
      'p95',
      'Direct p50',
      'p95',
      'SQL floor p50',
      'p95',
      'Apollo p50',
      'p95',
      'Hive÷direct',
      'Hive÷floor p95',
      'n',
    ],
    result.operations.map((op) => [
      op.operation,
      formatMs(op.hive?.p50),
      formatMs(op.hive?.p95),
      formatMs(op.hiveCached?.p50),
      formatMs(op.hiveCached?.p95),
      formatMs(op.direct?.p50),
      formatMs(op.direct?.p95),
      formatMs(op.sqlFloor?.p50),
      formatMs(op.sqlFloor?.p95),
      formatMs(op.apollo?.p50),
      formatMs(op.apollo?.p95),
      formatRatio(op.ratios.hiveOverDirectP50),
      formatRatio(op.ratios.hiveOverFloorP95),
      String(op.hive?.n ?? 0),
    ]),
  );
  const load = formatTable(
    [
      'Operation',
      'Hive req/s',
      'Cache-on req/s',
      'Apollo req/s',
      'Hive÷Apollo',
      'Fetches',
      'Depth',
      'SQL statements',
      'Cache-on',
      'Failed measures',
    ],
    result.operations.map((op) => [
      op.operation,
      formatThroughput(op.throughput?.hive),
      formatThroughput(op.throughput?.hiveCached),
      formatThroughput(op.throughput?.apollo),
      formatRatio(op.ratios.hiveOverApolloThroughput),
      op.plan ? String(op.plan.fetches) : 'n/a',
      op.plan ? String(op.plan.depth) : 'n/a',
      formatStatements(op.statements),
      formatStatements(op.statementsCached),
      Object.keys(op.errors).join(', ') || '-',
    ]),
  );
  const rows = Object.entries(result.dataRows);
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  return [
    `Scale ${result.scale}: ${total.toLocaleString('en')} rows (${rows.map(([table, count]) => `${table} ${count.toLocaleString('en')}`).join(', ')})`,
    '',
    `Scale ${result.scale}: latency in ms, one client (Hive: response cache off; Cache-on: repeated reads through a gateway with it on; Direct: the gateway's subgraph fetches replayed straight to the subgraphs)`,
    latency,
    '',
    `Scale ${result.scale}: throughput at 20 clients, subgraph fetches per operation, SQL statements per operation (cache off, and cache on)`,
    load,
    ...(result.stoppedBecause ? ['', `Scale ${result.scale} stopped early: ${result.stoppedBecause}.`] : []),
  ].join('\n');
}

export function comparisonTable(rows: ScaleComparison[], small: number, large: number): string {
  return [
    `Scale ${large} against scale ${small}`,
    formatTable(
      ['Operation', 'Hive p50 ratio', 'Hive p95 ratio', `Statements ×${small}`, `Statements ×${large}`, 'Equal'],
      rows.map((row) => [
        row.operation,
        row.largeFailed ? 'failed' : formatRatio(row.hiveP50Ratio),
        formatRatio(row.hiveP95Ratio),
        row.statementsSmall === null ? 'n/a' : String(row.statementsSmall),
        row.statementsLarge === null ? 'n/a' : String(row.statementsLarge),
        row.statementsEqual === null ? 'n/a' : row.statementsEqual ? 'yes' : 'NO',
      ]),
    ),
  ].join('\n');
}

const formatCheckValue = (value: number | null) => (value === null ? 'n/a' : String(Number(value.toFixed(2))));

export function targetLines(targets: TargetResult[]): string {
  return targets
    .map((target) => {
      // A target about one operation shows its values; one about many names those that fail.
      const few = target.checks.length <= 3;
      const shown = target.checks
        .filter((check) => few || check.pass === false)
        .map(
          (check) =>
            `${check.operation}${check.scale === undefined ? '' : ` @${check.scale}`}: ${formatCheckValue(check.value)}`,
        );
      const details = [
        target.note,
        shown.length > 0 ? `${few ? '' : 'failing: '}${shown.join('; ')}` : undefined,
      ].filter(Boolean);
      return `${target.status.toUpperCase().padEnd(4)}  ${target.target}${details.length ? ` (${details.join(' ')})` : ''}`;
    })
    .join('\n');
}
