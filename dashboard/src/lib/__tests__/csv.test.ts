import { csvDialectOf, csvFileName, csvText, ENGLISH_CSV, SWEDISH_CSV, toCsv, type CsvColumn } from '../csv';
import { formatCount, formatPercent, formatValue } from '../format';

interface County {
  name: string;
  schools: number;
  share: number | null;
  mean: number;
}

const counties: County[] = [
  { name: 'Skåne län', schools: 1387, share: 0.425, mean: -3.25 },
  { name: 'Örebro län', schools: 0, share: null, mean: 12 },
];

/** Columns as the pages define them: their values formatted for the table in the page's language. */
const columns = (language: 'sv' | 'en'): CsvColumn<County>[] => [
  { header: 'Län', value: (row) => row.name },
  { header: 'Skolor', value: (row) => formatCount(row.schools, language) },
  { header: 'Andel nådda', value: (row) => formatPercent(row.share, language) },
  { header: 'Medel', value: (row) => formatValue(row.mean, language) },
  { header: 'Kod', value: () => '0180' },
];

test('a Swedish CSV starts with a BOM and has semicolons, decimal commas, plain numbers and CRLF line ends', () => {
  expect(toCsv(columns('sv'), counties, SWEDISH_CSV)).toBe(
    '\uFEFFLän;Skolor;Andel nådda (%);Medel;Kod\r\n' +
      'Skåne län;1387;42,5;-3,3;0180\r\n' +
      'Örebro län;0;;12;0180\r\n',
  );
});

test('an English CSV has commas and decimal points, read from the English formatting', () => {
  expect(toCsv(columns('en'), counties, ENGLISH_CSV)).toBe(
    '\uFEFFLän,Skolor,Andel nådda (%),Medel,Kod\r\n' +
      'Skåne län,1387,42.5,-3.3,0180\r\n' +
      'Örebro län,0,,12,0180\r\n',
  );
});

test('the dashboard language chooses the dialect', () => {
  expect(csvDialectOf('sv')).toEqual({ separator: ';', decimal: ',' });
  expect(csvDialectOf('en')).toEqual({ separator: ',', decimal: '.' });
});

test('numbers given as numbers are written with the dialect decimal sign and no grouping', () => {
  const rows = [{ value: 1234.5 }, { value: Number.NaN }];
  const column: CsvColumn<{ value: number }> = { header: 'Värde', value: (row) => row.value };
  expect(toCsv([column], rows, SWEDISH_CSV)).toBe('\uFEFFVärde\r\n1234,5\r\n\r\n');
  expect(toCsv([column], rows, ENGLISH_CSV)).toBe('\uFEFFVärde\r\n1234.5\r\n\r\n');
});

test('text that would start a formula gets a single quote in front (OWASP)', () => {
  for (const start of ['=', '+', '-', '@', '\t']) {
    expect(csvText(`${start}SUM(A1:A9)`).replace(/^"/, '')).toBe(`'${start}SUM(A1:A9)`);
  }
  expect(csvText('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  expect(csvText('\rcmd')).toBe('"\'\rcmd"');
  // A negative number is a number, not a formula.
  const column: CsvColumn<{ value: string }> = { header: 'x', value: (row) => row.value };
  expect(toCsv([column], [{ value: '-2' }, { value: '-a' }], SWEDISH_CSV)).toBe("\uFEFFx\r\n-2\r\n'-a\r\n");
});

test('text cells with the separator, quotes, line breaks or edge spaces are quoted, quotes doubled', () => {
  expect(csvText('a;b', SWEDISH_CSV)).toBe('"a;b"');
  expect(csvText('a,b', SWEDISH_CSV)).toBe('a,b');
  expect(csvText('a,b', ENGLISH_CSV)).toBe('"a,b"');
  expect(csvText('say "hej"')).toBe('"say ""hej"""');
  expect(csvText('two\nlines')).toBe('"two\nlines"');
  expect(csvText(' padded')).toBe('" padded"');
  expect(csvText('plain')).toBe('plain');
});

test('unknown values ("–", null, undefined) are empty cells, never 0', () => {
  const column: CsvColumn<{ value: string | null | undefined }> = { header: 'x', value: (row) => row.value };
  expect(toCsv([column], [{ value: '–' }, { value: null }, { value: undefined }])).toBe('\uFEFFx\r\n\r\n\r\n\r\n');
});

test('file names are plain ASCII slugs', () => {
  expect(csvFileName('Täckning per län')).toBe('tackning-per-lan.csv');
  expect(csvFileName('!!!')).toBe('export.csv');
});
