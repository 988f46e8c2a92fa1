import { formatCount, formatPercent, formatValue, share } from '../format';

test('counts group digits by language, and unknown is a dash, never 0', () => {
  expect(formatCount(4812, 'sv')).toBe('4\u00a0812');
  expect(formatCount(4812, 'en')).toBe('4,812');
  expect(formatCount(null, 'sv')).toBe('–');
});

test('a share needs a non-zero whole', () => {
  expect(share(1, 4)).toBe(0.25);
  expect(share(1, 0)).toBeNull();
  expect(share(null, 4)).toBeNull();
});

test('percentages follow each language’s typography', () => {
  expect(formatPercent(0.425, 'sv')).toBe('42,5 %');
  expect(formatPercent(0.425, 'en')).toBe('42.5%');
  expect(formatPercent(null, 'en')).toBe('–');
});

test('values keep at most one decimal', () => {
  expect(formatValue(-12.345, 'en')).toBe('-12.3');
  expect(formatValue(undefined, 'sv')).toBe('–');
});
