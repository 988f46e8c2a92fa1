import type { ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';

interface ChartFigureProps<Row> {
  title: string;
  /** One line in words saying what the chart shows (issue #6). */
  summary: string;
  chart: ReactNode;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/**
 * A chart with its one-line summary and its equivalent data table. The chart itself is an image to assistive
 * technology, labelled by the summary; the table beside it carries every figure (WCAG 1.1.1).
 */
export function ChartFigure<Row>({ title, summary, chart, columns, rows, rowKey }: ChartFigureProps<Row>) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <p className="summary">{summary}</p>
      </figcaption>
      <div className="chart" role="img" aria-label={summary}>
        {chart}
      </div>
      <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />
    </figure>
  );
}
