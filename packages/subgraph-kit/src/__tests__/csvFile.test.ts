import 'reflect-metadata';
import { MAX_IMPORT_BYTES } from '@lagesbild/platform';
import { propertyRuns } from '@lagesbild/test-utils';
import fc from 'fast-check';
import { readCsvFile, type ImportColumn } from '../import/csvFile';

// The import file format, fuzzed (issue #17): whatever the bytes, the reader answers with the records or with one
// problem that has a code, a line and a sentence; it never throws.

const COLUMNS: ImportColumn[] = [
  { name: 'code', required: true },
  { name: 'name', required: true },
  { name: 'note', required: false },
];
const DELIMITERS = [',', ';', '\t'];

/** A field as a spreadsheet writes it: quoted when it holds a delimiter, a quote or a line break. */
const quoted = (field: string) => (/[",;\t\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

// Text with what breaks naive CSV readers: every delimiter, quotes, both line ends, and letters beyond ASCII.
const field = fc
  .array(fc.constantFrom('a', 'Ö', 'å', ' ', ',', ';', '\t', '"', '\n', '\r\n', '7', '–', '😀'), { maxLength: 12 })
  .map((parts) => parts.join(''));

test('any records, with any delimiter, quoting, line ends and BOM, read back as written', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(field, field, field), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(...DELIMITERS),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      (records, delimiter, lineEnd, bom) => {
        // A record with no visible content would be an empty line, which the reader skips by design.
        const rows = records.filter((record) => record.some((value) => value.trim() !== ''));
        fc.pre(rows.length > 0);
        const text = [COLUMNS.map((c) => c.name), ...rows].map((r) => r.map(quoted).join(delimiter)).join(lineEnd);
        const result = readCsvFile(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'), COLUMNS);
        expect(result).toHaveProperty('records');
        if (!('records' in result)) return;
        const expected = rows.map((row) =>
          Object.fromEntries(
            row.map((value, i) => [COLUMNS[i].name, value.trim()] as const).filter(([, value]) => value !== ''),
          ),
        );
        expect(result.records.map((record) => record.values)).toEqual(expected);
        // Each record is reported at the line where it starts, after the line breaks of every row before it.
        const written = rows.map((row) => row.map(quoted).join(delimiter));
        const breaks = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;
        const startLines = written.map((_, i) => 2 + written.slice(0, i).reduce((sum, r) => sum + breaks(r) + 1, 0));
        expect(result.records.map((record) => record.line)).toEqual(startLines);
      },
    ),
    { numRuns: propertyRuns(300) },
  );
});

test('any bytes at all get records or one problem with a code, a line and a sentence, never an exception', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, withHeader) => {
      const file = Buffer.concat([Buffer.from(withHeader ? 'code;name;note\n' : ''), Buffer.from(bytes)]);
      const result = readCsvFile(file, COLUMNS);
      if ('problem' in result) {
        expect(result.problem).toMatchObject({
          code: expect.stringMatching(/^(EMPTY_FILE|NOT_UTF8|BAD_HEADER|BROKEN_CSV)$/),
          line: expect.any(Number),
          message: expect.stringMatching(/\.$/),
        });
      } else expect(result.records.length).toBeGreaterThan(0);
    }),
    { numRuns: propertyRuns(500) },
  );
});

const problemOf = (file: string | Buffer) => {
  const result = readCsvFile(typeof file === 'string' ? Buffer.from(file, 'utf8') : file, COLUMNS);
  return 'problem' in result ? result.problem : null;
};

test.each([
  ['an empty file', '', { code: 'EMPTY_FILE', line: 1, message: expect.stringContaining('The file is empty') }],
  ['blank lines only', '\n \r\n', { code: 'EMPTY_FILE', line: 1 }],
  [
    'a header alone',
    'code;name;note\r\n',
    { code: 'EMPTY_FILE', line: 2, message: 'The file has a header but no rows.' },
  ],
  [
    'a repeated column',
    'code;name;name\n1;a;b',
    { code: 'BAD_HEADER', message: expect.stringContaining('repeated name') },
  ],
  [
    'an unknown column',
    'code;name;colour\n1;a;b',
    { code: 'BAD_HEADER', message: expect.stringContaining('unknown "colour"') },
  ],
  [
    'a missing required column',
    'code;note\n1;a',
    { code: 'BAD_HEADER', message: expect.stringContaining('missing name') },
  ],
  ['a row with a field too many', 'code;name\n1;a;b', { code: 'BROKEN_CSV', line: 2 }],
  ['an unclosed quote', 'code;name\n1;"a\n2;b', { code: 'BROKEN_CSV' }],
])('%s is refused with its own code and line', (_, file, problem) => {
  expect(problemOf(file)).toMatchObject(problem);
});

test('a Latin-1 file is refused at the line where it stops being UTF-8', () => {
  const file = Buffer.concat([Buffer.from('code;name\n1;Lund\n'), Buffer.from('2;Malmö\n', 'latin1')]);
  expect(problemOf(file)).toMatchObject({
    code: 'NOT_UTF8',
    line: 3,
    message: expect.stringContaining('Save it as "CSV UTF-8"'),
  });
});

test('a line of 1 MB reads whole; a file over the size limit is refused with the limit and what to do', () => {
  const long = 'x'.repeat(1024 * 1024);
  const result = readCsvFile(Buffer.from(`code;name\n1;${long}\n`), COLUMNS);
  expect('records' in result && result.records[0].values.name.length).toBe(long.length);

  const tooLarge = Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a');
  expect(problemOf(tooLarge)).toEqual({
    code: 'FILE_TOO_LARGE',
    line: 1,
    column: null,
    value: null,
    message: expect.stringMatching(/^The file is 32\.0 MB; an import takes at most 32 MB\. Split it/),
  });
});
