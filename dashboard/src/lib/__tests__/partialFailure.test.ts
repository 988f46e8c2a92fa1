import { missingUnder, otherErrors, unavailableParts } from '../partialFailure';

const down = (serviceName: string, path: (string | number)[]) => ({
  message: `The ${serviceName} service is unavailable`,
  path,
  extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
});

test('reads which subgraph left which field empty', () => {
  const parts = unavailableParts([down('outcomes', ['nation', 'counties', 3, 'equityTrend']), { message: 'boom' }]);
  expect(parts).toEqual([{ subgraph: 'outcomes', path: 'nation.counties.equityTrend' }]);
});

test('a panel is missing what failed at its path, inside it or above it', () => {
  const parts = unavailableParts([
    down('outcomes', ['nation', 'counties', 0, 'equityTrend']),
    down('outcomes', ['nation', 'counties', 1, 'equityTrend']),
    down('interventions', ['county', 'coverage']),
  ]);
  expect(missingUnder(parts, 'nation.counties')).toEqual(['outcomes']);
  expect(missingUnder(parts, 'nation.counties.equityTrend')).toEqual(['outcomes']);
  expect(missingUnder(parts, 'nation.coverage')).toEqual([]);
  expect(missingUnder(parts, 'county.coverage.funnel')).toEqual(['interventions']);
  expect(missingUnder(parts, 'county.municipalities')).toEqual([]);
});

test('other errors are kept apart from down subgraphs', () => {
  expect(otherErrors([down('offices', ['county']), { message: 'bad input' }])).toEqual([{ message: 'bad input' }]);
  expect(otherErrors(undefined)).toEqual([]);
});
