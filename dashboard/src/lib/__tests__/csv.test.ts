import { csvCell, csvFileName, toCsv } from '../csv';

test('a CSV starts with a BOM, has a header line, CRLF line ends and one line per row', () => {
  const text = toCsv(
    [
      { header: 'Län', value: (row: { name: string; count: number }) => row.name },
      { header: 'Antal', value: (row) => row.count },
    ],
    [
      { name: 'Skåne län', count: 12 },
      { name: 'Örebro län', count: 0 },
    ],
  );
  expect(text).toBe('\uFEFFLän,Antal\r\nSkåne län,12\r\nÖrebro län,0\r\n');
});

test('cells with separators, quotes, line breaks or edge spaces are quoted, quotes doubled', () => {
  expect(csvCell('a,b')).toBe('"a,b"');
  expect(csvCell('a;b')).toBe('"a;b"');
  expect(csvCell('say "hej"')).toBe('"say ""hej"""');
  expect(csvCell('two\nlines')).toBe('"two\nlines"');
  expect(csvCell(' padded')).toBe('" padded"');
  expect(csvCell('plain')).toBe('plain');
});

test('unknown values are empty cells, never 0', () => {
  expect(csvCell(null)).toBe('');
  expect(csvCell(undefined)).toBe('');
  expect(csvCell(0)).toBe('0');
});

test('file names are plain ASCII slugs', () => {
  expect(csvFileName('Täckning per län')).toBe('tackning-per-lan.csv');
  expect(csvFileName('!!!')).toBe('export.csv');
});
