import { defaultPeriod, reportPeriod } from '../services/reportPeriod';

test.each([
  ['2026-11-22', '2025-11-23'],
  ['2026-01-01', '2025-01-02'],
  ['2026-12-31', '2026-01-01'],
  ['2024-02-29', '2023-03-01'], // a year before 29 February is 28 February
  ['2025-03-01', '2024-03-02'],
])('the default period up to %s begins on %s', (today, from) => {
  expect(defaultPeriod(today)).toEqual({ from, to: today });
});

test('a given period is used as it is, one day long included', () => {
  expect(reportPeriod({ from: '2025-05-05', to: '2025-05-05' }, '2026-11-22')).toEqual({
    from: '2025-05-05',
    to: '2025-05-05',
  });
  expect(reportPeriod(null, '2026-11-22')).toEqual({ from: '2025-11-23', to: '2026-11-22' });
});

test('a period that ends before it begins is the client’s mistake', () => {
  expect(() => reportPeriod({ from: '2025-02-01', to: '2025-01-31' }, '2026-11-22')).toThrow(
    expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'period' } }),
  );
});
