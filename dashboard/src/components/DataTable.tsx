import type { ReactNode } from 'react';
import type { CsvColumn } from '../lib/csv';
import { CsvButton } from './CsvButton';

/** A column: its CSV header and value, how it shows (when not the value as text), and whether it is a number. */
export interface Column<Row> extends CsvColumn<Row> {
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/** A table with a caption, column headers, and the same rows and columns as a CSV download. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  return (
    <div className="data-table">
      <CsvButton title={caption} columns={columns} rows={rows} />
      {/* The wrapper scrolls a wide table on its own at 200 % zoom instead of the page (WCAG 1.4.10). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) => {
                  const content = column.render ? column.render(row) : column.value(row);
                  const className = column.numeric ? 'numeric' : undefined;
                  return index === 0 ? (
                    <th key={column.header} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.header} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
