import { parseBenchOptions } from '../options';

test('by default both scales, ten-second throughput runs and every operation', () => {
  const options = parseBenchOptions([]);
  expect(options).toMatchObject({ scales: [1, 10], durationS: 10, quick: false, portBase: 4300, iterations: 200 });
  expect(options.operations).toBeUndefined();
});

test('--quick shortens every measure', () => {
  const options = parseBenchOptions(['--quick']);
  expect(options).toMatchObject({ quick: true, durationS: 2, iterations: 10, warmup: 2 });
  expect(options.measureMs).toBeLessThan(parseBenchOptions([]).measureMs);
});

test('scales, duration and operations as given', () => {
  const options = parseBenchOptions([
    '--scale',
    '10',
    '--duration',
    '5',
    '--operations',
    'NationalOverview, CountyDetail',
  ]);
  expect(options).toMatchObject({ scales: [10], durationS: 5, operations: ['NationalOverview', 'CountyDetail'] });
});

test('unusable values are refused in words', () => {
  expect(() => parseBenchOptions(['--scale', '1,x'])).toThrow('--scale takes numbers above 0');
  expect(() => parseBenchOptions(['--scale', '1,1'])).toThrow('twice');
  expect(() => parseBenchOptions(['--duration', '0'])).toThrow('--duration takes a whole number');
  expect(() => parseBenchOptions(['--port-base', '40000'])).toThrow('--port-base');
  expect(() => parseBenchOptions(['--operations', ','])).toThrow('at least one');
  expect(() => parseBenchOptions(['--nonsense'])).toThrow();
});
