import { fileTooLargeMessage, MAX_IMPORT_BYTES } from '@lagesbild/platform';
import { CsvError, parse } from 'csv-parse/sync';
import { FileProblemCode, type ImportIssue } from './importReport';

export interface ImportColumn {
  name: string;
  required: boolean;
}

export interface CsvRecord {
  /** Line in the file where the record starts (the header is line 1). */
  line: number;
  /** Trimmed values by column name; an empty cell is absent. */
  values: Record<string, string>;
}

export type CsvReadResult = { records: CsvRecord[] } | { problem: ImportIssue };

const fileProblem = (code: string, line: number, message: string): { problem: ImportIssue } => ({
  problem: { code, line, column: null, value: null, message },
});

/**
 * Decodes UTF-8 (with or without BOM) strictly: a Latin-1 file would otherwise import "Malmö" as "Malm\uFFFD".
 * Returns the line of the first byte that is not UTF-8, or the text.
 */
function decodeUtf8(bytes: Buffer): { text: string } | { badLine: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    let offset = 0;
    // Find the first invalid sequence by decoding growing prefixes line by line.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    while (offset < bytes.length) {
      const end = bytes.indexOf(0x0a, offset);
      const stop = end === -1 ? bytes.length : end + 1;
      try {
        decoder.decode(bytes.subarray(offset, stop));
      } catch {
        return { badLine: line };
      }
      offset = stop;
      line += 1;
    }
    return { badLine: line };
  }
}

/** Swedish spreadsheets write semicolons (the comma is the decimal sign); others write commas or tabs. */
function detectDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: headerLine.split(delimiter).length - 1 }));
  return counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).delimiter;
}

/**
 * The line on which each record starts. csv-parse counts lines where a record ends, so a record whose quoted field
 * holds line breaks would be reported at its last line. A record starts where the one before ended (its `bytes`),
 * past the empty lines and blanks csv-parse skips; the counter reads the file forward once.
 */
function recordStartLines(text: string): (recordStart: number) => number {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  let line = 1;
  const isBreak = (i: number) => bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a);
  return (recordStart) => {
    for (; at < recordStart; at += 1) if (isBreak(at)) line += 1;
    for (; at < bytes.length && [0x0a, 0x0d, 0x20, 0x09].includes(bytes[at]); at += 1) if (isBreak(at)) line += 1;
    return line;
  };
}

/** Reads a CSV import file: encoding, delimiter, header and records, or the one problem that stops it. */
export function readCsvFile(bytes: Buffer, columns: readonly ImportColumn[]): CsvReadResult {
  if (bytes.length > MAX_IMPORT_BYTES)
    return fileProblem(FileProblemCode.FILE_TOO_LARGE, 1, fileTooLargeMessage(bytes.length));
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    return fileProblem(
      FileProblemCode.EMPTY_FILE,
      1,
      'The file is empty: it needs a header line and at least one row.',
    );
  }
  const decoded = decodeUtf8(bytes);
  if ('badLine' in decoded) {
    return fileProblem(
      FileProblemCode.NOT_UTF8,
      decoded.badLine,
      `Line ${decoded.badLine} is not UTF-8; the file looks like Latin-1 or Windows-1252 (as older Excel saves CSV). Save it as "CSV UTF-8" and import it again.`,
    );
  }
  const headerLine = decoded.text.split(/\r?\n/, 1)[0];
  let rows: { record: string[]; info: { bytes: number } }[];
  try {
    rows = parse(decoded.text, {
      delimiter: detectDelimiter(headerLine),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      return fileProblem(
        FileProblemCode.BROKEN_CSV,
        line,
        `The file is not valid CSV near line ${line} (${error.message}). A field that holds the delimiter, a quote ` +
          'or a line break must be in double quotes, with each quote inside it doubled.',
      );
    }
    throw error;
  }
  const [header, ...data] = rows;
  const names = header.record.map((name) => name.trim().toLowerCase());
  const expected = columns.map((column) => column.name);
  const missing = columns.filter((column) => column.required && !names.includes(column.name)).map((c) => c.name);
  const unknown = names.filter((name) => !expected.includes(name));
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (missing.length || unknown.length || repeated.length) {
    const parts = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      unknown.length ? `unknown ${unknown.map((name) => `"${name}"`).join(', ')}` : '',
      repeated.length ? `repeated ${repeated.join(', ')}` : '',
    ].filter(Boolean);
    return fileProblem(
      FileProblemCode.BAD_HEADER,
      1,
      `The header does not fit (${parts.join('; ')}). Expected the columns: ${expected.join(', ')}.`,
    );
  }
  if (data.length === 0) {
    return fileProblem(FileProblemCode.EMPTY_FILE, 2, 'The file has a header but no rows.');
  }
  const records: CsvRecord[] = [];
  const startLine = recordStartLines(decoded.text);
  for (const [i, { record }] of data.entries()) {
    const line = startLine((i === 0 ? header : data[i - 1]).info.bytes);
    if (record.length !== names.length) {
      return fileProblem(
        FileProblemCode.BROKEN_CSV,
        line,
        `Line ${line} has ${record.length} fields where the header has ${names.length}.`,
      );
    }
    const values: Record<string, string> = {};
    names.forEach((name, column) => {
      // csv-parse trims only outside quotes: a quoted "  " would otherwise pass as a name, and "Lund " not match.
      const value = record[column].trim();
      if (value !== '') values[name] = value;
    });
    records.push({ line, values });
  }
  return { records };
}
