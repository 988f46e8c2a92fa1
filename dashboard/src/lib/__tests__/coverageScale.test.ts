import { classRange, COVERAGE_CLASSES, coverageClass } from '../coverageScale';
import { COUNTY_TILES } from '../countyTiles';

test('shares fall in the class whose lower bound they reach; unknown has no class', () => {
  expect(coverageClass(0)).toBe(0);
  expect(coverageClass(0.4999)).toBe(0);
  expect(coverageClass(0.5)).toBe(1);
  expect(coverageClass(0.75)).toBe(3);
  expect(coverageClass(0.95)).toBe(COVERAGE_CLASSES.length - 1);
  expect(coverageClass(null)).toBeNull();
});

test('the legend names each class’s range', () => {
  const percent = (value: number) => `${Math.round(value * 100)} %`;
  expect(classRange(0, percent)).toBe('0 %–50 %');
  expect(classRange(4, percent)).toBe('≥ 80 %');
});

test('the tile map has all 21 counties, each on its own tile', () => {
  expect(Object.keys(COUNTY_TILES)).toHaveLength(21);
  const places = new Set(Object.values(COUNTY_TILES).map((tile) => `${tile.column},${tile.row}`));
  expect(places.size).toBe(21);
});
