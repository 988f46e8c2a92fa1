import { percentile, summarize } from '../percentiles';

test('the nearest-rank percentile is a measured sample', () => {
  const samples = [5, 1, 4, 2, 3];
  expect(percentile(samples, 50)).toBe(3);
  expect(percentile(samples, 95)).toBe(5);
  expect(percentile(samples, 20)).toBe(1);
  expect(percentile(samples, 100)).toBe(5);
});

test('p95 of twenty samples is the nineteenth smallest', () => {
  const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
  expect(percentile(samples, 95)).toBe(19);
  expect(percentile(samples, 50)).toBe(10);
});

test('one sample is every percentile', () => {
  expect(summarize([7])).toEqual({ n: 1, min: 7, p50: 7, p95: 7, max: 7, mean: 7 });
});

test('the samples given are left in their order', () => {
  const samples = [3, 1, 2];
  summarize(samples);
  expect(samples).toEqual([3, 1, 2]);
});

test('no samples, or a percentile out of range, is an error', () => {
  expect(() => summarize([])).toThrow('No samples');
  expect(() => percentile([1], 0)).toThrow('above 0');
  expect(() => percentile([1], 101)).toThrow('at most 100');
});
