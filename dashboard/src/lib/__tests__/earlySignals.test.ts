import { flagCounts, formatSignalValue, trendEnds } from '../earlySignals';

test('a value shows as its indicator is measured, and a withheld one as a word, never as a number', () => {
  expect(
    formatSignalValue({ year: 2024, status: 'REPORTED', value: 11.25 }, 'ABSENCE_OVER_15', 'sv', 'sekretess'),
  ).toBe('11,3 %');
  expect(formatSignalValue({ year: 2024, status: 'REPORTED', value: 11 }, 'ABSENCE_OVER_15', 'en', 'withheld')).toBe(
    '11%',
  );
  expect(formatSignalValue({ year: 2024, status: 'REPORTED', value: -12.5 }, 'SALSA_RESIDUAL', 'sv', 'sekretess')).toBe(
    '−12,5',
  );
  expect(
    formatSignalValue({ year: 2024, status: 'SUPPRESSED', value: null }, 'SALSA_RESIDUAL', 'sv', 'sekretess'),
  ).toBe('sekretess');
  expect(formatSignalValue({ year: 2024, status: 'MISSING', value: null }, 'ABSENCE_OVER_15', 'sv', 'sekretess')).toBe(
    '–',
  );
});

test('a trend’s ends are its first and last reported years, skipping withheld and missing ones', () => {
  const trend = [
    { year: 2020, status: 'MISSING', value: null },
    { year: 2021, status: 'REPORTED', value: 5 },
    { year: 2022, status: 'SUPPRESSED', value: null },
    { year: 2023, status: 'REPORTED', value: 8 },
    { year: 2024, status: 'SUPPRESSED', value: null },
  ];
  expect(trendEnds(trend)).toEqual({ first: trend[1], last: trend[3] });
  expect(trendEnds(trend.slice(0, 3))).toBeNull();
});

test('a school flagged by two rules counts once, and as supported when it is', () => {
  expect(
    flagCounts([
      { school: { id: 'a' }, supported: true },
      { school: { id: 'a' }, supported: true },
      { school: { id: 'b' }, supported: false },
    ]),
  ).toEqual({ flags: 3, schools: 2, supported: 1 });
});
