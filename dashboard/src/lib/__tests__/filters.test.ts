import { filtersToSearch, parseFilters, periodYears, toAreaFilter, toPeriodInput } from '../filters';

test('filters round-trip through the query string', () => {
  const search = '?period=2024&county=17&office=UME&schoolForm=GRUNDSKOLA&kind=ADVICE&indicator=MERIT_VALUE_17';
  const filters = parseFilters(search);
  expect(filters).toEqual({
    period: '2024',
    county: '17',
    office: 'UME',
    schoolForm: 'GRUNDSKOLA',
    kind: 'ADVICE',
    indicator: 'MERIT_VALUE_17',
  });
  expect(filtersToSearch(filters)).toBe(search);
});

test('invalid values are dropped, not sent to the API', () => {
  expect(parseFilters('?period=last&county=1x&office=<script>&schoolForm=HIGH&kind=x&indicator=a b')).toEqual({
    period: null,
    county: null,
    office: null,
    schoolForm: null,
    kind: null,
    indicator: null,
  });
  expect(filtersToSearch(parseFilters(''))).toBe('');
});

test('a year is the whole calendar year; no year is the API default', () => {
  expect(toPeriodInput('2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  expect(toPeriodInput(null)).toBeUndefined();
});

test('the area filter carries school form and kind only when set', () => {
  const none = parseFilters('?county=01');
  expect(toAreaFilter(none)).toBeUndefined();
  expect(toAreaFilter(parseFilters('?kind=TRAINING'))).toEqual({ kind: 'TRAINING' });
});

test('the period filter offers the years from this year back to 2020', () => {
  expect(periodYears(new Date('2026-05-01'))).toEqual(['2026', '2025', '2024', '2023', '2022', '2021', '2020']);
});
