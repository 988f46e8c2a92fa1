import type { Language } from '../i18n/strings';
import { formatCount } from '../lib/format';
import type { Column } from './DataTable';

/** A numeric column of counts: the CSV gets the plain number, the table the language's digit grouping. */
export function countColumn<Row>(
  header: string,
  value: (row: Row) => number | null | undefined,
  language: Language,
): Column<Row> {
  return { header, value, render: (row) => formatCount(value(row), language), numeric: true };
}
