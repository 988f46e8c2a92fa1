import type { Language } from '../i18n/strings';

/** One column of a CSV export: its header and how to read a row's cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/**
 * How a CSV is written for the spreadsheet that opens it. Excel reads a CSV with its locale's list separator and
 * decimal sign: in a Swedish locale that is ";" and ",", in an English one "," and ".".
 */
export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const SWEDISH_CSV: CsvDialect = { separator: ';', decimal: ',' };
export const ENGLISH_CSV: CsvDialect = { separator: ',', decimal: '.' };

/** The dialect of the dashboard's language: Swedish users get what Excel reads in a Swedish locale. */
export function csvDialectOf(language: Language): CsvDialect {
  return language === 'sv' ? SWEDISH_CSV : ENGLISH_CSV;
}

// Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it å, ä and ö come out garbled.
const BOM = '\uFEFF';

// A text cell that starts with one of these is read by spreadsheets as a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A figure as the dashboard formats it in the dialect's language (lib/format.ts), read back as a number: "1 387",
 * "42,5 %" and "−3,2" (Swedish writes U+2212) in Swedish, "1,387" and "42.5%" in English. Codes with a leading
 * zero ("0180") stay text, and so does anything else.
 */
function figureOf(text: string, dialect: CsvDialect): { value: number; percent: boolean } | undefined {
  const group = dialect.decimal === ',' ? '[\\s\\u00a0\\u202f]' : ',';
  const decimal = dialect.decimal === ',' ? ',' : '\\.';
  const pattern = new RegExp(`^([-\u2212]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?(\\s?%)?$`);
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction, percent] = match;
  const digits = whole.replace(/\D/g, '');
  if (digits.length > 1 && digits.startsWith('0')) return undefined;
  const value = Number(`${sign ? '-' : ''}${digits}${fraction !== undefined ? `.${fraction}` : ''}`);
  return { value, percent: Boolean(percent) };
}

/** What one cell holds once read: a number, a text, or nothing ("–" is the dashboard's sign for unknown). */
type Cell = { number: number; percent: boolean } | { text: string } | null;

function readCell(value: string | number | null | undefined, dialect: CsvDialect): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { number: value, percent: false } : null;
  if (value.trim() === '–') return null;
  const figure = figureOf(value, dialect);
  return figure ? { number: figure.value, percent: figure.percent } : { text: value };
}

/** A number in the dialect: no digit grouping, the dialect's decimal sign, never a thousands separator. */
function writeNumber(value: number, dialect: CsvDialect): string {
  const text = String(value);
  return dialect.decimal === ',' ? text.replace('.', ',') : text;
}

/**
 * A text cell, neutralised when it would start a formula (a single quote in front, as OWASP recommends), and
 * quoted when it holds the separator, a quote, a line break or edge spaces (RFC 4180), quotes doubled.
 */
export function csvText(text: string, dialect: CsvDialect = SWEDISH_CSV): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  const needsQuotes = safe.includes(dialect.separator) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function writeCell(cell: Cell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if ('text' in cell) return csvText(cell.text, dialect);
  // A share shown as "42,5 %" is written as 42,5, in a column whose header says %.
  return writeNumber(cell.number, dialect);
}

/**
 * The rows as CSV text for a spreadsheet: a BOM, a header line, one line per row, CRLF line ends (RFC 4180).
 * Figures are numbers in the dialect (no grouping, its decimal sign), not the dashboard's formatted text, so that
 * Excel can sum and chart them; a column of percentages has "(%)" added to its header.
 */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: readonly Row[], dialect: CsvDialect = SWEDISH_CSV): string {
  const cells = rows.map((row) => columns.map((column) => readCell(column.value(row), dialect)));
  const headers = columns.map((column, index) => {
    const percentColumn = cells.some((row) => {
      const cell = row[index];
      return cell !== null && 'number' in cell && cell.percent;
    });
    return percentColumn && !column.header.includes('%') ? `${column.header} (%)` : column.header;
  });
  const lines = [headers.map((header) => csvText(header, dialect)).join(dialect.separator)];
  for (const row of cells) lines.push(row.map((cell) => writeCell(cell, dialect)).join(dialect.separator));
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
