/** One column of a CSV export: its header and how to read a row's cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

// Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it å, ä and ö come out garbled.
const BOM = '\uFEFF';

/** Quotes a cell when it holds a separator, a quote or a line break (RFC 4180), doubling its quotes. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",;\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text: a BOM, a header line, one line per row, CRLF line ends (RFC 4180). */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name for an export: the title in lower case, letters and digits only, with .csv. */
export function csvFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'export'}.csv`;
}
